// Threads, the GIL and blocking calls on the virtual clock: the analytic
// times of tests/threads/*.py (the same scripts tests/tools/threads_realtime.py
// runs under CPython with real threads and a real clock).
#include <catch2/catch.hpp>

#include "script/scenario.h"
#include "test_files.h"

using ts::vm::RunOptions;
using ts::vm::RunOutcome;

namespace {
RunOutcome run_file(const std::string& name) {
  std::string src;
  REQUIRE(ts::testing::read_file(ts::testing::source_dir(__FILE__) + "/../threads/" + name, src));
  return ts::vm::run_source(src, name, RunOptions{});
}
RunOutcome run(const std::string& src) { return ts::vm::run_source(src, "t.py", RunOptions{}); }
}  // namespace

TEST_CASE("20 blocking 1 s calls on 5 threads take 4 s", "[threads]") {
  RunOutcome r = run_file("pool_blocking.py");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "elapsed 4.000\n");
  CHECK(r.end_time == Approx(4.0));
}

TEST_CASE("4 CPU-bound 1 s jobs on 4 threads take 4 s (the GIL)", "[threads]") {
  RunOutcome r = run_file("cpu_threads.py");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "elapsed 4.000\n");
}

TEST_CASE("4 CPU-bound 1 s jobs on 4 processes take 1 s plus a fork's start-up", "[threads]") {
  RunOutcome r = run_file("cpu_processes.py");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "[0, 1, 2, 3]\nelapsed 1.010\n");
}

TEST_CASE("ProcessPoolExecutor runs up to max_workers jobs at once, on cores of their own", "[threads]") {
  RunOutcome r = run(
      "import time, multiprocessing as mp\n"
      "from concurrent.futures import ProcessPoolExecutor\n"
      "from _turnstile_cpu import cpu, stats\n"
      "def job(n):\n"
      "    cpu(1)\n"
      "    return n, mp.current_process().name\n"
      "with ProcessPoolExecutor(max_workers=2) as ex:\n"
      "    print(list(ex.map(job, range(3))), round(time.monotonic(), 3))\n"
      "    print(stats()['processes'])\n"
      "print(mp.cpu_count(), stats()['peak_processes'])\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "[(0, 'ForkProcess-1'), (1, 'ForkProcess-2'), (2, 'ForkProcess-1')] 2.01\n2\n4 2\n");
}

TEST_CASE("a forked worker changes its own copy of the script's state; pools pickle", "[threads]") {
  // CPython 3.11's output with real processes (threads_realtime.py checks it too).
  RunOutcome r = run_file("process_isolation.py");
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "['MainThread', 'Thread-1 (_handle_workers)', 'Thread-2 (_handle_tasks)', 'Thread-3 (_handle_results)']\n"
        "[0, 1, 4, 9, 16, 25]\n"
        "49\n"
        "['parent'] ['parent', 'child'] False\n"
        "PicklingError _pickle\n"
        "after the pool: 0 [('callback', 49)] parent\n"
        "in child: 0 [('callback', 49)] child\n"
        "exit code 0 box in the parent: []\n"
        "after the process: 0 [('callback', 49)] parent\n"
        "run() of the child's copy, calls = 1\n"
        "parent's calls = 0\n"
        "25\n"
        "['MainThread', 'QueueFeederThread', 'Thread-4']\n"
        "PicklingError\n"
        "after the executor: 0 [('callback', 49), ('done', 25)] parent\n");
}

