// The run's budgets (issue 16, "budgets for everything that grows"): each
// ends the run with "FILE:LINE: budget exceeded: <name> (<amount>)", or, for
// the heap, a MemoryError raised before the allocation is made.
#include <catch2/catch.hpp>

#include <chrono>

#include "script/scenario.h"

using namespace ts::vm;

namespace {
RunOutcome run(const std::string& src, RunOptions opts = {}) { return run_source(src, "b.py", opts); }
}  // namespace

TEST_CASE("the wall-clock budget stops a run at its line", "[budget]") {
  RunOptions o;
  o.limits.max_wall = 0.2;
  const auto t0 = std::chrono::steady_clock::now();
  auto r = run("x = 0\nwhile True:\n    x += 1\n", o);
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(r.status == RunOutcome::Budget);
  CHECK(r.message == "budget exceeded: wall clock (0.2 s)");
  CHECK((r.line == 2 || r.line == 3));
  CHECK(took < 5.0);
  // Off (the CLI's default): the step budget is the one that stops it.
  RunOptions off;
  off.limits.max_steps = 100000;
  CHECK(run("while True:\n    pass\n", off).message == "budget exceeded: steps (100000 steps)");
}

TEST_CASE("the wall clock is also checked inside a long native loop", "[budget]") {
  RunOptions o;
  o.limits.max_wall = 0.2;
  // One builtin call: no bytecode runs while it iterates.
  auto r = run("print(sum(range(10**15)))\n", o);
  CHECK(r.message == "budget exceeded: wall clock (0.2 s)");
  CHECK(r.line == 1);
}

TEST_CASE("the virtual-time budget names the line the tasks wait at", "[budget]") {
  RunOptions o;
  o.max_time = 1000;
  auto r = run("import asyncio\nasync def main():\n    await asyncio.sleep(1e308)\nasyncio.run(main())\n", o);
  CHECK(r.status == RunOutcome::Budget);
  CHECK(r.err == "b.py:3: budget exceeded: virtual time (1000 s)\n");
  CHECK(r.end_time == 1000.0);
}

TEST_CASE("time.sleep jumps the clock as CPython's does; the loop then meets the horizon", "[budget]") {
  // One jump the script asked for: not a spin, so not cut.
  auto r = run("import time\ntime.sleep(1e308)\nprint(time.time() > 1e300)\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "True\n");
  // At t = inf a timer is never due (t + resolution == t): CPython would spin.
  r = run("import asyncio, time\nasync def main():\n    time.sleep(float('inf'))\n    await asyncio.sleep(1)\n"
          "    print('after')\nasyncio.run(main())\n");
  CHECK(r.status == RunOutcome::Budget);
  CHECK(r.out.empty());
  CHECK(r.err == "b.py:4: budget exceeded: virtual time (31536000 s)\n");
}

TEST_CASE("past 2**24 s the loop's clock cannot reach a timer: the virtual-time budget", "[budget]") {
  auto r = run("import asyncio\nasync def main():\n    await asyncio.sleep(2**24)\n    print('woke')\n"
               "asyncio.run(main())\n");
  CHECK(r.status == RunOutcome::Budget);
  CHECK(r.err == "b.py:3: budget exceeded: virtual time (31536000 s)\n");
}

TEST_CASE("size-known allocations ask the heap budget first", "[budget]") {
  RunOptions o;
  o.limits.max_heap = size_t(64) << 20;
  auto r = run(
      "try:\n    'x' * 10**9\nexcept MemoryError as e:\n    print('caught', e)\n"
      "try:\n    [0] * 10**8\nexcept MemoryError as e:\n    print('caught', e)\n"
      "print(len('y' * 10**6))\n",
      o);
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "caught memory budget exceeded (67108864 bytes)\ncaught memory budget exceeded (67108864 bytes)\n1000000\n");
  // Past PY_SSIZE_T_MAX characters CPython says OverflowError, whatever the memory.
  r = run("'ab' * 2**62\n");
  CHECK(r.message == "OverflowError: repeated string is too long");
}

TEST_CASE("big ints grow to the heap budget, and their arithmetic is charged steps", "[budget]") {
  RunOptions o;
  o.limits.max_heap = size_t(64) << 20;
  // 10**8 bits = 12.5 MB fits; 10**9 bits does not.
  auto r = run("print((1 << 10**8).bit_length())\nx = 1 << 10**9\n", o);
  CHECK(r.out == "100000001\n");
  CHECK(r.message == "MemoryError: memory budget exceeded (67108864 bytes)");
  r = run("x = 10 ** (10 ** 10)\n", o);
  CHECK(r.message == "MemoryError: memory budget exceeded (67108864 bytes)");
  // Squaring forever: each product's limb work counts, so the step budget ends it.
  RunOptions s;
  s.limits.max_steps = 2'000'000;
  r = run("x = 3\nwhile True:\n    x = x * x\n", s);
  CHECK(r.message == "budget exceeded: steps (2000000 steps)");
  CHECK(r.line == 3);
}

TEST_CASE("colliding hashes are charged to the step budget", "[budget]") {
  RunOptions o;
  o.limits.max_steps = 1'000'000;
  // Multiples of 2**61 - 1 all hash to 0: each insert probes the whole chain.
  auto r = run("d = {}\nfor i in range(10**6):\n    d[i * (2**61 - 1)] = i\n", o);
  CHECK(r.message == "budget exceeded: steps (1000000 steps)");
  CHECK(r.line == 3);
}

TEST_CASE("a create_task bomb meets the tasks budget, fatally", "[budget]") {
  RunOptions o;
  o.limits.max_tasks = 1000;
  auto r = run(
      "import asyncio\nasync def bomb():\n    asyncio.create_task(bomb())\n    asyncio.create_task(bomb())\n"
      "    await asyncio.sleep(1000)\nasync def main():\n    await bomb()\nasyncio.run(main())\n",
      o);
  CHECK(r.status == RunOutcome::Budget);
  CHECK(r.message == "budget exceeded: tasks (1000 live tasks)");
  CHECK((r.line == 3 || r.line == 4));
}
