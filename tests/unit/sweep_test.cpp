// The tuner (src/app/point.h, sweep.h): one run's metrics on scripts whose
// answers are known by hand, sweeps and their recommendation, and #15's
// acceptance: on the LLM-batch preset the recommendation is within one step
// of the best value of an independent brute-force loop, and its reason names
// the binding limit.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "app/point.h"
#include "app/script_run.h"
#include "app/sweep.h"
#include "trace/stats.h"

using namespace ts;
using namespace ts::app;

namespace {

// N calls at once against a provider that admits 2 (a 120 RPM bucket
// enforced per second holds 2), each answered in 0.5 s; the SDK does not
// retry, so the other N - 2 fail at once with a 429.
const char* kBurst =
    "import asyncio\n"
    "from openai import AsyncOpenAI\n"
    "from turnstile import Provider\n"
    "N = 4  # slider: 1..6\n"
    "provider = Provider(rpm=120, enforce='second', latency=0.5, name='p')\n"
    "client = AsyncOpenAI(provider=provider, max_retries=0)\n"
    "async def one(i):\n"
    "    await client.chat.completions.create(model='m', messages=[{'role': 'user', 'content': 'abcd'}],\n"
    "                                         max_tokens=10)\n"
    "async def main():\n"
    "    await asyncio.gather(*[one(i) for i in range(N)], return_exceptions=True)\n"
    "asyncio.run(main())\n";

}  // namespace

TEST_CASE("tuner: one run's metrics, counted by hand", "[tuner]") {
  Point p = run_point(kBurst, "burst.py", {});
  REQUIRE(p.exit_code == 0);
  const Metrics& m = p.m;
  CHECK(m.time == 0.5);
  CHECK(m.ok == 1);
  CHECK(m.calls == 4);
  CHECK(m.requests == 4);
  CHECK(m.billed == 2);
  CHECK(m.rate_limited == 2);
  CHECK(m.failed == 2);        // the SDK raised RateLimitError for the two refused
  CHECK(m.failed_tasks == 2);  // gather's tasks for them ended raising it
  CHECK(m.retries == 0);
  CHECK(m.lat_p50 == 0.5);
  CHECK(m.lat_p95 == 0.5);
  CHECK(m.lat_mean == 0.5);
  CHECK(m.peak_in_flight == 2);
  // the main task, gather's four, and the four of the SDK's wait_for (its
  // default 600 s timeout): asyncio.wait_for runs its awaitable as a task
  CHECK(m.peak_tasks == 9);
  // tokens charged per admitted request: 3 + (4 + ceil(4 / 4)) prompt + 10 max_tokens = 18
  CHECK(m.tokens == 36);
  CHECK(m.memory_kb == 9);
  // Little's law on the provider's 120 RPM: 2 a second x 0.5 s = 1 in flight
  CHECK(p.bound.known);
  CHECK(p.bound.service == "p");
  CHECK(p.bound.limit == "rpm");
  CHECK(p.bound.limit_text == "120 RPM");
  CHECK(p.bound.rate == 2);
  CHECK(p.bound.concurrency == 1);
}

