// Running scripts end to end: output and stamps, exit codes, and the errors
// every outside input must get (syntax, subset, budgets, deadlock).
#include <catch2/catch.hpp>

#include "script/scenario.h"

using ts::vm::RunOptions;
using ts::vm::RunOutcome;
using ts::vm::run_source;

namespace {
RunOutcome run(const std::string& src, RunOptions opts = {}) { return run_source(src, "t.py", opts); }
bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }
}  // namespace

TEST_CASE("prints with virtual-time stamps", "[scenario]") {
  RunOptions o;
  o.stamp = true;
  auto r = run(
      "import asyncio\n"
      "async def main():\n"
      "    print('a')\n"
      "    await asyncio.sleep(1.5)\n"
      "    print('b', end='')\n"
      "    print('c')\n"
      "asyncio.run(main())\n",
      o);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "0.000 a\n1.500 bc\n");
  CHECK(r.end_time == 1.5);
}

TEST_CASE("on_line reports each line with its start time", "[scenario]") {
  RunOptions o;
  std::vector<std::pair<double, std::string>> lines;
  o.on_line = [&](double t, const std::string& l) { lines.emplace_back(t, l); };
  auto r = run("import time\nprint('x')\ntime.sleep(2)\nprint('y', end='')\n", o);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == std::make_pair(0.0, std::string("x")));
  CHECK(lines[1] == std::make_pair(2.0, std::string("y")));
  CHECK(r.out == "x\ny");
}

TEST_CASE("syntax errors give line and column, exit 2", "[scenario]") {
  auto r = run("x = 1\ndef f(:\n    pass\n");
  CHECK(r.status == RunOutcome::SyntaxError);
  CHECK(r.exit_code == 2);
  CHECK(r.line == 2);
  CHECK(r.col > 0);
  CHECK(contains(r.err, "t.py:2:"));
}

TEST_CASE("constructs outside the subset are named", "[scenario]") {
  SECTION("match") {
    auto r = run("x = 1\nmatch x:\n    case 1:\n        pass\n");
    CHECK(r.exit_code == 2);
    CHECK(r.line == 2);
    CHECK(contains(r.message, "'match' statements are not supported in Turnstile scenarios"));
  }
  SECTION("yield outside a function") {
    auto r = run("x = 1\nx = yield 2\n");
    CHECK(r.exit_code == 2);
    CHECK(r.line == 2);
    CHECK(r.col == 5);
    CHECK(contains(r.message, "'yield' outside function"));
  }
  SECTION("walrus") {
    auto r = run("if (n := 3) > 2:\n    pass\n");
    CHECK(r.exit_code == 2);
    CHECK(contains(r.message, "':='"));
  }
  SECTION("unknown module") {
    auto r = run("import os\n");
    CHECK(r.exit_code == 2);
    CHECK(r.line == 1);
    CHECK(contains(r.message, "module 'os' is not available in Turnstile scenarios"));
  }
  SECTION("await outside async") {
    auto r = run("import asyncio\ndef f():\n    await asyncio.sleep(1)\n");
    CHECK(r.exit_code == 2);
    CHECK(r.line == 3);
    CHECK(contains(r.message, "'await' outside async function"));
  }
}

TEST_CASE("an infinite loop ends with a step budget error at its line", "[scenario]") {
  RunOptions o;
  o.limits.max_steps = 100000;
  auto r = run("x = 0\nwhile True:\n    x += 1\n", o);
  CHECK(r.status == RunOutcome::Budget);
  CHECK(r.exit_code == 1);
  CHECK(r.message == "budget exceeded: steps (100000 steps)");
  CHECK((r.line == 2 || r.line == 3));
  CHECK(r.err == "t.py:" + std::to_string(r.line) + ": budget exceeded: steps (100000 steps)\n");
}

TEST_CASE("budget errors cannot be caught by the script", "[scenario]") {
  RunOptions o;
  o.limits.max_steps = 50000;
  auto r = run("try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n", o);
  CHECK(r.status == RunOutcome::Budget);
  CHECK(r.out.empty());
}

TEST_CASE("an infinite loop inside a task also stops", "[scenario]") {
  RunOptions o;
  o.limits.max_steps = 100000;
  auto r = run(
      "import asyncio\n"
      "async def spin():\n"
      "    while True:\n"
      "        await asyncio.sleep(0)\n"
      "async def main():\n"
      "    await asyncio.gather(spin(), spin())\n"
      "asyncio.run(main())\n",
      o);
  CHECK(r.status == RunOutcome::Budget);
  CHECK(r.message == "budget exceeded: steps (100000 steps)");
  CHECK(r.line == 4);
}

