// Sliders (src/app/sliders.h): which constants become sliders, their spans
// and ranges, every malformed annotation's error with its position, and
// rewriting values so that the script keeps its lines and still runs.
#include <catch2/catch.hpp>

#include "app/sliders.h"
#include "script/scenario.h"

using namespace ts::app;

namespace {
std::string errors_of(const std::string& src) {
  std::string all;
  for (const SliderError& e : find_constants(src).errors) all += e.text() + "\n";
  return all;
}
}  // namespace

TEST_CASE("sliders: annotated top-level constants, with spans and ranges", "[sliders]") {
  const std::string src =
      "import asyncio\n"
      "CONCURRENCY = 8  # slider: 1..40\n"
      "TIMEOUT = 2.5    # slider: 0.5..10:0.5  seconds before giving up\n"
      "RETRIES: int = -2 #slider:-5..6\n"
      "PLAIN = 100\n"
      "s = '# slider: 1..2'\n"
      "def f():\n"
      "    INNER = 3  # not a slider: not at the top level (and no annotation)\n"
      "    return INNER\n"
      "caf\xc3\xa9 = 1; X = 2\n"
      "RATIO = 1e-3  # slider: 0..1\n";
  Constants cs = find_constants(src);
  CHECK(cs.errors.empty());
  REQUIRE(cs.all.size() == 5);
  std::vector<Slider> sl = cs.sliders();
  REQUIRE(sl.size() == 4);
  CHECK(sl[0].name == "CONCURRENCY");
  CHECK(sl[0].line == 2);
  CHECK(sl[0].col == 15);
  CHECK(sl[0].end_col == 16);
  CHECK(src.substr(sl[0].begin, sl[0].end - sl[0].begin) == "8");
  CHECK(sl[0].is_int);
  CHECK(sl[0].value == 8);
  CHECK(sl[0].lo == 1);
  CHECK(sl[0].hi == 40);
  CHECK(sl[0].step == 1);
  CHECK(sl[1].name == "TIMEOUT");
  CHECK_FALSE(sl[1].is_int);
  CHECK(sl[1].value == 2.5);
  CHECK(sl[1].step == 0.5);
  CHECK(sl[2].name == "RETRIES");
  CHECK(sl[2].literal == "-2");
  CHECK(sl[2].value == -2);
  CHECK(sl[2].col == 16);
  CHECK(sl[2].lo == -5);
  CHECK(sl[3].name == "RATIO");
  CHECK(sl[3].step == 0.1);  // a float slider's default step: a tenth of its range
  CHECK(cs.all[3].name == "PLAIN");
  CHECK_FALSE(cs.all[3].annotated);
}

TEST_CASE("sliders: malformed annotations say what and where", "[sliders]") {
  CHECK(errors_of("N = 5  # slider: 40..1\n") ==
        "line 1, column 18: the slider's low end 40 is above its high end 1\n");
  CHECK(errors_of("N = 5  # slider: a..9\n") ==
        "line 1, column 18: the low end of a range must be a number, not 'a..9' (the form is LO..HI or "
        "LO..HI:STEP, e.g. 1..40)\n");
  CHECK(errors_of("N = 5  # slider: 1-9\n") ==
        "line 1, column 19: expected '..' between the low and high ends of a range, found '-9' (the form is "
        "LO..HI or LO..HI:STEP, e.g. 1..40)\n");
  CHECK(errors_of("N = 5  # slider:\n") ==
        "line 1, column 17: the low end of a range must be a number, not the end of the text (the form is "
        "LO..HI or LO..HI:STEP, e.g. 1..40)\n");
  CHECK(errors_of("N = 5  # slider: 1..9:0\n") == "line 1, column 18: a slider's step must be above 0, not 0\n");
  CHECK(errors_of("N = 5  # slider: 1..9x\n") ==
        "line 1, column 22: unexpected 'x' after the slider's range (a description goes after a space)\n");
  CHECK(errors_of("N = 5  # slider: 0.5..9\n") ==
        "line 1, column 18: N is an int (5), so its slider's ends and step must be integers; write N = 5.0 for a "
        "float slider\n");
  CHECK(errors_of("N = 50  # slider: 1..40\n") == "line 1, column 19: N = 50 is outside its slider's range 1..40\n");
  CHECK(errors_of("N = 2 * 5  # slider: 1..40\n") ==
        "line 1, column 5: a slider needs a number literal: N's value is not one (N = 10  # slider: 1..40)\n");
  CHECK(errors_of("if True:\n    N = 5  # slider: 1..40\n") ==
        "line 2, column 12: '# slider:' must end a top-level assignment of a number (NAME = 10  # slider: 1..40)\n");
  CHECK(errors_of("N = 5  # slider: 1..40\nN = 6  # slider: 1..40\n") ==
        "line 2, column 8: N has a slider already, on line 1\n");
  // a comment that only mentions sliders, and one inside a string, are not annotations
  CHECK(errors_of("N = 5  # a slider: later\nS = '''\n# slider: x\n'''\n").empty());
}

