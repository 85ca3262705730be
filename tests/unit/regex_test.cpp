// The regex engine (pylib/regex.h): its step budget ends catastrophic
// backtracking with a clear error instead of a hang, and what Turnstile
// leaves out fails as "not available" rather than matching wrongly. (Its
// matches and messages are CPython's: tests/conformance/240-244.)
#include <catch2/catch.hpp>

#include <chrono>

#include "script/pylib/regex.h"
#include "script/pylib/utf8.h"
#include "script/scenario.h"

namespace {

using namespace ts::py;

regex::Outcome search(const std::string& pat, const std::string& s, int64_t& budget, regex::Result& r) {
  regex::Error err;
  auto prog = regex::compile(utf8::to_u32(pat), 0, err);
  REQUIRE(prog);
  std::u32string cps = utf8::to_u32(s);
  return regex::exec(*prog, cps, 0, cps.size(), regex::Mode::Search, false, r, budget);
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("regex: a pathological pattern runs out of budget quickly", "[regex]") {
  auto t0 = std::chrono::steady_clock::now();
  int64_t budget = 20'000'000;
  regex::Result r;
  CHECK(search("(a*)*b", std::string(30, 'a'), budget, r) == regex::Outcome::Budget);
  CHECK(budget < 0);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(secs < 10.0);
}

TEST_CASE("regex: an ordinary search stays far inside the budget", "[regex]") {
  int64_t budget = 20'000'000;
  regex::Result r;
  REQUIRE(search(R"((\w+)@(\w+)\.com)", "write to bob@example.com today", budget, r) == regex::Outcome::Found);
  CHECK(r.spans[0] == 9);
  CHECK(r.spans[1] == 24);
  CHECK(r.lastindex == 2);
  CHECK(budget > 19'000'000);
}

TEST_CASE("regex: a long subject does not grow the C stack", "[regex]") {
  std::string s;
  for (int i = 0; i < 100000; i++) s += "ab";
  int64_t budget = 50'000'000;
  regex::Result r;
  REQUIRE(search("(?:ab)*c", s + "c", budget, r) == regex::Outcome::Found);
  CHECK(r.spans[1] == 200001);
  budget = 50'000'000;
  REQUIRE(search("(a|b)*$", s, budget, r) == regex::Outcome::Found);
  CHECK(r.spans[1] == 200000);
}

TEST_CASE("regex: features left out are not available, not wrong", "[regex]") {
  for (const char* p : {R"(\N{EM DASH})", R"((a)(?<=\1))", "(a)*+", "(?:x(a))++"}) {
    regex::Error err;
    CHECK_FALSE(regex::compile(utf8::to_u32(p), 0, err));
    CHECK(err.kind == regex::Error::NotImplemented);
    CHECK(contains(err.msg, "is not available in Turnstile scenarios"));
  }
}

TEST_CASE("re: catastrophic backtracking ends the run with a budget error", "[regex][scenario]") {
  auto r = ts::vm::run_source(
      "import re\n"
      "try:\n"
      "    re.match(r'(a*)*b', 'a' * 30)\n"
      "except BaseException:\n"
      "    print('caught')\n",
      "t.py", {});
  CHECK(r.status == ts::vm::RunOutcome::Budget);
  CHECK(r.out.empty());
  CHECK(contains(r.message, "regular expression step budget exceeded"));
  CHECK(r.line == 3);
}

TEST_CASE("re: a left-out feature raises NotImplementedError at its line", "[regex][scenario]") {
  auto r = ts::vm::run_source("import re\n\nre.compile('(a)*+')\n", "t.py", {});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.message + r.err, "NotImplementedError: possessive repeats (*+) of a group is not available"));
  CHECK(r.line == 3);
}
