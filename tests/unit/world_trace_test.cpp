// The simulated world's API traffic reaches the trace: the seed's Example 3
// preset (500 RPM enforced per second) recorded as the page records it, and
// the counters the "API calls" box shows.
#include <catch2/catch.hpp>

#include <string>

#include "app/script_run.h"
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