// Python code charged as CPU time (turnstile.python_speed): a 1,000,000-
// iteration loop is 8,000,003 VM steps, 0.160 s at 50 million a second.
const char* kCount =
    "import threading, time, asyncio, turnstile\n"
    "SPEED\n"
    "def count(n):\n"
    "    s = 0\n"
    "    for i in range(n):\n"
    "        s += i\n"
    "    return s\n"
    "t0 = time.monotonic()\n"
    "count(1_000_000)\n"
    "print('one thread %.3f' % (time.monotonic() - t0))\n"
    "t0 = time.monotonic()\n"
    "ts = [threading.Thread(target=count, args=(1_000_000,)) for _ in range(4)]\n"
    "for t in ts: t.start()\n"
    "for t in ts: t.join()\n"
    "print('four threads %.3f' % (time.monotonic() - t0))\n"
    "from multiprocessing import Pool\n"
    "t0 = time.monotonic()\n"
    "with Pool(4) as p:\n"
    "    p.map(count, [1_000_000] * 4)\n"
    "print('four processes %.3f' % (time.monotonic() - t0))\n"
    "async def ticker():\n"
    "    loop = asyncio.get_running_loop()\n"
    "    t0 = loop.time()\n"
    "    for _ in range(3):\n"
    "        print('tick %.3f' % (loop.time() - t0))\n"
    "        await asyncio.sleep(0.05)\n"
    "async def hog():\n"
    "    await asyncio.sleep(0.01)\n"
    "    count(1_000_000)\n"
    "async def main():\n"
    "    await asyncio.gather(ticker(), hog())\n"
    "asyncio.run(main())\n";

std::string with_speed(const char* speed) {
  std::string src = kCount;
  src.replace(src.find("SPEED"), 5, speed);
  return src;
}

TEST_CASE("Python code charged as CPU time: the GIL serialises threads, processes run in parallel", "[threads]") {
  RunOutcome r = run(with_speed("turnstile.python_speed()"));
  CHECK(r.exit_code == 0);
  // The hog's loop (0.01-0.17 s) holds up the loop: the tick due at 0.05 comes at 0.17.
  CHECK(r.out ==
        "one thread 0.160\nfour threads 0.640\nfour processes 0.170\n"
        "tick 0.000\ntick 0.170\ntick 0.220\n");
}

TEST_CASE("Python code takes no virtual time unless charged", "[threads]") {
  RunOutcome off = run(with_speed("turnstile.python_speed(None)"));
  CHECK(off.exit_code == 0);
  CHECK(off.out ==
        "one thread 0.000\nfour threads 0.000\nfour processes 0.010\n"
        "tick 0.000\ntick 0.050\ntick 0.100\n");
  RunOutcome fast = run(with_speed("turnstile.python_speed(100_000_000)"));
  CHECK(fast.out.rfind("one thread 0.080\nfour threads 0.320\nfour processes 0.090\n", 0) == 0);
}

TEST_CASE("a thread's print and clock read come once its code has had its time", "[threads]") {
  RunOutcome r = run(
      "import threading, time, turnstile\n"
      "turnstile.python_speed(1_000_000)\n"
      "def work():\n"
      "    for i in range(25_000):\n"  // 4 steps an iteration: 0.1 s
      "        pass\n"
      "    print('done at %.2f' % time.monotonic())\n"
      "t = threading.Thread(target=work)\n"
      "t.start(); t.join()\n"
      "print('joined at %.2f' % time.monotonic())\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "done at 0.10\njoined at 0.10\n");
}

TEST_CASE("a 10 ms time.sleep in a coroutine delays the other tasks by 10 ms", "[threads]") {
  RunOutcome r = run_file("sleep_in_coroutine.py");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "elapsed 1.010\n");
}

TEST_CASE("run_in_executor of a 1 s blocking call lets other tasks run meanwhile", "[threads]") {
  RunOutcome r = run_file("run_in_executor.py");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "ticks 3\nelapsed 1.000\n");
}