TEST_CASE("tuner: retries, percentiles, a failing run and a concurrency cap", "[tuner]") {
  // Three calls one after the other, latencies 1, 2 and 4 s, then two at
  // once of 1 s; the server takes one at a time, so one of the pair is refused.
  const char* serial =
      "import asyncio\n"
      "from openai import AsyncOpenAI\n"
      "from turnstile import Provider\n"
      "from turnstile.latency import fixed, per_token\n"
      "provider = Provider(max_concurrency=1, latency=1.0, name='one')\n"
      "client = AsyncOpenAI(provider=provider, max_retries=3)\n"
      "async def main():\n"
      "    for i in range(3):\n"
      "        provider.latency = per_token(2 ** i, 0)\n"
      "        await client.chat.completions.create(model='m', messages=[{'role': 'user', 'content': 'x'}])\n"
      "    provider.latency = fixed(1.0)\n"
      "    await asyncio.gather(*[client.chat.completions.create(model='m', messages=[{'role': 'user', 'content': 'y'}])\n"
      "                           for _ in range(2)])\n"
      "    raise ValueError('done')\n"
      "asyncio.run(main())\n";
  Point p = run_point(serial, "serial.py", {});
  CHECK(p.exit_code == 1);
  CHECK(p.message == "ValueError: done");
  CHECK(p.m.ok == 0);
  CHECK(p.m.failed == 0);
  CHECK(p.m.calls == 5);
  // the second of the pair finds the server busy at once and after its
  // first back-off (under 0.5 s), and gets in after its second (over 1 s)
  CHECK(p.m.rate_limited == 2);
  CHECK(p.m.retries == 2);
  // latencies 1, 2, 4, 1, 1: sorted 1 1 1 2 4, the median 1, the 95th
  // percentile 2 + 0.8 x (4 - 2) between the last two ranks
  CHECK(p.m.lat_p50 == 1);
  CHECK(p.m.lat_p95 == Approx(3.6));
  CHECK(p.m.lat_mean == Approx(1.8));
  CHECK(p.m.peak_in_flight == 1);
  CHECK(p.bound.known);
  CHECK(p.bound.limit == "max_concurrency");
  CHECK(p.bound.limit_text == "a cap of 1 request in flight");
  CHECK(p.bound.concurrency == 1);
  // no service at all: no bound
  Point q = run_point("import asyncio\nasyncio.run(asyncio.sleep(2))\n", "q.py", {});
  CHECK(q.m.time == 2);
  CHECK(q.m.requests == 0);
  CHECK_FALSE(q.bound.known);
  // an override that does not apply does not run
  Point bad = run_point(kBurst, "burst.py", {{{"NOPE", 1}}, 0});
  CHECK(bad.exit_code == 2);
  CHECK(bad.message == "the script has no top-level number constant NOPE (NAME = 10)");
}

TEST_CASE("tuner: a sweep runs a point at a time and recommends within the budget", "[tuner]") {
  SweepSpec spec;
  std::string err;
  REQUIRE(parse_param("N", kBurst, spec, err));  // the slider's own range, 1..6
  CHECK(spec.lo == 1);
  CHECK(spec.hi == 6);
  Sweep sw;
  REQUIRE(sw.init(kBurst, "burst.py", spec, err));
  CHECK(sw.total_runs() == 6);
  sw.next_point();
  CHECK(sw.runs_done() == 1);
  CHECK(sw.table().size() == 1);
  CHECK_FALSE(sw.done());
  sw.run_all();
  REQUIRE(sw.done());
  REQUIRE(sw.table().size() == 6);
  // 1 or 2 calls: all admitted; from 3 on, N - 2 fail
  for (const SweepRow& row : sw.table()) {
    CHECK(row.mean.failed == std::max(0.0, row.value - 2));
    CHECK(row.feasible == (row.value <= 2));
    CHECK(row.mean.time == 0.5);
  }
  Recommendation r = sw.recommend();
  REQUIRE(r.found);
  CHECK(r.value == 1);  // equal times: the smaller value
  CHECK(r.margin_lo == 1);
  CHECK(r.margin_hi == 2);
  CHECK(r.summary == "N = 1: 0.50 s, 0 failed calls (budget 0); within 10% of that time: 1..2");
  CHECK(r.reason ==
        "120 RPM (2 requests/s) at 0.50 s mean latency caps useful concurrency near 1; beyond it you only buy 429s "
        "and retries.");
  // a budget of 2 failed calls admits N = 4
  spec.budget = 2;
  Sweep loose;
  REQUIRE(loose.init(kBurst, "burst.py", spec, err));
  loose.run_all();
  CHECK(loose.table()[3].feasible);
  CHECK_FALSE(loose.table()[4].feasible);
  // the CSV: a header and one line per value
  std::string csv = sw.csv();
  CHECK(csv.substr(0, csv.find('\n')).rfind("N,runs,feasible,time,ok,calls,failed,", 0) == 0);
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 7);
  // a point reopens as a normal run
  PointSpec ps = sw.point_spec(2, 0);
  CHECK(sw.point_source(ps).find("N = 3  # slider: 1..6") != std::string::npos);
}

