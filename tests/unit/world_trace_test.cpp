// The simulated world's API traffic reaches the trace: the seed's Example 3
// preset (500 RPM enforced per second) recorded as the page records it, and
// the counters the "API calls" box shows.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "app/script_run.h"
#include "app/sliders.h"
#include "trace/codec.h"
#include "trace/stats.h"
#include "trace/player.h"
#include "trace/replay.h"

using namespace ts;

TEST_CASE("Example 3's requests, 429s and SDK retries are in the trace", "[world]") {
  const app::Preset* p = app::find_preset("08_example3_openai");
  REQUIRE(p);
  trace::Trace tr;
  vm::RunOutcome r = app::record_script(p->code, "example3.py", tr);
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.out.find("requests seen by the provider: 56 for 50 calls") != std::string::npos);
  const trace::ApiCounts c = tr.api_counts_at(tr.end_time());
  CHECK(c.requests == 56);
  CHECK(c.accepted == 50);
  CHECK(c.rejected == 6);
  CHECK(c.rate_limited == 6);
  CHECK(c.answered == 50);
  CHECK(c.in_flight == 0);
  CHECK(c.max_in_flight == 10);  // the semaphore's 10
  CHECK(c.attempts == 56);       // the SDK's attempts, one per request
  CHECK(c.retries == 6);         // each 429 retried by the SDK itself
  CHECK(c.done == 50);
  CHECK(c.gave_up == 0);
  // before anything happened, nothing is counted; half way, some are in flight
  CHECK(tr.api_counts_at(-1).requests == 0);
  CHECK(tr.api_counts_at(tr.end_time() / 2).in_flight > 0);
  // the refusals read as words when stepping through them
  bool said = false;
  for (size_t i = 0; i < tr.events().size(); ++i)
    if (trace::describe_event(tr, i).find("refuses request") != std::string::npos &&
        trace::describe_event(tr, i).find("429 (rpm)") != std::string::npos)
      said = true;
  CHECK(said);
  // the page's state JSON carries the counters
  trace::Player pl(&tr);
  pl.to_end();
  CHECK(pl.state_json().find("\"api\":{\"in_flight\":0,\"requests\":56,") != std::string::npos);
}

TEST_CASE("world events the trace does not know are left out", "[world]") {
  trace::ApiEvent e;
  CHECK_FALSE(app::api_event_of("service.unheard_of", {}, e));
  REQUIRE(app::api_event_of("service.reject", {{"service", "p"}, {"id", "7"}, {"status", "429"}, {"cause", "tpm"},
                                               {"retry_after", "None"}},
                            e));
  CHECK(e.kind == trace::ApiKind::Reject);
  CHECK(e.source == "p");
  CHECK(e.id == 7);
  CHECK(e.status == 429);
  CHECK(e.cause == "tpm");
  CHECK(e.value == 0);
}

TEST_CASE("The CPU preset teaches its numbers: 4 s in the loop and on threads, ~1 s on processes", "[world][threads]") {
  const app::Preset* p = app::find_preset("cpu-threads-vs-processes");
  REQUIRE(p);
  trace::Trace tr;
  vm::RunOutcome r = app::record_script(p->code, "cpu.py", tr);
  REQUIRE(r.exit_code == 0);
  // the line of each label, and its time
  auto took = [&](const std::string& label) {
    size_t at = r.out.find(label);
    if (at == std::string::npos) return std::string("missing");
    size_t end = r.out.find(" s ", at + label.size());
    size_t start = r.out.find_last_of(' ', end - 1);
    return r.out.substr(start + 1, end - start - 1);
  };
  CHECK(took("4 x 1 s CPU in coroutines") == "4.00");
  CHECK(took("4 x 1 s CPU on 4 threads") == "4.00");
  CHECK(took("4 x 1 s CPU on 4 processes") == "1.01");
  CHECK(took("4 x 1 s blocking I/O on 4 threads") == "1.00");
}

namespace {
// Seconds `task` spent in state s over [t0, t1).
double time_in(const trace::Trace& tr, trace::TaskId task, trace::State s, double t0, double t1) {
  double sum = 0;
  for (const trace::Segment& g : tr.tasks()[task].segs)
    if (g.state == s) sum += std::max(0.0, std::min(g.t1, t1) - std::max(g.t0, t0));
  return sum;
}
std::vector<trace::TaskId> rows_of(const trace::Trace& tr, trace::TaskKind k, const std::string& prefix) {
  std::vector<trace::TaskId> v;
  for (trace::TaskId i = 0; i < tr.tasks().size(); ++i)
    if (tr.tasks()[i].kind == k && tr.tasks()[i].name.rfind(prefix, 0) == 0) v.push_back(i);
  return v;
}
}  // namespace