TEST_CASE("memory, output and task budgets", "[scenario]") {
  SECTION("objects") {
    RunOptions o;
    o.limits.max_objects = 20000;
    auto r = run("x = []\nwhile True:\n    x.append([1])\n", o);
    CHECK(r.status == RunOutcome::Budget);
    CHECK(r.message == "budget exceeded: objects (20000 live objects)");
    CHECK(r.line == 3);
  }
  SECTION("output") {
    RunOptions o;
    o.limits.max_output = 1000;
    auto r = run("while True:\n    print('spam')\n", o);
    CHECK(r.status == RunOutcome::Budget);
    CHECK(r.message == "budget exceeded: output (1000 bytes)");
    CHECK(r.line == 2);
    CHECK(r.out.size() <= 1010);
  }
  SECTION("tasks") {
    RunOptions o;
    o.limits.max_tasks = 100;
    auto r = run(
        "import asyncio\n"
        "async def w():\n"
        "    await asyncio.sleep(1)\n"
        "async def main():\n"
        "    for i in range(1000):\n"
        "        asyncio.create_task(w())\n"
        "asyncio.run(main())\n",
        o);
    CHECK(r.exit_code == 1);
    CHECK(r.status == RunOutcome::Budget);
    CHECK(r.message == "budget exceeded: tasks (100 live tasks)");
    CHECK(r.line == 6);
  }
}

TEST_CASE("deadlock: exit 3, DEADLOCK line, blocked tasks listed", "[scenario]") {
  RunOptions o;
  o.stamp = true;
  auto r = run(
      "import asyncio\n"
      "async def waiter(ev):\n"
      "    await ev.wait()\n"
      "async def main():\n"
      "    ev = asyncio.Event()\n"
      "    await asyncio.sleep(0.5)\n"
      "    print('waiting')\n"
      "    await asyncio.gather(waiter(ev), waiter(ev))\n"
      "asyncio.run(main())\n",
      o);
  CHECK(r.exit_code == 3);
  CHECK(r.status == RunOutcome::Deadlock);
  CHECK(r.out == "0.500 waiting\n0.500 DEADLOCK 3 tasks blocked\n");
  CHECK(r.blocked.size() == 3);
  CHECK(contains(r.err, "Event"));
}

TEST_CASE("uncaught exceptions: exit 1 with a traceback", "[scenario]") {
  auto r = run("def f():\n    raise ValueError('boom')\nprint('before')\nf()\n");
  CHECK(r.exit_code == 1);
  CHECK(r.out == "before\n");
  CHECK(r.message == "ValueError: boom");
  CHECK(contains(r.err, "Traceback (most recent call last):"));
  CHECK(contains(r.err, "line 2"));
}

TEST_CASE("an uncaught exception group prints in CPython's box form", "[scenario]") {
  // CPython 3.11.7's stderr for the same script.
  auto r = run(
      "def f():\n"
      "    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\n"
      "try:\n"
      "    f()\n"
      "except* ValueError:\n"
      "    raise KeyError('x')\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        "  | ExceptionGroup:  (2 sub-exceptions)\n"
        "  +-+---------------- 1 ----------------\n"
        "    | Exception Group Traceback (most recent call last):\n"
        "    |   File \"t.py\", line 4, in <module>\n"
        "    |     f()\n"
        "    |   File \"t.py\", line 2, in f\n"
        "    |     raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\n"
        "    | ExceptionGroup: eg (1 sub-exception)\n"
        "    +-+---------------- 1 ----------------\n"
        "      | ValueError: 1\n"
        "      +------------------------------------\n"
        "    | \n"
        "    | During handling of the above exception, another exception occurred:\n"
        "    | \n"
        "    | Traceback (most recent call last):\n"
        "    |   File \"t.py\", line 6, in <module>\n"
        "    |     raise KeyError('x')\n"
        "    | KeyError: 'x'\n"
        "    +---------------- 2 ----------------\n"
        "    | Exception Group Traceback (most recent call last):\n"
        "    |   File \"t.py\", line 4, in <module>\n"
        "    |     f()\n"
        "    |   File \"t.py\", line 2, in f\n"
        "    |     raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\n"
        "    | ExceptionGroup: eg (1 sub-exception)\n"
        "    +-+---------------- 1 ----------------\n"
        "      | TypeError: 2\n"
        "      +------------------------------------\n");
  // More than 15 members: the rest are counted, not printed.
  auto w = run("raise ExceptionGroup('wide', [ValueError(i) for i in range(17)])\n");
  CHECK(contains(w.err, "    +---------------- 15 ----------------\n    | ValueError: 14\n"
                        "    +---------------- ... ----------------\n    | and 2 more exceptions\n"
                        "    +------------------------------------\n"));
}