TEST_CASE("sliders: overrides rewrite the literal only", "[sliders]") {
  const std::string src =
      "N = 8  # slider: 1..40\n"
      "T = 2.5  # slider: 0.5..10\n"
      "M = -3\n"
      "print(N, T, M)\n";
  std::string out, err;
  REQUIRE(apply_overrides(src, {{"N", 12}, {"T", 0.1}, {"M", 4}}, out, err));
  CHECK(out ==
        "N = 12  # slider: 1..40\n"
        "T = 0.1  # slider: 0.5..10\n"
        "M = 4\n"
        "print(N, T, M)\n");
  // the rewritten script runs as it reads (and CPython would run it as well: it is plain Python)
  ts::vm::RunOutcome r = ts::vm::run_source(out, "t.py", {});
  CHECK(r.out == "12 0.1 4\n");
  REQUIRE(apply_overrides(src, {{"T", 3}}, out, err));
  CHECK(out.find("T = 3.0  #") != std::string::npos);  // a float stays a float
  REQUIRE(apply_overrides(src, {{"M", -7}}, out, err));
  CHECK(out.find("M = -7\n") != std::string::npos);
  CHECK_FALSE(apply_overrides(src, {{"N", 2.5}}, out, err));
  CHECK(err == "N is an int (8), not 2.5");
  CHECK_FALSE(apply_overrides(src, {{"Q", 1}}, out, err));
  CHECK(err == "the script has no top-level number constant Q (NAME = 10)");
  CHECK_FALSE(apply_overrides("A = 1\nA = 2\n", {{"A", 3}}, out, err));
  CHECK(err == "A is assigned more than once at the top level (lines 1 and 2): which one to set is ambiguous");
  // CRLF sources are read as the parser reads them
  REQUIRE(apply_overrides("A = 1\r\nprint(A)\r\n", {{"A", 5}}, out, err));
  CHECK(out == "A = 5\nprint(A)\n");
}

TEST_CASE("sliders: NAME=VALUE and ranges from the command line", "[sliders]") {
  Override o;
  std::string err;
  REQUIRE(parse_override("CONCURRENCY=12", o, err));
  CHECK(o.name == "CONCURRENCY");
  CHECK(o.value == 12);
  CHECK_FALSE(parse_override("CONCURRENCY", o, err));
  CHECK(err == "'CONCURRENCY' is not NAME=VALUE");
  CHECK_FALSE(parse_override("N=ten", o, err));
  CHECK(err == "the value of N is not a number: 'ten'");
  Range r;
  REQUIRE(parse_range("1..40:3", r, err));
  CHECK(r.lo == 1);
  CHECK(r.hi == 40);
  CHECK(r.step == 3);
  CHECK(r.all_int);
  REQUIRE(parse_range("0.5 .. 2", r, err));
  CHECK_FALSE(r.has_step);
  CHECK_FALSE(r.all_int);
  CHECK_FALSE(parse_range("5..1", r, err));
  CHECK(err == "the range's low end 5 is above its high end 1");
  CHECK_FALSE(parse_range("1..5 x", r, err));
  CHECK(err == "unexpected 'x' after the range");
}

TEST_CASE("sliders: '# choice:' names an int constant's values", "[sliders]") {
  Constants cs = find_constants("MODE = 1  # choice: asyncio, threads ,  processes\nX = 2.5  # choice: a, b\n"
                                "Y = 3  # choice: a, b\nZ = 0  # choice: a,, b\nW = 0  # choice: only\n");
  auto sl = cs.sliders();
  REQUIRE(sl.size() == 1);
  CHECK(sl[0].name == "MODE");
  CHECK(sl[0].choices == std::vector<std::string>{"asyncio", "threads", "processes"});
  CHECK(sl[0].lo == 0);
  CHECK(sl[0].hi == 2);
  CHECK(sl[0].value_name(1) == "threads");
  CHECK(sl[0].value_name(7) == "7");
  REQUIRE(cs.errors.size() == 4);
  CHECK(cs.errors[0].text() == "line 2, column 20: X is a float (2.5); a choice is an int constant 0, 1, 2, ...");
  CHECK(cs.errors[1].text() == "line 3, column 18: Y = 3 names none of its 2 choices: it must be 0..1");
  CHECK(cs.errors[2].message.find("a choice's name is empty") == 0);
  CHECK(cs.errors[3].message.find("a choice needs at least two names") == 0);
}