TEST_CASE("tuner: sweep errors and seeds", "[tuner]") {
  SweepSpec spec;
  std::string err;
  CHECK_FALSE(parse_param("M=1..3", kBurst, spec, err));
  CHECK(err == "the script has no top-level number constant M (NAME = 10)");
  CHECK_FALSE(parse_param("N=1..x", kBurst, spec, err));
  CHECK(err == "--param N: the high end of a range must be a number, not 'x' (the form is LO..HI or LO..HI:STEP, "
               "e.g. 1..40)");
  CHECK_FALSE(parse_param("seed", kBurst, spec, err));
  CHECK(err == "--param seed needs a range of seeds: seed=0..9");
  REQUIRE(parse_param("N=1..4:0.5", kBurst, spec, err));
  Sweep sw;
  CHECK_FALSE(sw.init(kBurst, "burst.py", spec, err));
  CHECK(err == "N is an int, so its range and step must be integers");
  CHECK_FALSE(sw.init("N = 1  # slider: 1..3\nprint(\n", "bad.py", spec, err));
  CHECK(err == "bad.py:2:6: '(' was never closed");
  // the run's seed: the script draws from random, which it seeds
  const char* draw = "import random, asyncio\nasyncio.run(asyncio.sleep(random.random()))\n";
  REQUIRE(parse_param("seed=0..2", draw, spec, err));
  REQUIRE(sw.init(draw, "draw.py", spec, err));
  sw.run_all();
  REQUIRE(sw.table().size() == 3);
  CHECK(sw.table()[0].mean.time == Approx(0.8444218515250481));  // random.seed(0); random.random()
  CHECK(sw.table()[1].mean.time == Approx(0.13436424411240122));  // random.seed(1)
  // N seeds for each value: mean, min and max over them
  const char* both = "import random, asyncio\nD = 1\nasyncio.run(asyncio.sleep(D + random.random()))\n";
  REQUIRE(parse_param("D=1..2", both, spec, err));
  spec.seeds = 2;
  REQUIRE(sw.init(both, "both.py", spec, err));
  CHECK(sw.total_runs() == 4);
  sw.run_all();
  const SweepRow& row = sw.table()[0];
  CHECK(row.runs.size() == 2);
  CHECK(row.min.time == Approx(1.13436424411240122));
  CHECK(row.max.time == Approx(1.8444218515250481));
  CHECK(row.mean.time == Approx((1.13436424411240122 + 1.8444218515250481) / 2));
  CHECK(sw.csv().find("time_min,time_max") != std::string::npos);
}

TEST_CASE("tuner: on the LLM-batch preset the recommendation is the brute-force best, for the binding limit's reason",
          "[tuner][preset]") {
  const Preset* p = find_preset("13_llm_batch_tuner");
  REQUIRE(p);
  SweepSpec spec;
  std::string err;
  REQUIRE(parse_param("CONCURRENCY", p->code, spec, err));
  CHECK(spec.lo == 1);
  CHECK(spec.hi == 40);
  Sweep sw;
  REQUIRE(sw.init(p->code, "llm.py", spec, err));
  sw.run_all();
  Recommendation r = sw.recommend();
  REQUIRE(r.found);
  // Brute force, independent of the tuner: each value run as the page runs a
  // scenario, its time and failures read from what the preset prints.
  double best = -1, best_time = 1e300;
  for (int c = 1; c <= 40; ++c) {
    std::string code;
    REQUIRE(apply_overrides(p->code, {{"CONCURRENCY", double(c)}}, code, err));
    trace::Trace tr;
    vm::RunOutcome out = record_script(code, "llm.py", tr);
    REQUIRE(out.exit_code == 0);
    size_t in = out.out.find(" s, ");
    REQUIRE(in != std::string::npos);
    size_t from = out.out.rfind(' ', in - 1) + 1;
    double t = std::strtod(out.out.c_str() + from, nullptr);
    int failed = std::atoi(out.out.c_str() + in + 4);
    if (failed == 0 && t < best_time - 0.005) {
      best_time = t;
      best = c;
    }
  }
  INFO(sw.text());
  CHECK(std::abs(r.value - best) <= spec.step);
  // an interior optimum: slower below, failing above
  CHECK(r.value > 1);
  CHECK(r.value < 40);
  CHECK(sw.table().front().mean.time > 2 * r.at.time);
  CHECK(sw.table().back().mean.failed > 0);
  // tasks: the main one, gather's 100 and, at most, one wait_for task per call in flight
  for (const SweepRow& row : sw.table()) CHECK(row.mean.peak_tasks <= 101 + row.value);
  // the reason: Little's law on the provider's 500 RPM
  CHECK(r.bound.limit == "rpm");
  CHECK(r.reason.find("500 RPM (8.33 requests/s)") == 0);
  CHECK(r.reason.find("caps useful concurrency near 10;") != std::string::npos);
  CHECK(r.bound.concurrency == Approx(10.3).epsilon(0.05));
}