TEST_CASE("deep recursion is a RecursionError the script can catch", "[scenario]") {
  auto r = run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "caught maximum recursion depth exceeded\n");
}

TEST_CASE("random is seeded and reproducible", "[scenario]") {
  RunOptions o;
  o.seed = 42;
  auto a = run("import random\nprint(random.random(), random.randint(1, 100))\n", o);
  auto b = run("import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 100))\n");
  CHECK(a.out == b.out);
  CHECK(a.out == "0.6394267984578837 4\n");
}

TEST_CASE("the heap budget: a native that would pass it raises a catchable MemoryError", "[scenario][budget]") {
  RunOptions o;
  o.limits.max_heap = size_t(64) << 20;
  auto r = run(
      "try:\n"
      "    s = 'x'.center(200_000_000)\n"
      "except MemoryError as e:\n"
      "    print('caught', type(e).__name__, repr(str(e)))\n"
      "print('alive')\n",
      o);
  CHECK(r.exit_code == 0);
  // the padding's size is known before it is made: asked of the budget first
  CHECK(r.out == "caught MemoryError 'memory budget exceeded (67108864 bytes)'\nalive\n");
}

TEST_CASE("the heap budget: growth in the interpreter ends the run with MemoryError", "[scenario][budget]") {
  RunOptions o;
  o.limits.max_heap = size_t(64) << 20;
  auto r = run("s = 'x'\nprint('start')\nwhile True:\n    s = s + s\n", o);
  CHECK(r.exit_code == 1);
  CHECK(r.out == "start\n");
  CHECK(r.err == "MemoryError: memory budget exceeded (67108864 bytes)\n");
  // The budget is the run's only: the next run may allocate again.
  CHECK(run("print(len('y' * 100_000_000))\n").out == "100000000\n");
}

TEST_CASE("a tuple subclass is a tuple; one overriding what the tuple paths read is refused", "[scenario]") {
  auto ok = run(
      "from collections import namedtuple\n"
      "P = namedtuple('P', 'x y')\n"
      "class Q(tuple):\n"
      "    def first(self):\n"
      "        return self[0]\n"
      "print(P(1, 2), isinstance(P(1, 2), tuple), Q('ab').first(), type(Q('ab')).__name__)\n");
  CHECK(ok.exit_code == 0);
  CHECK(ok.out == "P(x=1, y=2) True a Q\n");
  auto bad = run("class Q(tuple):\n    def __len__(self):\n        return 0\n");
  CHECK(bad.exit_code == 1);
  CHECK(contains(bad.err, "TypeError: a tuple subclass defining __len__ is not supported in Turnstile scenarios"));
  auto other = run("class N(int):\n    pass\n");
  CHECK(other.exit_code == 1);
  CHECK(contains(other.err, "subclassing 'int' is not supported in Turnstile scenarios"));
}

TEST_CASE("break, continue and return cannot leave an except* block", "[scenario]") {
  const char* const msg = "'break', 'continue' and 'return' cannot appear in an except* block";
  struct Case {
    const char* src;
    int line, col;
  };
  // CPython 3.11's positions: a literal returned on the line, else the statement.
  const Case cases[] = {
      {"def f():\n  try:\n    pass\n  except* E:\n    return 1\n", 5, 12},
      {"def f():\n  try:\n    pass\n  except* E:\n    return f(a)\n", 5, 5},
      {"for x in y:\n  try:\n    pass\n  except* E:\n    break\n", 5, 5},
      {"for x in y:\n  try:\n    pass\n  except* E:\n    continue\n", 5, 5},
      {"def f():\n  try:\n    pass\n  except* E:\n    try:\n      pass\n    finally:\n      return\n", 8, 7},
  };
  for (const Case& c : cases) {
    INFO(c.src);
    auto r = run(c.src);
    CHECK(r.exit_code == 2);
    CHECK(r.line == c.line);
    CHECK(r.col == c.col);
    CHECK(r.message == msg);
  }
  // A loop inside the block, or a function defined in it, may.
  CHECK(run("try:\n  pass\nexcept* E:\n  for x in []:\n    break\n  def f():\n    return 2\n").exit_code == 0);
}