TEST_CASE("CPU work in threads takes turns every switch interval", "[threads]") {
  // Two 10 ms jobs: A runs 0-5 ms, B 5-10, A 10-15 (done), B 15-20 (done).
  RunOutcome r = run(
      "import threading, time\n"
      "from _turnstile_cpu import cpu, getswitchinterval\n"
      "def job(n):\n"
      "    cpu(0.01)\n"
      "    print(n, round(time.monotonic(), 3))\n"
      "ts = [threading.Thread(target=job, args=(n,)) for n in 'AB']\n"
      "for t in ts: t.start()\n"
      "for t in ts: t.join()\n"
      "print(getswitchinterval())\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "A 0.015\nB 0.02\n0.005\n");
}

TEST_CASE("locks, events and queues between threads", "[threads]") {
  RunOutcome r = run(
      "import threading, queue, time\n"
      "q = queue.Queue()\n"
      "ev = threading.Event()\n"
      "lock = threading.Lock()\n"
      "def producer():\n"
      "    for i in range(3):\n"
      "        time.sleep(1)\n"
      "        q.put(i)\n"
      "    ev.set()\n"
      "def consumer():\n"
      "    while True:\n"
      "        try:\n"
      "            item = q.get(timeout=1.5)\n"
      "        except queue.Empty:\n"
      "            print('empty at', time.monotonic())\n"
      "            return\n"
      "        with lock:\n"
      "            print(threading.current_thread().name, item, time.monotonic())\n"
      "threading.Thread(target=producer).start()\n"
      "c = threading.Thread(target=consumer, name='C')\n"
      "c.start()\n"
      "print('set', ev.wait(), time.monotonic())\n"
      "c.join()\n"
      "print(lock.locked(), threading.active_count())\n");
  CHECK(r.exit_code == 0);
  // At 3.0 the main thread, woken by the producer, goes on before the consumer.
  CHECK(r.out == "C 0 1.0\nC 1 2.0\nset True 3.0\nC 2 3.0\nempty at 4.5\nFalse 1\n");
}

TEST_CASE("a main thread waiting on nothing that can wake it is a clear error", "[threads]") {
  RunOutcome r = run("import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n");
  CHECK(r.exit_code == 1);
  CHECK(r.message == "RuntimeError: deadlock: the main thread blocks forever in lock.acquire() (no thread or timer "
                     "can wake it)");
}

TEST_CASE("a thread blocking inside a callback from native code is a clear error", "[threads]") {
  RunOutcome r = run(
      "import threading, time\n"
      "def f():\n"
      "    try:\n"
      "        sorted([2, 1], key=lambda x: time.sleep(1))\n"
      "    except RuntimeError as e:\n"
      "        print(e)\n"
      "t = threading.Thread(target=f)\nt.start()\nt.join()\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "time.sleep() cannot block this thread here: it was called back from native code\n");
}

TEST_CASE("asyncio.run waits for the default executor's work (shutdown_default_executor)", "[threads]") {
  // As CPython: the shutdown runs in a thread of its own, which takes a Thread-N name.
  RunOutcome r = run(
      "import asyncio, time, threading\n"
      "async def main():\n"
      "    asyncio.get_running_loop().run_in_executor(None, time.sleep, 2)\n"
      "    await asyncio.sleep(0.5)\n"
      "asyncio.run(main())\n"
      "print(time.monotonic(), threading.Thread().name)\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "2.0 Thread-2\n");
}

// contextvars across threads, as CPython 3.11 (outputs checked with python3):
// to_thread runs the call in a copy of the caller's context; run_in_executor
// does not copy it; each thread has a context of its own, a new one empty, so
// two jobs sleeping at once each keep their own value.
TEST_CASE("contextvars: to_thread copies the caller's context; each thread has its own", "[threads]") {
  RunOutcome r = run(
      "import asyncio, contextvars, threading, time\n"
      "rid = contextvars.ContextVar('rid', default='-')\n"
      "def work(n):\n"
      "    return f'{rid.get()}:{n}'\n"
      "def job(name, d):\n"
      "    before = rid.get()\n"
      "    rid.set(name)\n"
      "    time.sleep(d)\n"
      "    return f'{name}: before={before} after={rid.get()}'\n"
      "async def handle(i):\n"
      "    rid.set(f'req{i}')\n"
      "    return await asyncio.to_thread(work, i)\n"
      "async def main():\n"
      "    print(await asyncio.gather(*(handle(i) for i in range(3))))\n"
      "    rid.set('main')\n"
      "    loop = asyncio.get_running_loop()\n"
      "    print(await loop.run_in_executor(None, work, 9))\n"
      "    a = loop.run_in_executor(None, job, 'a', 0.2)\n"
      "    b = loop.run_in_executor(None, job, 'b', 0.1)\n"
      "    print(await asyncio.gather(a, b))\n"
      "    print(rid.get())\n"
      "    seen = []\n"
      "    t = threading.Thread(target=lambda: seen.append(rid.get()))\n"
      "    t.start(); t.join()\n"
      "    print(seen)\n"
      "asyncio.run(main())\n");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "['req0:0', 'req1:1', 'req2:2']\n"
        "-:9\n"
        "['a: before=- after=a', 'b: before=- after=b']\n"
        "main\n"
        "['-']\n");
}
