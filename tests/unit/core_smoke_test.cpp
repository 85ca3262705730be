// Core event-loop tests owned by the "core" helper: ordering and semantics
// checked against CPython 3.11.7 output (each expected transcript was
// produced by running the Python version of the scenario, shown in the
// comment, on a virtual-clock loop; lines are "%.3f <text>").
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/asyncio.h"

using namespace ts;

namespace {

struct Out {
  Loop& loop;
  std::vector<std::string> lines;
  void p(const std::string& s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f ", loop.time());
    lines.push_back(buf + s);
  }
  std::string text() const {
    std::string r;
    for (auto& l : lines) r += l + "\n";
    return r;
  }
};

std::string join(const std::vector<std::string>& v) {
  std::string r;
  for (auto& l : v) r += l + "\n";
  return r;
}

bool is_kind(const Value& exc, ErrKind k) {
  auto* e = core_exc(exc);
  return e && e->kind == k;
}

std::string msg(const Value& exc) {
  auto* e = core_exc(exc);
  return e ? e->message : "?";
}

Value str(const char* s) { return core_str(s); }

}  // namespace

TEST_CASE("trivial main returns its value", "[core]") {
  Loop loop;
  auto main = []() -> Async { co_return Value::integer(42); };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  REQUIRE(r.result.tag == Value::Int);
  REQUIRE(r.result.i == 42);
  REQUIRE(r.time == 0.0);
}

