// trace::summarize and friends: the numbers the Charts tab and the summary
// CSV show, on presets whose answers are known.
#include <catch2/catch.hpp>

#include "app/script_run.h"
#include "trace/stats.h"

using namespace ts;

namespace {
trace::Trace run_preset(const char* id) {
  const app::Preset* p = app::find_preset(id);
  REQUIRE(p);
  trace::Trace tr;
  REQUIRE(app::record_script(p->code, std::string(id) + ".py", tr).exit_code == 0);
  return tr;
}
}  // namespace

TEST_CASE("percentiles interpolate between ranks; histograms and buckets count everything", "[stats]") {
  trace::Distribution d;
  d.sorted = {0, 0, 0, 2, 2, 2};
  CHECK(d.percentile(50) == Approx(1.0));
  CHECK(d.percentile(0) == 0);
  CHECK(d.percentile(100) == 2);
  CHECK(d.percentile(95) == Approx(2.0));
  CHECK(d.mean() == Approx(1.0));
  CHECK(trace::Distribution{}.percentile(50) == 0);
  const trace::Histogram h = trace::histogram(d, 4);
  CHECK(h.lo == 0);
  CHECK(h.hi == 2);
  CHECK(h.counts == std::vector<uint32_t>{3, 0, 0, 3});
  CHECK(trace::per_bucket({0.0, 0.5, 1.0, 1.99, 2.0}, 2.0, 2) == std::vector<uint32_t>{2, 3});
}

TEST_CASE("Example 1 in numbers: 7 tasks, 3 inside and 3 waiting, the waiters queued 2 s", "[stats]") {
  const trace::Trace tr = run_preset("01_example1_gate");
  const trace::RunSummary s = trace::summarize(tr);
  CHECK(s.end_time == 4.0);
  CHECK(s.tasks == 7);
  CHECK(s.ok == 7);
  CHECK(s.peak_tasks == 7);
  REQUIRE(s.gates.size() == 1);
  CHECK(s.gates[0].capacity == 3);
  CHECK(s.gates[0].max_inside == 3);
  CHECK(s.gates[0].max_waiting == 3);
  CHECK(s.gates[0].entered == 6);
  CHECK(s.gates[0].wait.sorted == std::vector<double>{0, 0, 0, 2, 2, 2});
  // three workers take 2 s, three 4 s, and main 4 s
  CHECK(s.task_time.sorted == std::vector<double>{2, 2, 2, 4, 4, 4, 4});
  CHECK(s.call_time.size() == 0);
  const auto rows = trace::summary_rows(s);
  REQUIRE(rows.size() >= 4);
  CHECK(rows[0] == std::make_pair(std::string("total time"), std::string("4.000 s")));
  CHECK(rows[1].second == "7 (7 ok)");
}

TEST_CASE("Example 3 in numbers: 50 calls, 56 requests, 6 refused and retried", "[stats]") {
  const trace::Trace tr = run_preset("08_example3_openai");
  const trace::RunSummary s = trace::summarize(tr);
  CHECK(s.api.requests == 56);
  CHECK(s.api.rate_limited == 6);
  CHECK(s.api.retries == 6);
  CHECK(s.call_time.size() == 50);  // every call, from its first attempt to its result
  CHECK(s.request_latency.size() == 50);
  // a retried call waited for its retry-after (1 s) on top of its latency
  CHECK(s.call_time.sorted.back() > s.request_latency.sorted.back());
  CHECK(trace::call_done_times(tr).size() == 50);
  bool has_calls = false;
  for (const auto& [what, value] : trace::summary_rows(s))
    if (what == "client calls") has_calls = value == "50 returned, 0 raised, 6 retries (56 attempts)";
  CHECK(has_calls);
}

TEST_CASE("the trace knows the line of the script each task is at", "[stats][lines]") {
  const trace::Trace tr = run_preset("01_example1_gate");
  size_t at_zero = 0;  // the events of t = 0
  while (at_zero < tr.events().size() && tr.events()[at_zero].t == 0) ++at_zero;
  auto line_of = [&](const char* name) {
    for (trace::TaskId i = 0; i < tr.tasks().size(); ++i)
      if (tr.tasks()[i].name == name) return tr.task_line_at(i, at_zero);
    return 9999u;
  };
  CHECK(line_of("Task-1") == 25);  // main: await asyncio.gather(*coros)
  for (const char* in : {"Task-2", "Task-3", "Task-4"}) CHECK(line_of(in) == 12);   // await asyncio.sleep(2), inside
  for (const char* out : {"Task-5", "Task-6", "Task-7"}) CHECK(line_of(out) == 10);  // async with sem:, waiting
  CHECK(tr.task_line_at(1, 0) == 0);  // before any event: unknown
}
