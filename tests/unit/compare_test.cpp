// Two runs side by side (trace/compare.h, app/compare.h): the rows and their
// changes on runs whose numbers are known by hand, what differs between two
// scenarios, and a compare link's round trip.
#include <catch2/catch.hpp>

#include <string>

#include "app/compare.h"
#include "app/link.h"
#include "app/script_run.h"
#include "trace/stats.h"

using namespace ts;
using namespace ts::app;

namespace {

// Six workers of 2 s behind Semaphore(LIMIT): ceil(6 / LIMIT) rounds of 2 s.
const char* kGate =
    "import asyncio\n"
    "LIMIT = 2  # slider: 1..6\n"
    "async def worker(sem):\n"
    "    async with sem:\n"
    "        await asyncio.sleep(2)\n"
    "async def main():\n"
    "    sem = asyncio.Semaphore(LIMIT)\n"
    "    await asyncio.gather(*[worker(sem) for _ in range(6)])\n"
    "    print('done')\n"
    "asyncio.run(main())\n";

trace::RunSummary summary_of(const std::string& code) {
  trace::Trace tr;
  const vm::RunOutcome r = record_script(code, "gate.py", tr);
  REQUIRE(r.exit_code == 0);
  return trace::summarize(tr);
}

const trace::CompareRow& row(const std::vector<trace::CompareRow>& rows, const std::string& what) {
  for (const trace::CompareRow& r : rows)
    if (r.what == what) return r;
  FAIL("no row " << what);
  return rows.front();
}

bool has_row(const std::vector<trace::CompareRow>& rows, const std::string& what) {
  for (const trace::CompareRow& r : rows)
    if (r.what == what) return true;
  return false;
}

}  // namespace

TEST_CASE("compare: a wider gate, row by row", "[compare]") {
  std::string wide = kGate;
  wide.replace(wide.find("LIMIT = 2"), 9, "LIMIT = 3");
  const auto rows = trace::compare_rows(summary_of(kGate), summary_of(wide));
  const trace::CompareRow& total = row(rows, "total time");
  CHECK(total.a == "6.000 s");  // three rounds of two
  CHECK(total.b == "4.000 s");  // two rounds of three
  CHECK(total.change == "-2.000 s (-33%)");
  CHECK(total.better == 1);
  const trace::CompareRow& inside = row(rows, "gate sem: most inside");
  CHECK(inside.a == "2");
  CHECK(inside.b == "3");
  CHECK(inside.change == "+1 (+50%)");
  CHECK(inside.better == 0);  // neither more nor fewer inside is better by itself
  const trace::CompareRow& waiting = row(rows, "gate sem: most waiting");
  CHECK(waiting.a == "4");
  CHECK(waiting.b == "3");
  CHECK(waiting.better == 1);
  CHECK(row(rows, "tasks").change == "same");
  CHECK(row(rows, "lines printed").change == "same");
  // the gate's wait: p50 over the six stays (0, 0, 2, 2, 4, 4) -> 2 s; (0, 0, 0, 2, 2, 2) -> 1 s
  CHECK(row(rows, "gate sem: wait p50").a == "2.000 s");
  CHECK(row(rows, "gate sem: wait p50").b == "1.000 s");
  // no API in either run: its rows are left out
  CHECK_FALSE(has_row(rows, "refused with 429"));
  CHECK_FALSE(has_row(rows, "calls failed for good"));
  // the same run against itself: every change is "same", none is better
  for (const trace::CompareRow& r : trace::compare_rows(summary_of(kGate), summary_of(kGate))) {
    CHECK(r.change == "same");
    CHECK(r.better == 0);
  }
}

TEST_CASE("compare: a gate only one run has, and the CSV", "[compare]") {
  const std::string none =
      "import asyncio\n"
      "async def worker():\n"
      "    await asyncio.sleep(2)\n"
      "async def main():\n"
      "    await asyncio.gather(*[worker() for _ in range(6)])\n"
      "    print('done')\n"
      "asyncio.run(main())\n";
  const auto rows = trace::compare_rows(summary_of(kGate), summary_of(none));
  CHECK(row(rows, "total time").b == "2.000 s");
  CHECK(row(rows, "gate sem: capacity").a == "2");
  CHECK(row(rows, "gate sem: capacity").b == "0");
  const std::string csv = compare_csv(rows);
  CHECK(csv.rfind("what,A,B,change\ntotal time,6.000 s,2.000 s,-4.000 s (-67%)\n", 0) == 0);
  CHECK(csv.find("\ngate sem: capacity,2,0,-2 (-100%)\n") != std::string::npos);
}

TEST_CASE("compare: what differs between two scenarios, in words", "[compare]") {
  std::string wide = kGate;
  wide.replace(wide.find("LIMIT = 2"), 9, "LIMIT = 3");
  CHECK(describe_difference(kGate, 0, wide, 0) == "LIMIT 2 -> 3");
  CHECK(describe_difference(kGate, 0, wide, 7) == "LIMIT 2 -> 3; seed 0 -> 7");
  CHECK(describe_difference(kGate, 1, kGate, 1) == "nothing: the same scenario");
  // CRLF is the same text as LF (the parser reads it so)
  std::string crlf;
  for (const char c : std::string(kGate)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  CHECK(describe_difference(kGate, 0, crlf, 0) == "nothing: the same scenario");
  // a choice by its names
  const std::string a = "S = 0  # choice: asyncio, threads, processes\nprint(S)\n";
  const std::string b = "S = 2  # choice: asyncio, threads, processes\nprint(S)\n";
  CHECK(describe_difference(a, 0, b, 0) == "S asyncio -> processes");
  // the code itself: the gate taken out
  std::string open = kGate;
  const std::string gate_line = "    async with sem:\n";
  open.replace(open.find(gate_line), gate_line.size(), "    if sem:\n");
  CHECK(describe_difference(kGate, 0, open, 0) == "the code: line 4");
  // lines added and removed
  const std::string more = std::string(kGate) + "print('again')\n";
  CHECK(describe_difference(kGate, 0, more, 0) == "the code: 1 line added after line 10");
  CHECK(describe_difference(more, 0, kGate, 0) == "the code: line 11 removed");
}

TEST_CASE("compare: a compare link carries run A's scenario", "[compare][link]") {
  link::Scenario sc;
  sc.code = "print(2)\n";
  sc.seed = 3;
  sc.view = "compare";
  sc.compare.on = true;
  sc.compare.code = "print(1)\n";
  sc.compare.seed = 4;
  link::Scenario back;
  std::string err;
  REQUIRE(link::decode(link::encode_fragment(sc), back, err));
  CHECK(back.code == "print(2)\n");
  CHECK(back.compare.on);
  CHECK(back.compare.code == "print(1)\n");
  CHECK(back.compare.seed == 4);
  CHECK(back.view == "compare");
  // a link without one has none; a damaged one says what is wrong
  link::Scenario plain;
  plain.code = "print(2)\n";
  REQUIRE(link::decode(link::encode_fragment(plain), back, err));
  CHECK_FALSE(back.compare.on);
  CHECK_FALSE(link::from_json(R"({"v":1,"code":"x","compare":{"seed":1}})", back, err));
  CHECK(err == "the link has no compare code");
  CHECK_FALSE(link::from_json(R"({"v":1,"code":"x","compare":[1]})", back, err));
  CHECK(err == "the link's compare is not {\"code\":TEXT,\"seed\":N}");
  CHECK_FALSE(link::from_json(R"({"v":1,"code":"x","compare":{"code":"y","seed":"z"}})", back, err));
  CHECK(err == "the link's seed is not an integer below 10**18");
}