TEST_CASE("timer ties pop in heapq order 0,2,4,1,3", "[core][order]") {
  // Python: five tasks `await asyncio.sleep(1); print("w", i)` gathered
  // -> w 0, w 2, w 4, w 1, w 3 (all at 1.000)
  Loop loop;
  Out out{loop};
  auto w = [&](int i) -> Async {
    co_await sleep(loop, 1);
    out.p("w " + std::to_string(i));
    co_return Value();
  };
  auto main = [&]() -> Async {
    std::vector<Value> cs;
    for (int i = 0; i < 5; ++i) cs.push_back(w(i).value());
    co_await gather(loop, cs);
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(out.text() == "1.000 w 0\n1.000 w 2\n1.000 w 4\n1.000 w 1\n1.000 w 3\n");
  CHECK(r.time == 1.0);
}

TEST_CASE("raw call_later ties and deadline order", "[core][order]") {
  // build/coreown/py/raw2.py drives a virtual-clock loop's _run_once directly.
  Loop loop;
  std::vector<int> order;
  for (int i = 0; i < 5; ++i)
    loop.call_later(1.0, callback([&order, i](Loop&, const Value&) { order.push_back(i); }));
  loop.call_later(0.5, callback([&order](Loop&, const Value&) { order.push_back(100); }));
  auto cancelled = loop.call_later(0.25, callback([&order](Loop&, const Value&) { order.push_back(-1); }));
  cancelled->cancel();
  REQUIRE(loop.next_deadline().value() == 0.5);
  while (loop.run_once()) {
  }
  CHECK(order == std::vector<int>{100, 2, 0, 4, 1, 3});
  CHECK(loop.time() == 1.0);
  CHECK_FALSE(loop.next_deadline().has_value());
}

TEST_CASE("many cancelled timers trigger the heapify cleanup and keep order", "[core][order]") {
  Loop loop;
  std::vector<int> order;
  std::vector<Ref<Handle>> hs;
  for (int i = 0; i < 300; ++i)
    hs.push_back(loop.call_later(1.0 + (i % 7), callback([&order, i](Loop&, const Value&) { order.push_back(i); })));
  for (int i = 0; i < 300; i += 3) hs[i]->cancel();
  for (int i = 1; i < 300; i += 3) hs[i]->cancel();
  while (loop.run_once()) {
  }
  // exact CPython order (build/coreown/py/raw2.py), cleanup via heapify included
  CHECK(order == std::vector<int>{
      182, 161, 77, 14, 287, 119, 140, 56, 35, 224, 266, 245, 98, 203, 176, 92, 155, 8, 71, 281,
      134, 260, 29, 113, 239, 218, 197, 50, 275, 170, 86, 149, 296, 65, 128, 254, 233, 2, 212, 107,
      23, 44, 191, 185, 290, 164, 80, 38, 17, 143, 269, 122, 248, 59, 227, 206, 101, 179, 200, 221,
      158, 74, 263, 242, 284, 137, 95, 32, 116, 53, 11, 89, 299, 173, 68, 257, 152, 215, 194, 236,
      278, 110, 47, 5, 26, 131, 251, 293, 20, 230, 188, 41, 125, 146, 62, 167, 272, 83, 209, 104});
  CHECK(loop.time() == 7.0);
}

TEST_CASE("seed Example 1: a free semaphore is taken without yielding", "[core][example]") {
  Loop loop;
  Out out{loop};
  auto worker = [&](std::string name, Ref<Semaphore> sem) -> Async {
    out.p(name + ": Started! Approaching the gate...");
    co_await sem->acquire();
    out.p(name + ": Inside the gate! Working on expensive task...");
    co_await sleep(loop, 2);
    out.p(name + ": Finished expensive work, exiting gate.");
    sem->release();
    out.p(name + ": Past the gate, all done!");
    co_return Value();
  };
  auto main = [&]() -> Async {
    auto sem = make<Semaphore>(loop, 3);
    std::vector<Value> cs;
    for (int i = 0; i < 6; ++i) cs.push_back(worker("Worker-" + std::to_string(i), sem).value());
    co_await gather(loop, cs);
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(r.time == 4.0);
  CHECK(out.text() ==
        "0.000 Worker-0: Started! Approaching the gate...\n"
        "0.000 Worker-0: Inside the gate! Working on expensive task...\n"
        "0.000 Worker-1: Started! Approaching the gate...\n"
        "0.000 Worker-1: Inside the gate! Working on expensive task...\n"
        "0.000 Worker-2: Started! Approaching the gate...\n"
        "0.000 Worker-2: Inside the gate! Working on expensive task...\n"
        "0.000 Worker-3: Started! Approaching the gate...\n"
        "0.000 Worker-4: Started! Approaching the gate...\n"
        "0.000 Worker-5: Started! Approaching the gate...\n"
        "2.000 Worker-0: Finished expensive work, exiting gate.\n"
        "2.000 Worker-0: Past the gate, all done!\n"
        "2.000 Worker-1: Finished expensive work, exiting gate.\n"
        "2.000 Worker-1: Past the gate, all done!\n"
        "2.000 Worker-2: Finished expensive work, exiting gate.\n"
        "2.000 Worker-2: Past the gate, all done!\n"
        "2.000 Worker-3: Inside the gate! Working on expensive task...\n"
        "2.000 Worker-4: Inside the gate! Working on expensive task...\n"
        "2.000 Worker-5: Inside the gate! Working on expensive task...\n"
        "4.000 Worker-3: Finished expensive work, exiting gate.\n"
        "4.000 Worker-3: Past the gate, all done!\n"
        "4.000 Worker-4: Finished expensive work, exiting gate.\n"
        "4.000 Worker-4: Past the gate, all done!\n"
        "4.000 Worker-5: Finished expensive work, exiting gate.\n"
        "4.000 Worker-5: Past the gate, all done!\n");
}

TEST_CASE("lock waiters wake in FIFO order", "[core][order]") {
  Loop loop;
  Out out{loop};
  auto lock_holder = [&](Ref<Lock> lock, std::string name, double hold) -> Async {
    co_await lock->acquire();
    out.p(name + " in");
    co_await sleep(loop, hold);
    lock->release();
    co_return Value();
  };
  auto main = [&]() -> Async {
    auto lock = make<Lock>(loop);
    std::vector<Value> cs;
    // created in order c, a, d, b: they must get the lock in that order
    for (const char* n : {"c", "a", "d", "b"}) cs.push_back(lock_holder(lock, n, 1).value());
    co_await gather(loop, cs);
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(out.text() == "0.000 c in\n1.000 a in\n2.000 d in\n3.000 b in\n");
}

TEST_CASE("3.11 no-barging: a newcomer cannot take a slot reserved for a woken waiter", "[core][semaphore]") {
  // build/coreown/py/s_nobarge.py
  Loop loop;
  Out out{loop};
  auto yn = [](bool b) { return std::string(b ? "True" : "False"); };
  auto holder = [&](Ref<Semaphore> sem) -> Async {
    co_await sem->acquire();
    out.p("holder in");
    co_await sleep(loop, 1);
    out.p("holder releasing");
    sem->release();
    out.p("holder out, locked: " + yn(sem->locked()));
    co_return Value();
  };
  auto waiter = [&](Ref<Semaphore> sem, std::string name) -> Async {
    out.p(name + " waiting");
    co_await sem->acquire();
    out.p(name + " in");
    co_await sleep(loop, 1);
    sem->release();
    out.p(name + " out");
    co_return Value();
  };
  auto newcomer = [&](Ref<Semaphore> sem) -> Async {
    co_await sleep(loop, 1);
    out.p("B arrives, locked: " + yn(sem->locked()));
    co_await sem->acquire();
    out.p("B in");
    sem->release();
    out.p("B out");
    co_return Value();
  };
  auto main = [&]() -> Async {
    auto sem = make<Semaphore>(loop, 1);
    std::vector<Value> cs{holder(sem).value(), waiter(sem, "A").value(), newcomer(sem).value()};
    co_await gather(loop, cs);
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(out.text() ==
        "0.000 holder in\n"
        "0.000 A waiting\n"
        "1.000 holder releasing\n"
        "1.000 holder out, locked: True\n"
        "1.000 B arrives, locked: True\n"
        "1.000 A in\n"
        "2.000 A out\n"
        "2.000 B in\n"
        "2.000 B out\n");
}

TEST_CASE("sleep(0) yields exactly one loop cycle", "[core][order]") {
  // build/coreown/py/s_sleep0.py
  Loop loop;
  Out out{loop};
  auto t = [&](std::string name) -> Async {
    for (int i = 0; i < 3; ++i) {
      out.p(name + " " + std::to_string(i));
      co_await sleep(loop, 0);
    }
    co_return Value();
  };
  auto main = [&]() -> Async {
    Ref<Task> a = loop.create_task(t("a"));
    Ref<Task> b = loop.create_task(t("b"));
    out.p("main before");
    co_await sleep(loop, 0);
    out.p("main after 1");
    co_await sleep(loop, 0);
    out.p("main after 2");
    co_await a;
    co_await b;
    out.p("done");
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(out.text() ==
        "0.000 main before\n0.000 a 0\n0.000 b 0\n0.000 main after 1\n0.000 a 1\n0.000 b 1\n"
        "0.000 main after 2\n0.000 a 2\n0.000 b 2\n0.000 done\n");
}

TEST_CASE("gather: first error propagates, others keep running; return_exceptions", "[core][gather]") {
  // build/coreown/py/s_gather.py
  Loop loop;
  Out out{loop};
  auto ok = [&](std::string name, double d) -> Async {
    co_await sleep(loop, d);
    out.p(name + " finished");
    co_return str(name.c_str());
  };
  auto bad = [&](double d) -> Async {
    co_await sleep(loop, d);
    out.p("bad raising");
    throw PyErr{loop.make_error(ErrKind::ValueError, "boom")};
    co_return Value();
  };
  auto main = [&]() -> Async {
    try {
      std::vector<Value> cs{ok("x", 2).value(), bad(1).value(), ok("y", 3).value()};
      co_await gather(loop, cs);
    } catch (PyErr& e) {
      CHECK(is_kind(e.exc, ErrKind::ValueError));
      out.p("caught " + msg(e.exc));
    }
    co_await sleep(loop, 5);
    std::vector<Value> cs2{ok("p", 1).value(), bad(1).value(), ok("q", 0).value()};
    Value r = co_await gather(loop, cs2, true);
    auto* l = r.as<CoreList>();
    REQUIRE(l);
    std::string names;
    for (auto& v : l->items) names += std::string(v.obj()->type_name()) + ",";
    out.p("results " + names);
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(out.text() ==
        "1.000 bad raising\n1.000 caught boom\n2.000 x finished\n3.000 y finished\n"
        "6.000 q finished\n7.000 p finished\n7.000 bad raising\n7.000 results str,ValueError,str,\n");
}

TEST_CASE("wait_for: timeout cancels the inner coroutine", "[core][wait_for]") {
  // build/coreown/py/s_waitfor.py
  Loop loop;
  Out out{loop};
  auto inner = [&]() -> Async {
    try {
      co_await sleep(loop, 10);
      out.p("inner done");
    } catch (PyErr& e) {
      if (is_kind(e.exc, ErrKind::CancelledError)) out.p("inner cancelled");
      out.p("inner finally");
      throw;
    }
    out.p("inner finally");
    co_return Value();
  };
  auto main = [&]() -> Async {
    try {
      co_await wait_for(loop, inner().value(), 1.5);
    } catch (PyErr& e) {
      if (is_kind(e.exc, ErrKind::TimeoutError)) out.p("timeout");
    }
    Value v = co_await wait_for(loop, sleep(loop, 1, str("val")).value(), 2.0);
    out.p("got " + v.as<CoreStr>()->s);
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(out.text() == "1.500 inner cancelled\n1.500 inner finally\n1.500 timeout\n2.500 got val\n");
}

TEST_CASE("shield: cancelling the awaiter does not cancel the inner task", "[core][shield]") {
  // build/coreown/py/s_shield.py
  Loop loop;
  Out out{loop};
  auto inner = [&]() -> Async {
    co_await sleep(loop, 2);
    out.p("inner completed");
    co_return Value::integer(7);
  };
  auto outer = [&](Ref<Task> t) -> Async {
    try {
      Value v = co_await shield(loop, Value::object(t));
      co_return v;
    } catch (PyErr& e) {
      if (is_kind(e.exc, ErrKind::CancelledError)) out.p("outer cancelled");
      throw;
    }
  };
  auto main = [&]() -> Async {
    Ref<Task> t = loop.create_task(inner());
    Ref<Task> o = loop.create_task(outer(t));
    co_await sleep(loop, 1);
    o->cancel();
    try {
      co_await o;
    } catch (PyErr& e) {
      if (is_kind(e.exc, ErrKind::CancelledError))
        out.p(std::string("main saw outer cancelled ") + (t->done() ? "True" : "False"));
    }
    Value v = co_await t;
    out.p("inner result " + std::to_string(v.i));
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(out.text() ==
        "1.000 outer cancelled\n1.000 main saw outer cancelled False\n2.000 inner completed\n2.000 inner result 7\n");
}

TEST_CASE("cancellation while waiting on a semaphore", "[core][semaphore]") {
  // build/coreown/py/s_semcancel.py
  Loop loop;
  Out out{loop};
  auto w = [&](Ref<Semaphore> sem, std::string name, double hold) -> Async {
    out.p(name + " wants");
    try {
      co_await sem->acquire();
      out.p(name + " in");
      try {
        co_await sleep(loop, hold);
      } catch (PyErr&) {
        sem->release();
        throw;
      }
      sem->release();
      out.p(name + " out");
    } catch (PyErr& e) {
      if (is_kind(e.exc, ErrKind::CancelledError))
        out.p(name + " cancelled while waiting, value " + std::to_string(sem->value()) + " locked " +
              (sem->locked() ? "True" : "False"));
      throw;
    }
    co_return Value();
  };
  auto main = [&]() -> Async {
    auto sem = make<Semaphore>(loop, 1);
    Ref<Task> a = loop.create_task(w(sem, "a", 2));
    Ref<Task> b = loop.create_task(w(sem, "b", 1));
    Ref<Task> c = loop.create_task(w(sem, "c", 1));
    co_await sleep(loop, 1);
    b->cancel();
    std::vector<Value> cs{Value::object(a), Value::object(b), Value::object(c)};
    co_await gather(loop, cs, true);
    out.p("end value " + std::to_string(sem->value()));
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(out.text() ==
        "0.000 a wants\n0.000 a in\n0.000 b wants\n0.000 c wants\n"
        "1.000 b cancelled while waiting, value 0 locked True\n"
        "2.000 a out\n2.000 c in\n3.000 c out\n3.000 end value 1\n");
}

TEST_CASE("deadlock report lists every unfinished task and what it waits on", "[core][deadlock]") {
  // build/coreown/py/s_deadlock.py: "0.000 DEADLOCK 4 tasks blocked"
  Loop loop;
  Out out{loop};
  auto w = [&](Ref<Event> ev, std::string name) -> Async {
    out.p(name + " waiting");
    co_await ev->wait();
    co_return Value();
  };
  auto s = [&](Ref<Semaphore> sem) -> Async {
    co_await sem->acquire();
    co_return Value();
  };
  auto main = [&]() -> Async {
    auto ev = make<Event>(loop);
    auto sem = make<Semaphore>(loop, 0, "gate");
    std::vector<Value> cs{w(ev, "a").value(), w(ev, "b").value(), s(sem).value()};
    co_await gather(loop, cs);
    co_return Value();
  };
  RunResult r = loop.run_main(main().named("main"));
  REQUIRE(r.status == RunResult::Deadlock);
  CHECK(r.time == 0.0);
  REQUIRE(r.blocked.size() == 4);
  CHECK(r.blocked[0].name == "Task-1");
  CHECK(r.blocked[0].coro_name == "main");
  CHECK(r.blocked[0].waiting_on == "gather (3 of 3 pending)");
  CHECK(r.blocked[1].waiting_on == "Event.wait (unset, 2 waiters)");
  CHECK(r.blocked[2].waiting_on == "Event.wait (unset, 2 waiters)");
  CHECK(r.blocked[3].waiting_on == "Semaphore.acquire (value=0, 1 waiters) 'gate'");
  CHECK(r.blocked[3].where == "in Semaphore.acquire");
  CHECK(out.text() == "0.000 a waiting\n0.000 b waiting\n");
}

TEST_CASE("asyncio.run cancels leftover tasks after main returns", "[core][run]") {
  // build/coreown/py/s_leftover.py
  Loop loop;
  Out out{loop};
  auto bg = [&](std::string name, double d) -> Async {
    bool cancelled = false;
    try {
      co_await sleep(loop, d);
      out.p(name + " woke");
    } catch (PyErr& e) {
      if (!is_kind(e.exc, ErrKind::CancelledError)) throw;
      cancelled = true;
    }
    if (cancelled) {
      out.p(name + " cancelled at shutdown");
      co_await sleep(loop, 0.5);
      out.p(name + " cleanup done");
    }
    co_return Value();
  };
  auto main = [&]() -> Async {
    loop.create_task(bg("t1", 10));
    loop.create_task(bg("t2", 0.5));
    co_await sleep(loop, 1);
    out.p("main returns");
    co_return Value::integer(5);
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(r.result.i == 5);
  CHECK(r.time == 1.5);
  CHECK(out.text() == "0.500 t2 woke\n1.000 main returns\n1.000 t1 cancelled at shutdown\n1.500 t1 cleanup done\n");
}

TEST_CASE("main raising: status Raised with the exception", "[core][run]") {
  Loop loop;
  auto main = [&]() -> Async {
    co_await sleep(loop, 0.25);
    throw PyErr{loop.make_error(ErrKind::ValueError, "bad")};
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Raised);
  CHECK(is_kind(r.exception, ErrKind::ValueError));
  CHECK(msg(r.exception) == "bad");
  CHECK(r.time == 0.25);
}

TEST_CASE("task budget gives a clear RuntimeError", "[core][budget]") {
  Loop loop(nullptr, LoopLimits{3});
  std::string err;
  auto idle = [&]() -> Async { co_return Value(); };
  auto main = [&]() -> Async {
    try {
      for (int i = 0; i < 5; ++i) loop.create_task(idle());
    } catch (PyErr& e) {
      err = msg(e.exc);
    }
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  CHECK(r.status == RunResult::Completed);
  CHECK(err == "task budget exceeded: 3 live tasks");
}

TEST_CASE("Task.cancel with a message reaches the awaiter", "[core][cancel]") {
  Loop loop;
  std::string seen;
  auto sleeper = [&]() -> Async {
    co_await sleep(loop, 5);
    co_return Value();
  };
  auto main = [&]() -> Async {
    Ref<Task> t = loop.create_task(sleeper());
    co_await sleep(loop, 1);
    CHECK(t->cancel(str("stop now")));
    try {
      co_await t;
    } catch (PyErr& e) {
      CHECK(is_kind(e.exc, ErrKind::CancelledError));
      seen = msg(e.exc);
    }
    CHECK(t->cancelled());
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  CHECK(r.status == RunResult::Completed);
  CHECK(seen == "stop now");
  CHECK(r.time == 1.0);
}

namespace {
RunResult run_semaphore_load(Loop& loop, int n, double* secs) {
  auto w = [&](Ref<Semaphore> sem, int i) -> Async {
    co_await sem->acquire();
    try {
      co_await sleep(loop, 0.01 * (i % 10 + 1));
    } catch (PyErr&) {
      sem->release();
      throw;
    }
    sem->release();
    co_return Value();
  };
  auto main = [&]() -> Async {
    auto sem = make<Semaphore>(loop, 1000);
    std::vector<Value> cs;
    cs.reserve(n);
    for (int i = 0; i < n; ++i) cs.push_back(w(sem, i).value());
    co_await gather(loop, cs);
    co_return Value();
  };
  auto t0 = std::chrono::steady_clock::now();
  RunResult r = loop.run_main(main());
  *secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}
}  // namespace

TEST_CASE("50,000 tasks through Semaphore(1000): CPython's exact final clock", "[core][perf]") {
  // build/coreown/py/perf.py: vt 2.809999999999985 (CPython takes ~4.5 s)
  Loop loop;
  double secs = 0;
  RunResult r = run_semaphore_load(loop, 50000, &secs);
  REQUIRE(r.status == RunResult::Completed);
  CHECK(r.time == 2.809999999999985);
  CHECK(loop.live_tasks() == 0);
  WARN("50k tasks: " << secs << " s");
}

namespace {
struct RecObs : Observer {
  std::vector<std::string> ev;
  int max_inside = 0, inside = 0;
  static std::string t(const Task* k) { return k ? k->name() : std::string("-"); }
  void on_task_created(const Task& k, const Task* parent) override { ev.push_back("create " + k.name() + " by " + t(parent)); }
  void on_task_blocked(const Task& k, const Future& on) override {
    ev.push_back("block " + k.name() + (on.owner() ? " on prim " + std::to_string(on.owner()) : std::string(on.is_task() ? " on task" : " on future")));
  }
  void on_task_done(const Task& k) override { ev.push_back("done " + k.name()); }
  void on_primitive_created(const Primitive& p) override { ev.push_back(std::string("prim ") + p.type_name() + " " + std::to_string(p.id())); }
  void on_enter(const Primitive& p, const Task* by) override {
    max_inside = std::max(max_inside, ++inside);
    ev.push_back("enter " + std::to_string(p.id()) + " " + t(by));
  }
  void on_leave(const Primitive& p, const Task* by) override {
    --inside;
    ev.push_back("leave " + std::to_string(p.id()) + " " + t(by));
  }
  void on_sleep(const Task* k, double until) override { ev.push_back("sleep " + t(k) + " until " + std::to_string(until)); }
  void on_time(double from, double to) override { ev.push_back("time " + std::to_string(from) + " -> " + std::to_string(to)); }
};
}  // namespace

TEST_CASE("observer sees tasks, gate enter/leave, blocking on the primitive, time", "[core][observer]") {
  Loop loop;
  RecObs obs;
  loop.set_observer(&obs);
  auto worker = [&](Ref<Semaphore> sem) -> Async {
    co_await sem->acquire();
    co_await sleep(loop, 2);
    sem->release();
    co_return Value();
  };
  auto main = [&]() -> Async {
    auto sem = make<Semaphore>(loop, 1, "gate");
    std::vector<Value> cs{worker(sem).value(), worker(sem).value()};
    co_await gather(loop, cs);
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(obs.max_inside == 1);
  CHECK(join(obs.ev) ==
        "create Task-1 by -\n"
        "prim Semaphore 1\n"
        "create Task-2 by Task-1\n"
        "create Task-3 by Task-1\n"
        "block Task-1 on future\n"
        "enter 1 Task-2\n"
        "sleep Task-2 until 2.000000\n"
        "block Task-2 on future\n"
        "block Task-3 on prim 1\n"
        "time 0.000000 -> 2.000000\n"
        "leave 1 Task-2\n"
        "done Task-2\n"
        "enter 1 Task-3\n"
        "sleep Task-3 until 4.000000\n"
        "block Task-3 on future\n"
        "time 2.000000 -> 4.000000\n"
        "leave 1 Task-3\n"
        "done Task-3\n"
        "done Task-1\n");
}

TEST_CASE("Runner steps one _run_once at a time; advance() moves the clock", "[core][run]") {
  Loop loop;
  Out out{loop};
  auto main = [&]() -> Async {
    out.p("start");
    loop.advance(0.5);  // time.sleep(0.5): blocks the loop
    out.p("after blocking sleep");
    co_await sleep(loop, 1);
    out.p("after async sleep");
    co_return Value();
  };
  Runner runner(loop, main());
  REQUIRE(loop.has_ready());
  CHECK(runner.step());  // runs main's first step
  CHECK(out.text() == "0.000 start\n0.500 after blocking sleep\n");
  CHECK_FALSE(loop.has_ready());
  REQUIRE(loop.next_deadline().has_value());
  CHECK(*loop.next_deadline() == 1.5);
  CHECK(runner.step());  // select advances to 1.5, timer -> ready, runs set_result
  CHECK(loop.time() == 1.5);
  while (runner.step()) {
  }
  REQUIRE(runner.done());
  CHECK(runner.result().status == RunResult::Completed);
  CHECK(runner.result().time == 1.5);
  CHECK(out.lines.back() == "1.500 after async sleep");
}

TEST_CASE("wait / gather cancel / wait_for cancel / swallowed cancel / wait_for(0)", "[core][tasks]") {
  // build/coreown/py/s_tasks2.py
  Loop loop;
  Out out{loop};
  auto args = [](const Value& e) {
    auto* x = core_exc(e);
    return x && !x->message.empty() ? "('" + x->message + "',)" : std::string("()");
  };
  auto job = [&](std::string name, double d, bool fail = false) -> Async {
    bool cancelled = false;
    Value cexc;
    try {
      co_await sleep(loop, d);
    } catch (PyErr& e) {
      if (!is_kind(e.exc, ErrKind::CancelledError)) throw;
      cancelled = true;
      cexc = e.exc;
    }
    if (cancelled) {
      out.p(name + " cancelled " + args(cexc));
      throw PyErr{cexc};
    }
    if (fail) {
      out.p(name + " fails");
      throw PyErr{loop.make_error(ErrKind::ValueError, name)};
    }
    out.p(name + " ok");
    co_return str(name.c_str());
  };
  auto sets = [](const Value& tup) {
    auto* t = tup.as<CoreList>();
    return std::to_string(t->items[0].as<CoreList>()->items.size()) + " " +
           std::to_string(t->items[1].as<CoreList>()->items.size());
  };
  auto parent = [&]() -> Async {
    std::vector<Value> cs{job("g1", 5).value(), job("g2", 6).value()};
    co_await gather(loop, cs);
    co_return Value();
  };
  auto caller = [&]() -> Async {
    bool c = false;
    try {
      co_await wait_for(loop, job("inner", 5).value(), 10.0);
    } catch (PyErr& e) {
      if (!is_kind(e.exc, ErrKind::CancelledError)) throw;
      c = true;
      out.p("caller saw cancel");
      throw;
    }
    (void)c;
    co_return Value();
  };
  auto stubborn = [&]() -> Async {
    try {
      co_await sleep(loop, 5);
    } catch (PyErr& e) {
      if (!is_kind(e.exc, ErrKind::CancelledError)) throw;
      out.p("stubborn ignores");
    }
    co_await sleep(loop, 1);
    co_return str("survived");
  };
  auto main = [&]() -> Async {
    std::vector<Value> ts;
    double ds[] = {3, 1, 2};
    for (int i = 0; i < 3; ++i) ts.push_back(Value::object(loop.create_task(job("w" + std::to_string(i), ds[i]))));
    Value r = co_await wait(loop, ts, 5.0, ReturnWhen::FirstCompleted);
    out.p("wait1 " + sets(r));
    r = co_await wait(loop, ts, 0.5);
    out.p("wait2 " + sets(r));
    r = co_await wait(loop, ts, std::nullopt, ReturnWhen::FirstException);
    out.p("wait3 " + sets(r));
    std::vector<Value> es{Value::object(loop.create_task(job("e1", 1, true))), Value::object(loop.create_task(job("e2", 2)))};
    r = co_await wait(loop, es, std::nullopt, ReturnWhen::FirstException);
    out.p("wait4 " + sets(r));
    co_await sleep(loop, 2);

    Ref<Task> p = loop.create_task(parent());
    co_await sleep(loop, 1);
    p->cancel(str("bye"));
    try {
      co_await p;
    } catch (PyErr& e) {
      out.p("parent cancelled " + args(e.exc));
    }

    std::vector<Value> hs{job("h1", 1).value(), job("h2", 2).value()};
    Ref<Future> g = gather(loop, hs);
    co_await sleep(loop, 0);
    out.p(std::string("gcancel ") + (g->cancel() ? "True" : "False"));
    try {
      co_await g;
    } catch (PyErr& e) {
      if (is_kind(e.exc, ErrKind::CancelledError)) out.p("gather cancelled " + args(e.exc));
    }

    Ref<Task> c = loop.create_task(caller());
    co_await sleep(loop, 1);
    c->cancel();
    std::vector<Value> cs{Value::object(c)};
    Value rr = co_await gather(loop, cs, true);
    out.p(std::string("caller result ") + rr.as<CoreList>()->items[0].obj()->type_name());

    Ref<Task> s = loop.create_task(stubborn());
    co_await sleep(loop, 1);
    s->cancel();
    Value sv = co_await s;
    out.p("stubborn result " + sv.as<CoreStr>()->s + " " + std::to_string(s->cancelling()));

    try {
      co_await wait_for(loop, job("z", 1).value(), 0.0);
    } catch (PyErr& e) {
      if (is_kind(e.exc, ErrKind::TimeoutError)) out.p("timeout0");
    }
    out.p("end");
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  REQUIRE(r.status == RunResult::Completed);
  CHECK(out.text() ==
        "1.000 w1 ok\n1.000 wait1 1 2\n1.500 wait2 1 2\n2.000 w2 ok\n3.000 w0 ok\n3.000 wait3 3 0\n"
        "4.000 e1 fails\n4.000 wait4 1 1\n5.000 e2 ok\n"
        "7.000 g1 cancelled ('bye',)\n7.000 g2 cancelled ('bye',)\n7.000 parent cancelled ('bye',)\n"
        "7.000 gcancel True\n7.000 h1 cancelled ()\n7.000 h2 cancelled ()\n7.000 gather cancelled ()\n"
        "8.000 inner cancelled ()\n8.000 caller saw cancel\n8.000 caller result CancelledError\n"
        "9.000 stubborn ignores\n10.000 stubborn result survived 1\n10.000 timeout0\n10.000 end\n");
}

TEST_CASE("scaling probe (hidden)", "[.scale]") {
  for (int n : {12500, 25000, 50000, 100000}) {
    Loop loop;
    double secs = 0;
    RunResult r = run_semaphore_load(loop, n, &secs);
    REQUIRE(r.status == RunResult::Completed);
    WARN(n << " tasks: " << secs << " s");
  }
}
