// The virtual-time horizon (LoopLimits::max_time) and the clock past 2**24 s,
// where a double's spacing exceeds the loop's 1e-9 resolution.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/asyncio.h"

using namespace ts;

TEST_CASE("a heartbeat loop stops at the virtual-time horizon", "[core][budget]") {
  LoopLimits lim;
  lim.max_time = 10000;
  Loop loop(nullptr, lim);
  int beats = 0;
  auto main = [&]() -> Async {
    for (;;) {
      co_await sleep(loop, 1.0);
      ++beats;
    }
  };
  RunResult r = loop.run_main(main());
  CHECK(r.status == RunResult::TimeLimit);
  CHECK(r.time == 10000.0);
  CHECK(beats == 10000);
  CHECK(loop.time_limit_hit());
  REQUIRE(r.blocked.size() == 1);  // main, still sleeping
}

TEST_CASE("sleep(inf) and sleep(nan-free huge) end at the horizon, not in a hang", "[core][budget]") {
  for (double d : {HUGE_VAL, 1e308}) {
    LoopLimits lim;
    lim.max_time = 3 * 86400.0;
    Loop loop(nullptr, lim);
    auto main = [&]() -> Async { co_await sleep(loop, d); };
    RunResult r = loop.run_main(main());
    CHECK(r.status == RunResult::TimeLimit);
    CHECK(r.time == 3 * 86400.0);
  }
}

TEST_CASE("a blocking advance jumps past the horizon; the loop's next select stops there", "[core][budget]") {
  LoopLimits lim;
  lim.max_time = 100;
  Loop loop(nullptr, lim);
  bool after = false, woke = false;
  auto main = [&]() -> Async {
    loop.advance(1e300);  // time.sleep(1e300) inside a coroutine: CPython's clock takes it at once
    after = true;
    co_await sleep(loop, 0);
    co_await sleep(loop, 1);  // 1e300 + 1 == 1e300: a timer that is never < now + resolution
    woke = true;
  };
  RunResult r = loop.run_main(main());
  CHECK(after);
  CHECK_FALSE(woke);
  CHECK(r.status == RunResult::TimeLimit);
  CHECK(r.time == 1e300);
}

TEST_CASE("past 2**24 s a timer never comes due, as in CPython's _run_once: the horizon ends it", "[core][order]") {
  Loop loop;  // horizon: a year
  int n = 0;
  auto main = [&]() -> Async {
    while (n < 5000) {  // 5000 h = 18,000,000 s > 2**24 s
      co_await sleep(loop, 3600.0);
      ++n;
    }
  };
  RunResult r = loop.run_main(main());
  CHECK(r.status == RunResult::TimeLimit);
  // 4660 h = 16,776,000 s is the last wake-up below 2**24 = 16,777,216 s.
  CHECK(n == 4660);
  CHECK(r.time == 4661 * 3600.0);
}