TEST_CASE("tuner: strategies side by side, a '# choice:' constant swept by name", "[tuner][preset]") {
  const Preset* p = find_preset("14_strategies_side_by_side");
  REQUIRE(p);
  SweepSpec spec;
  std::string err;
  REQUIRE(parse_param("STRATEGY", p->code, spec, err));
  CHECK(spec.lo == 0);
  CHECK(spec.hi == 4);
  Sweep sw;
  REQUIRE(sw.init(p->code, "strategies.py", spec, err));
  REQUIRE(sw.choices().size() == 5);
  CHECK(sw.choices()[1] == "ThreadPoolExecutor(10)");
  sw.run_all();
  const auto& t = sw.table();
  REQUIRE(t.size() == 5);
  INFO(sw.text());
  // what each holds alive: tasks, 10 threads, 10 processes
  CHECK(t[0].mean.peak_threads == 0);
  CHECK(t[1].mean.peak_threads == 10);
  CHECK(t[1].mean.peak_tasks == 0);
  CHECK(t[2].mean.peak_processes == 10);
  const trace::MemoryModel m;
  CHECK(t[1].mean.memory_kb == Approx(10 * m.thread / 1000));
  CHECK(t[2].mean.memory_kb >= 10 * m.process / 1000);
  CHECK(t[0].mean.memory_kb < t[1].mean.memory_kb);
  CHECK(t[1].mean.memory_kb < t[2].mean.memory_kb);
  // the same concurrency makes the same time with tasks or threads; Pool.map's
  // chunks of 3 make processes slower; unlimited is quick because it fails
  CHECK(t[0].mean.time == Approx(t[1].mean.time));
  CHECK(t[2].mean.time > t[0].mean.time * 1.05);
  CHECK(t[3].mean.rate_limited > 0);
  CHECK(t[4].mean.failed == 76);
  CHECK_FALSE(t[4].feasible);
  const Recommendation r = sw.recommend();
  REQUIRE(r.found);
  CHECK(r.value == 0);
  CHECK(r.summary.find("STRATEGY = asyncio + Semaphore(10): 10.99 s, 0 failed calls") == 0);
  CHECK(r.reason.find("multiprocessing.Pool(10) took 11.97 s with 17.0 MB") != std::string::npos);
  CHECK(r.reason.find("asyncio unlimited took 2.69 s with 201 kB and 76 failed calls") != std::string::npos);
  // tables name the choices
  CHECK(sw.text().find("ThreadPoolExecutor(10)   10.99") != std::string::npos);
  CHECK(sw.csv().find("\nmultiprocessing.Pool(10),1,1,") != std::string::npos);
  // an override must name one of them
  std::string out;
  CHECK_FALSE(apply_overrides(p->code, {{"STRATEGY", 5}}, out, err));
  CHECK(err == "STRATEGY = 5 names none of its 5 choices (0..4)");
}