TEST_CASE("threads take turns at the GIL on the timeline; processes run side by side", "[world]") {
  const app::Preset* p = app::find_preset("12_cpu_threads_vs_processes");
  REQUIRE(p);
  trace::Trace tr;
  vm::RunOutcome r = app::record_script(p->code, "cpu.py", tr);
  REQUIRE(r.exit_code == 0);
  // 4 x 1 s CPU on 4 threads runs from t = 4 to 8: each thread holds the GIL
  // a quarter of the time, in 5 ms turns, and waits for it the rest
  const auto cpu_threads = rows_of(tr, trace::TaskKind::Thread, "ThreadPoolExecutor-0_");
  REQUIRE(cpu_threads.size() == 4);
  for (trace::TaskId id : cpu_threads) {
    CHECK(tr.tasks()[id].detail == "thread");
    CHECK(time_in(tr, id, trace::State::Running, 4, 8) == Approx(1.0).margin(0.01));
    CHECK(time_in(tr, id, trace::State::Ready, 4, 8) == Approx(3.0).margin(0.02));
    int turns = 0;  // a turn is 5 ms: 200 of them make its second
    for (const trace::Segment& g : tr.tasks()[id].segs) turns += g.state == trace::State::Running && g.t0 >= 3.99 && g.t1 - g.t0 > 0.004;
    CHECK(turns == 200);
  }
  // only one of them has it at any instant
  for (double t = 4.001; t < 8; t += 0.0973) {
    int holding = 0;
    for (trace::TaskId id : cpu_threads) holding += tr.state_at(id, t) == trace::State::Running;
    CHECK(holding == 1);
  }
  // 4 processes: all on a core at once, from the fork's 10 ms on
  const auto procs = rows_of(tr, trace::TaskKind::Process, "");
  REQUIRE(procs.size() == 4);
  for (trace::TaskId id : procs) {
    CHECK(tr.tasks()[id].detail == "process");
    CHECK(tr.state_at(id, 8.5) == trace::State::Running);
    CHECK(time_in(tr, id, trace::State::Running, 8, 9.02) == Approx(1.0).margin(0.01));
  }
  // the blocking-I/O threads sleep with the GIL released
  const auto io = rows_of(tr, trace::TaskKind::Thread, "ThreadPoolExecutor-1_");
  REQUIRE(io.size() == 4);
  for (trace::TaskId id : io) CHECK(tr.state_at(id, 9.5) == trace::State::Sleeping);
  // the summary counts them apart from the tasks, and prices them
  const trace::RunSummary s = trace::summarize(tr);
  CHECK(s.tasks == 5);
  CHECK(trace::task_done_times(tr).size() == 5);  // the rate chart counts tasks, not threads
  CHECK(s.peak_threads == 4);
  CHECK(s.peak_processes == 4);
  const trace::MemoryModel m;
  CHECK(s.peak_memory >= 4 * m.process);
  // the state JSON says which rows are threads
  trace::Player pl(&tr);
  pl.seek(4.5);
  CHECK(pl.state_json().find("{\"name\":\"ThreadPoolExecutor-0_0\",\"state\":") != std::string::npos);
  CHECK(pl.state_json().find("\"kind\":\"thread\"") != std::string::npos);
  // and the trace survives the page's codec (the worker hands it over this way)
  trace::Trace back;
  std::string err;
  REQUIRE(trace::decode(trace::encode(tr), back, err));
  REQUIRE(back.tasks().size() == tr.tasks().size());
  for (trace::TaskId id : procs) CHECK(back.tasks()[id].kind == trace::TaskKind::Process);
  CHECK(trace::summarize(back).peak_memory == s.peak_memory);
}

TEST_CASE("a call the script makes again (tenacity) is not a failed call; its last give-up is", "[world]") {
  const app::Preset* p = app::find_preset("15_retry_storm");
  REQUIRE(p);
  for (int wait : {0, 2}) {
    std::string code, err;
    REQUIRE(app::apply_overrides(p->code, {{"WAIT", double(wait)}}, code, err));
    trace::Trace tr;
    vm::RunOutcome r = app::record_script(code, "storm.py", tr);
    REQUIRE(r.exit_code == 0);
    const trace::RunSummary s = trace::summarize(tr);
    INFO(r.out);
    // each 429 makes the SDK raise (max_retries=0); tenacity sends most again
    CHECK(s.api.gave_up == s.api.rate_limited);
    if (wait == 0) {
      CHECK(r.out.find("47 failed after 8 attempts") != std::string::npos);
      CHECK(s.failed_calls == 47);
      CHECK(s.api.gave_up == 554);
    } else {
      CHECK(r.out.find(" 0 failed after 8 attempts") != std::string::npos);
      CHECK(s.failed_calls == 0);
      CHECK(s.api.gave_up == 386);
    }
  }
}
