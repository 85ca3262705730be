// Core event-loop tests owned by the "core" helper: ordering and semantics
// checked against CPython 3.11.7 output (each expected transcript was
// produced by running the Python version of the scenario, shown in the
// comment, on a virtual-clock loop; lines are "%.3f <text>").
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/asyncio.h"

using namespace ts;

namespace {

struct Out {
  explicit Out(Loop& l) : loop(l) {}
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

// ---------------------------------------------------------------------------
// Differential fuzz against CPython. Each PROGRAM is a set of tasks in a tiny
// op language; the expected transcript is CPython 3.11.7's output for the
// same program on a virtual-clock loop (generator: build/coreown/py/fuzz.py,
// `python3 fuzz.py 7 60` + `python3 fuzz.py 5 40 cond`; see the core report). Ops per task:
//   sD      await asyncio.sleep(D)
//   AK:D    async with sems[K]: print in; await sleep(D)   / print out
//   LD      async with lock: print locked; await sleep(D)
//   wK      await wait_for(evs[K].wait(), 3); print event
//   eK cK   evs[K].set() / clear()
//   PV      await q.put(V) (Queue(2)); print put
//   G       await wait_for(q.get(), 2.5); print got
//   xJ      print cancel J tasks[J].cancel()
//   TO:D    wait_for(sleep(D, 7), O) -> print wf 7 / wf timeout
//   W       async with cond: print cwait; await wait_for(cond.wait(), 2); print cwoke
//   NK      async with cond: cond.notify(K); print notified
//           (W/N only with `python3 fuzz.py SEED N cond`)
// Each task: except CancelledError: print cancelled; raise
//            except TimeoutError: print timeout; return i
// main gathers all with return_exceptions=True and prints the result types.
namespace {
const char* kFuzzCases = R"FUZZ(
PROGRAM A0:0 G | A0:0.5 | s2 | A1:0
0.000 0 0 in 0
0.000 3 0 in 1
0.000 0 0 out 0
0.000 3 0 out 1
0.000 1 0 in 0
0.500 1 0 out 0
2.500 0 timeout
2.500 res int int int int
END
PROGRAM T0.5:3 | A0:0 w0 A0:0 w0 s0.5 | s0 w0 L1 | L1 A0:0.5 c0 | w1 | P4 e0 s2
0.000 1 0 in 0
0.000 3 0 locked
0.000 5 0 put 4
0.000 1 0 out 0
0.000 1 1 event 0
0.000 1 2 in 0
0.000 2 1 event 0
0.000 1 2 out 0
0.000 1 3 event 0
0.500 0 0 wf timeout
1.000 3 1 in 0
1.000 2 2 locked
1.500 3 1 out 0
3.000 4 timeout
3.000 res int int int int int int
END
PROGRAM s2 L0 P9 | A1:2 w1 s0 | L0 s1 e1
0.000 1 0 in 1
0.000 2 0 locked
2.000 1 0 out 1
2.000 0 1 locked
2.000 0 2 put 9
2.000 1 1 event 1
2.000 res int int int
END
PROGRAM A1:0 T1.5:0 e1 s1 s0.5 A1:0 | L1 x3 | A1:1 c1 T0.5:0 s0.5 e0 | G s1 s2 w1
0.000 0 0 in 1
0.000 1 0 locked
0.000 2 0 in 1
0.000 0 0 out 1
0.000 0 1 wf 7
1.000 1 1 cancel 3 True
1.000 2 0 out 1
1.000 3 cancelled
1.000 2 2 wf 7
1.500 0 5 in 1
1.500 0 5 out 1
1.500 res int int int CancelledError
END
PROGRAM G T0.5:1 x2 P6 A1:0 L1 | s0.5 | s1 e0 s0.5 w1
2.500 0 timeout
4.500 2 timeout
4.500 res int int int
END
PROGRAM s0.5 | A1:1 e1 s2 T1.5:1 L0 | s1 P7 | s0 A1:0.5 c0 P4 T0.5:3 G | A0:1 P8 w1 e0 G | P3 s2 A0:0 P7
0.000 1 0 in 1
0.000 4 0 in 0
0.000 5 0 put 3
0.000 3 1 in 1
0.500 3 1 out 1
0.500 3 3 put 4
1.000 1 0 out 1
1.000 4 0 out 0
1.000 3 4 wf timeout
1.000 2 1 put 7
1.000 3 5 got 3
2.000 5 2 in 0
2.000 5 2 out 0
4.000 1 3 wf 7
4.000 1 4 locked
4.000 4.000 DEADLOCK 3 tasks blocked
END
PROGRAM c1 L1 | s0 A0:1 A0:2 | A0:0 x1 L0 L1 s2 L0 | s0.5 s2 G s2 e1 s0.5
0.000 0 1 locked
0.000 2 0 in 0
0.000 2 0 out 0
0.000 2 1 cancel 1 True
0.000 1 cancelled
1.000 2 2 locked
1.000 2 3 locked
4.000 2 5 locked
5.000 3 timeout
5.000 res int CancelledError int int
END
PROGRAM P1 | P2 L0 G A1:0.5 A0:1
0.000 0 0 put 1
0.000 1 0 put 2
0.000 1 1 locked
0.000 1 2 got 1
0.000 1 3 in 1
0.500 1 3 out 1
0.500 1 4 in 0
1.500 1 4 out 0
1.500 res int int
END
PROGRAM L0 s1 x3 G x1 | s0 x1 e0 s2 e0 | s2 P1 x0 A1:0 P8 | w0 L0 c1 w1
0.000 0 0 locked
0.000 1 1 cancel 1 True
0.000 1 cancelled
0.000 3 0 event 0
0.000 3 1 locked
1.000 0 2 cancel 3 True
1.000 3 cancelled
2.000 2 1 put 1
2.000 2 2 cancel 0 True
2.000 2 3 in 1
2.000 0 3 got 1
2.000 0 4 cancel 1 False
2.000 2 3 out 1
2.000 2 4 put 8
2.000 res int CancelledError int CancelledError
END
PROGRAM c1 x1 | s0 A1:0 c1 s1 | x1 | e1 s0.5 T0.5:3 T1.5:1 s0.5 s2 | L1 s1 s1 s2 L0 | A1:0 s0.5 T0.5:0 A0:0.5
0.000 0 1 cancel 1 True
0.000 2 0 cancel 1 False
0.000 4 0 locked
0.000 5 0 in 1
0.000 5 0 out 1
0.500 5 2 wf 7
0.500 5 3 in 0
1.000 5 3 out 0
1.000 3 2 wf timeout
2.000 3 3 wf 7
5.000 4 4 locked
5.000 res int CancelledError int int int int
END
PROGRAM G G | G A0:2 c0 A0:2 x2 T0.5:1 | e0 | A0:2
0.000 3 0 in 0
2.000 3 0 out 0
2.500 1 timeout
2.500 0 timeout
2.500 res int int int int
END
PROGRAM T1.5:1 e0 w0 | T1.5:0
0.000 1 0 wf 7
1.000 0 0 wf 7
1.000 0 2 event 0
1.000 res int int
END
PROGRAM T1.5:3 P4 | w0 A0:1 s0 P8 | w0 T0.5:3
1.500 0 0 wf timeout
1.500 0 1 put 4
3.000 2 timeout
3.000 1 timeout
3.000 res int int int
END
PROGRAM L1 T1.5:3 A0:1 s0.5 L1 T0.5:0 | e1 | s0 e1 x2 w1 | L0 | L1 A1:1 A1:0.5
0.000 0 0 locked
0.000 2 2 cancel 2 True
0.000 2 3 event 1
1.000 3 0 locked
1.000 4 0 locked
2.000 4 1 in 1
2.500 0 1 wf timeout
2.500 0 2 in 0
3.000 4 1 out 1
3.000 4 2 in 1
3.500 0 2 out 0
3.500 4 2 out 1
4.000 0 4 locked
5.000 0 5 wf 7
5.000 res int int int int int
END
PROGRAM s2 s1 | e0 w0 s0 s0 A1:1 | A0:2 P7 s0.5 s2 P8 s0 | w0 s0 s1 T1.5:1 w0 e0
0.000 2 0 in 0
0.000 1 1 event 0
0.000 3 0 event 0
0.000 1 4 in 1
1.000 1 4 out 1
2.000 2 0 out 0
2.000 2 1 put 7
2.000 3 3 wf 7
2.000 3 4 event 0
4.500 2 4 put 8
4.500 res int int int int
END
PROGRAM s0 P8 x0 | w1 A0:1 A0:0.5 P7 L1 s1 | e0 | w1 | e1 e0 s0
0.000 0 1 put 8
0.000 0 2 cancel 0 True
0.000 1 0 event 1
0.000 1 1 in 0
0.000 3 0 event 1
1.000 1 1 out 0
1.000 1 2 in 0
1.500 1 2 out 0
1.500 1 3 put 7
1.500 1 4 locked
3.500 res CancelledError int int int int
END
PROGRAM T0.5:3 A1:1 c1 | L0 T0.5:1 T1.5:0 A0:2 | A0:0 w0 P4 | s1 x2 A1:2 | s2
0.000 1 0 locked
0.000 2 0 in 0
0.000 2 0 out 0
0.500 0 0 wf timeout
0.500 0 1 in 1
0.500 1 1 wf timeout
0.500 1 2 wf 7
0.500 1 3 in 0
1.000 3 1 cancel 2 True
1.000 3 2 in 1
1.000 2 cancelled
1.500 0 1 out 1
2.500 1 3 out 0
3.000 3 2 out 1
3.000 res int int CancelledError int int
END
PROGRAM A0:2 A1:0 G s1 | s0.5 c1 A0:2 A0:1 | P0 A0:1 e0 A1:2 | A1:2 x3 x4 w0 s2 | e0 e1 L0 s2
0.000 0 0 in 0
0.000 2 0 put 0
0.000 3 0 in 1
0.000 4 2 locked
2.000 3 0 out 1
2.000 3 1 cancel 3 True
2.000 3 2 cancel 4 True
2.000 0 0 out 0
2.000 0 1 in 1
2.000 4 cancelled
2.000 3 3 event 0
2.000 2 1 in 0
2.000 0 1 out 1
2.000 0 2 got 0
3.000 2 1 out 0
3.000 2 3 in 1
3.000 1 2 in 0
5.000 2 3 out 1
5.000 1 2 out 0
5.000 1 3 in 0
6.000 1 3 out 0
6.000 res int int int int CancelledError
END
PROGRAM A1:2 e1 L1 | s0.5 | A1:0.5 | x3 L0 A0:1 w1
0.000 0 0 in 1
0.000 2 0 in 1
0.000 3 0 cancel 3 True
0.000 3 1 locked
0.000 3 cancelled
0.500 2 0 out 1
2.000 0 0 out 1
2.000 0 2 locked
3.000 res int int int CancelledError
END
PROGRAM A0:0 P6 A0:2 | A0:2 A1:0.5 c0 | A0:2
0.000 0 0 in 0
0.000 0 0 out 0
0.000 0 1 put 6
0.000 1 0 in 0
2.000 1 0 out 0
2.000 1 1 in 1
2.000 2 0 in 0
2.500 1 1 out 1
4.000 2 0 out 0
4.000 0 2 in 0
6.000 0 2 out 0
6.000 res int int int
END
PROGRAM L1 G x0 s2 c1 T1.5:0 | A1:2 | P3 s0 | c1 s0 s0.5 A0:1 T1.5:3 e0 | s0.5
0.000 0 0 locked
0.000 1 0 in 1
0.000 2 0 put 3
0.500 3 3 in 0
1.000 0 1 got 3
1.000 0 2 cancel 0 True
1.000 0 cancelled
1.500 3 3 out 0
2.000 1 0 out 1
3.000 3 4 wf timeout
3.000 res CancelledError int int int int
END
PROGRAM A0:0 w1 A1:0.5 | w0 s2 c1 s0.5 | x3 s0.5 e1 A0:1 | L1 s1 P8 s2 T1.5:0 A0:1 | s2 e0 L0
0.000 0 0 in 0
0.000 2 0 cancel 3 True
0.000 0 0 out 0
0.500 2 3 in 0
0.500 0 1 event 1
0.500 0 2 in 1
1.000 0 2 out 1
1.500 2 3 out 0
2.000 4 2 locked
2.000 1 0 event 0
4.500 res int int int CancelledError int
END
PROGRAM x0 A0:2 | c0 | L1 P1 T1.5:0 s2 | A1:1 | L0 s1 s2 | w0
0.000 0 0 cancel 0 True
0.000 0 1 in 0
0.000 2 0 locked
0.000 3 0 in 1
0.000 0 cancelled
1.000 2 1 put 1
1.000 3 0 out 1
1.000 4 0 locked
1.000 2 2 wf 7
3.000 5 timeout
4.000 res CancelledError int int int int int
END
PROGRAM P4 G L0 | L1 w1 s1 P7 s2 A1:0 | s0 G s0.5 P9 | A1:0 A1:1 A0:0 | s2 T1.5:1
0.000 0 0 put 4
0.000 1 0 locked
0.000 3 0 in 1
0.000 3 0 out 1
0.000 3 1 in 1
0.000 0 1 got 4
1.000 3 1 out 1
1.000 3 2 in 0
1.000 0 2 locked
1.000 3 2 out 0
2.500 2 timeout
3.000 4 1 wf 7
4.000 1 timeout
4.000 res int int int int int
END
PROGRAM s2 s1 G P9 | A1:2 A0:0.5 | P3 L0 L1 s2 | T1.5:3 | A1:2
0.000 1 0 in 1
0.000 2 0 put 3
0.000 2 1 locked
0.000 4 0 in 1
0.000 2 2 locked
1.500 3 0 wf timeout
2.000 1 0 out 1
2.000 1 1 in 0
2.000 4 0 out 1
2.500 1 1 out 0
3.000 0 2 got 3
3.000 0 3 put 9
3.000 res int int int int int
END
PROGRAM A1:2 e0 | w0 P4 A1:1 A1:0.5 L0 A0:1 | s0 A0:0.5 e0 e0 s2 | G x0 | A0:0.5 e0 T1.5:3
0.000 0 0 in 1
0.000 4 0 in 0
0.500 4 0 out 0
0.500 2 1 in 0
0.500 1 0 event 0
0.500 1 1 put 4
0.500 1 2 in 1
0.500 3 0 got 4
0.500 3 1 cancel 0 True
0.500 0 cancelled
1.000 2 1 out 0
1.500 1 2 out 1
1.500 1 3 in 1
2.000 1 3 out 1
2.000 1 4 locked
2.000 1 5 in 0
2.000 4 2 wf timeout
3.000 1 5 out 0
3.000 res CancelledError int int int int
END
PROGRAM e0 s1 A1:1 s0.5 | s0.5 G G | c0 e0 A1:2 s0
0.000 2 2 in 1
1.000 0 2 in 1
2.000 2 2 out 1
2.000 0 2 out 1
3.000 1 timeout
3.000 res int int int
END
PROGRAM w0 e1 c1 T1.5:1 T1.5:3 w1 | L1 e1 P3 T1.5:0 | s0 L1 L0 s0 | s2 s1 P2 s1 s0.5 | s2
0.000 1 0 locked
1.000 1 2 put 3
1.000 2 1 locked
1.000 1 3 wf 7
2.000 2 2 locked
3.000 3 2 put 2
3.000 0 timeout
4.500 res int int int int int
END
PROGRAM s0 T1.5:1 s2 | x2 | G s0.5 e0 G s0.5 s0.5
0.000 1 0 cancel 2 True
1.000 0 1 wf 7
3.000 res int int CancelledError
END
PROGRAM s0.5 T0.5:0 x0 | G s2 w1 e1 w1 A1:2 | L0 s2 L1 P7 G | L0 s2 A1:0 s0.5 | x2
0.000 2 0 locked
0.000 4 0 cancel 2 True
0.000 2 cancelled
0.000 3 0 locked
0.500 0 1 wf 7
0.500 0 2 cancel 0 True
2.000 3 2 in 1
2.000 3 2 out 1
2.500 1 timeout
2.500 res CancelledError int CancelledError int int
END
PROGRAM s2 | T0.5:0 G T0.5:0 s2 A0:0.5 s1 | P2 A1:2 s2 A1:0.5 A0:0.5 | L1 c1 | P4 s0 | G T1.5:3 w0 A1:1 A1:0.5 A0:2
0.000 2 0 put 2
0.000 2 1 in 1
0.000 3 0 locked
0.000 4 0 put 4
0.000 5 0 got 2
0.000 1 0 wf 7
0.000 1 1 got 4
0.000 1 2 wf 7
1.500 5 1 wf timeout
2.000 2 1 out 1
2.000 1 4 in 0
2.500 1 4 out 0
4.000 2 3 in 1
4.500 2 3 out 1
4.500 2 4 in 0
4.500 5 timeout
5.000 2 4 out 0
5.000 res int int int int int int
END
PROGRAM e0 A1:1 | T1.5:3 s0 A1:2 L1 x0 L0 | s1
0.000 0 1 in 1
1.000 0 1 out 1
1.500 1 0 wf timeout
1.500 1 2 in 1
3.500 1 2 out 1
3.500 1 3 locked
4.500 1 4 cancel 0 False
4.500 1 5 locked
4.500 res int int int
END
PROGRAM w0 | w0 A1:0.5 s0.5 c1 | s0.5 | P6 G T0.5:3 G x3 e1
0.000 3 0 put 6
0.000 3 1 got 6
0.500 3 2 wf timeout
3.000 0 timeout
3.000 1 timeout
3.000 3 timeout
3.000 res int int int int
END
PROGRAM x0 s0 | s0.5 s0 s0.5 s0.5 | e1 G s1 s0 T1.5:3
0.000 0 0 cancel 0 True
0.000 0 cancelled
2.500 2 timeout
2.500 res CancelledError int int
END
PROGRAM A1:2 | P7 | A0:1 A0:0 | x5 T1.5:3 s2 | P8 T1.5:3 x1 s0 s0.5 G | T1.5:0 x2
0.000 0 0 in 1
0.000 1 0 put 7
0.000 2 0 in 0
0.000 3 0 cancel 5 True
0.000 4 0 put 8
1.000 2 0 out 0
1.000 2 1 in 0
1.000 2 1 out 0
1.500 3 1 wf timeout
1.500 4 1 wf timeout
1.500 4 2 cancel 1 False
2.000 0 0 out 1
2.000 4 5 got 7
3.500 res int int int int int CancelledError
END
PROGRAM A1:2 G | s0 L0 w1 P6 e0 w0 | s0 s0.5 | T0.5:0 s0 c0 | G | s0 x5 T0.5:0
0.000 0 0 in 1
0.000 1 1 locked
0.000 5 1 cancel 5 True
0.000 3 0 wf 7
0.000 5 cancelled
2.000 0 0 out 1
2.500 4 timeout
3.000 1 timeout
4.500 0 timeout
4.500 res int int int int int CancelledError
END
PROGRAM s0 T0.5:3 | A0:0.5 s0.5 A1:2 A1:1 T0.5:3 P5 | w1 e0 P0 L0 A0:0.5
0.000 1 0 in 0
0.500 1 0 out 0
0.500 0 1 wf timeout
1.000 1 2 in 1
3.000 1 2 out 1
3.000 1 3 in 1
3.000 2 timeout
4.000 1 3 out 1
4.500 1 4 wf timeout
4.500 1 5 put 5
4.500 res int int int
END
PROGRAM G s0 w1 P0 s2 | L0
0.000 1 0 locked
2.500 0 timeout
2.500 res int int
END
PROGRAM A1:0.5 A0:0.5 L0 T0.5:1 P8 | e1 | L1 | s0 A1:1 L0 A0:2 s0 A1:0.5 | e1 s2 c1 w0
0.000 0 0 in 1
0.000 2 0 locked
0.000 3 1 in 1
0.500 0 0 out 1
0.500 0 1 in 0
1.000 3 1 out 1
1.000 3 2 locked
1.000 0 1 out 0
1.000 3 3 in 0
1.000 0 2 locked
1.500 0 3 wf timeout
1.500 0 4 put 8
3.000 3 3 out 0
3.000 3 5 in 1
3.500 3 5 out 1
5.000 4 timeout
5.000 res int int int int int
END
PROGRAM e0 w1 A0:0.5 T1.5:3 | A0:1 T1.5:3 T0.5:3 s2 s0.5 | P6 A0:0 A1:2 | s2
0.000 1 0 in 0
0.000 2 0 put 6
1.000 1 0 out 0
1.000 2 1 in 0
1.000 2 1 out 0
1.000 2 2 in 1
2.500 1 1 wf timeout
3.000 2 2 out 1
3.000 0 timeout
3.000 1 2 wf timeout
5.500 res int int int int
END
PROGRAM T1.5:1 s1 e1 s0.5 x1 | w1 G e0 c0 L1 A0:2 | P2 A1:2
0.000 2 0 put 2
0.000 2 1 in 1
1.000 0 0 wf 7
2.000 2 1 out 1
2.000 1 0 event 1
2.000 1 1 got 2
2.000 1 4 locked
2.500 0 4 cancel 1 True
2.500 1 cancelled
2.500 res int CancelledError int
END
PROGRAM e1 | c0 x2 P6 G x0 | A0:0.5 | P3 w0 G L0 c0 e1 | A1:0.5 T0.5:1 w0 P9 A0:1
0.000 1 1 cancel 2 True
0.000 1 2 put 6
0.000 3 0 put 3
0.000 4 0 in 1
0.000 1 3 got 6
0.000 1 4 cancel 0 False
0.500 4 0 out 1
1.000 4 1 wf timeout
3.000 3 timeout
4.000 4 timeout
4.000 res int int CancelledError int int
END
PROGRAM A0:0 L1 e1 w0 | A1:0.5 T1.5:1 | s0 G | s0.5 G s2 L1 P2 P7
0.000 0 0 in 0
0.000 1 0 in 1
0.000 0 0 out 0
0.000 0 1 locked
0.500 1 0 out 1
1.500 1 1 wf 7
2.500 2 timeout
3.000 3 timeout
4.000 0 timeout
4.000 res int int int int
END
PROGRAM A1:1 T0.5:1 | G | A1:1 L1 e0 | x1 x3 s1 P2 w1 e0
0.000 0 0 in 1
0.000 2 0 in 1
0.000 3 0 cancel 1 True
0.000 3 1 cancel 3 True
0.000 3 cancelled
0.000 1 cancelled
1.000 0 0 out 1
1.000 2 0 out 1
1.000 2 1 locked
1.500 0 1 wf timeout
2.000 res int CancelledError int CancelledError
END
PROGRAM T1.5:1 e0 | s2 A0:0.5
1.000 0 0 wf 7
2.000 1 1 in 0
2.500 1 1 out 0
2.500 res int int
END
PROGRAM s0 e1 s0.5 w1 c0 | s2 A0:2 L0 L0 c0 | s0 s1 L1 e1 | L0 s1 e0 | e1
0.000 3 0 locked
0.500 0 3 event 1
1.000 2 2 locked
2.000 1 1 in 0
4.000 1 1 out 0
4.000 1 2 locked
4.000 1 3 locked
4.000 res int int int int int
END
PROGRAM L0 s2 e1 s1 A0:1 | A1:0 G A1:2 A1:1
0.000 0 0 locked
0.000 1 0 in 1
0.000 1 0 out 1
2.500 1 timeout
3.000 0 4 in 0
4.000 0 4 out 0
4.000 res int int
END
PROGRAM L0 A1:1 s0 P0 A1:0 A0:0 | s2 | P0 P8 e0 e0 A1:0.5
0.000 0 0 locked
0.000 2 0 put 0
0.000 2 1 put 8
0.000 2 4 in 1
0.000 0 1 in 1
0.500 2 4 out 1
1.000 0 1 out 1
2.000 2.000 DEADLOCK 2 tasks blocked
END
PROGRAM s0 L0 x0 A0:1 w1 G | L1 s0
0.000 1 0 locked
1.000 0 1 locked
1.000 0 2 cancel 0 True
1.000 0 3 in 0
1.000 0 cancelled
1.000 res CancelledError int
END
PROGRAM w0 P6 w1 L0 c0 | P8 s2 A0:0 L0 | e0 A0:0.5 L1 c0 L0 x2 | c0 P1 A1:2 e1 x0 c0 | s0
0.000 1 0 put 8
0.000 2 1 in 0
0.000 3 1 put 1
0.000 3 2 in 1
0.500 2 1 out 0
0.500 2 2 locked
1.500 2 4 locked
1.500 2 5 cancel 2 True
2.000 1 2 in 0
2.000 3 2 out 1
2.000 3 4 cancel 0 True
2.000 1 2 out 0
2.000 1 3 locked
2.000 0 cancelled
2.000 res CancelledError int CancelledError int int
END
PROGRAM A0:2 e1 A1:2 | s0 A0:2 L1 T1.5:1 A1:0 G | G w0 A1:0.5 G A0:1 | A0:0 A0:0.5 A1:1 | s2 P3 P3 A0:2 L0
0.000 0 0 in 0
2.000 0 0 out 0
2.000 0 2 in 1
2.000 4 1 put 3
2.000 4 2 put 3
2.000 3 0 in 0
2.000 3 0 out 0
2.000 1 1 in 0
2.000 2 0 got 3
4.000 1 1 out 0
4.000 1 2 locked
4.000 0 2 out 1
4.000 4 3 in 0
5.000 2 timeout
6.000 4 3 out 0
6.000 4 4 locked
6.000 3 1 in 0
6.000 1 3 wf 7
6.000 1 4 in 1
6.000 1 4 out 1
6.000 1 5 got 3
6.500 3 1 out 0
6.500 3 2 in 1
7.500 3 2 out 1
7.500 res int int int int int
END
PROGRAM P6 L0 w1 P3 A1:1 | w0 s0.5 s1 A1:2 | G A1:1 G A1:0 s0 | A0:0 s2 w0
0.000 0 0 put 6
0.000 0 1 locked
0.000 3 0 in 0
0.000 3 0 out 0
0.000 2 0 got 6
0.000 2 1 in 1
1.000 2 1 out 1
3.000 0 timeout
3.000 1 timeout
3.500 2 timeout
5.000 3 timeout
5.000 res int int int int
END
PROGRAM L1 P9 T1.5:0 | A0:2 s0 s1 | L0 G e0 c0 A0:0 T1.5:0 | G A0:0.5 s1 T0.5:3
0.000 0 0 locked
0.000 1 0 in 0
1.000 0 1 put 9
1.000 2 0 locked
1.000 3 0 got 9
1.000 0 2 wf 7
2.000 1 0 out 0
2.000 3 1 in 0
2.500 3 1 out 0
3.500 2 timeout
4.000 3 3 wf timeout
4.000 res int int int int
END
PROGRAM A1:0 | s0
0.000 0 0 in 1
0.000 0 0 out 1
0.000 res int int
END
PROGRAM P9 w0 L1 A0:1 L0 L0 | x1 c0 P2 x0 s1 x0 | T1.5:0 e1 T1.5:0 L1
0.000 0 0 put 9
0.000 1 0 cancel 1 True
0.000 1 2 put 2
0.000 1 3 cancel 0 True
0.000 1 cancelled
0.000 0 cancelled
0.000 2 0 wf 7
0.000 2 2 wf 7
0.000 2 3 locked
1.000 res CancelledError CancelledError int
END
PROGRAM A0:0.5 c0 L0 | L0 s1 w1 | G A0:1 L1
0.000 0 0 in 0
0.000 1 0 locked
0.500 0 0 out 0
0.500 0 2 locked
2.500 2 timeout
4.000 1 timeout
4.000 res int int int
END
PROGRAM T0.5:3 x0 | L1 s0.5 T1.5:1 T0.5:0 A1:0.5
0.000 1 0 locked
0.500 0 0 wf timeout
0.500 0 1 cancel 0 True
2.500 1 2 wf 7
2.500 1 3 wf 7
2.500 1 4 in 1
3.000 1 4 out 1
3.000 res CancelledError int
END
PROGRAM T0.5:3 s1 w1 s1 s2 s2 | A0:0.5 G
0.000 1 0 in 0
0.500 1 0 out 0
0.500 0 0 wf timeout
3.000 1 timeout
4.500 0 timeout
4.500 res int int
END
PROGRAM c0 e0 | P4 s0.5 e0 w0 s2 | x4 G A1:0 s2 s1 A1:0 | c0 A1:0 | A0:1 | G w0 A0:2 L0 w0 s0
0.000 1 0 put 4
0.000 2 0 cancel 4 True
0.000 3 1 in 1
0.000 3 1 out 1
0.000 2 1 got 4
0.000 2 2 in 1
0.000 2 2 out 1
0.500 1 3 event 0
2.500 5 timeout
3.000 2 5 in 1
3.000 2 5 out 1
3.000 res int int int int CancelledError int
END
PROGRAM s0 A0:0 s0.5 A1:0.5 c0 | G c0 A1:2 | w1 s0 L0 w0 G
0.000 0 1 in 0
0.000 0 1 out 0
0.500 0 3 in 1
1.000 0 3 out 1
2.500 1 timeout
3.000 2 timeout
3.000 res int int int
END
PROGRAM P8 s2 P3 | s0.5 s2 G A0:0.5 s0.5 L0 | s0 s2 s0 W | A0:0.5 | A0:0.5 s0.5 | A1:2 s0.5 A1:1 G
0.000 0 0 put 8
0.000 3 0 in 0
0.000 5 0 in 1
0.500 3 0 out 0
0.500 4 0 in 0
1.000 4 0 out 0
2.000 0 2 put 3
2.000 5 0 out 1
2.000 2 3 cwait
2.500 5 2 in 1
2.500 1 2 got 8
2.500 1 3 in 0
3.000 1 3 out 0
3.500 5 2 out 1
3.500 1 5 locked
3.500 5 3 got 3
4.000 2 timeout
4.000 res int int int int int int
END
PROGRAM w1 | A1:2 | A1:2 c0 A0:1 G s2 A0:2 | c0 | P7 | w1 P1 w1
0.000 1 0 in 1
0.000 2 0 in 1
0.000 4 0 put 7
2.000 1 0 out 1
2.000 2 0 out 1
2.000 2 2 in 0
3.000 2 2 out 0
3.000 0 timeout
3.000 5 timeout
3.000 2 3 got 7
5.000 2 5 in 0
7.000 2 5 out 0
7.000 res int int int int int int
END
PROGRAM L0 | A1:0.5 A0:1 | A0:0 e1 N1 P1 N2 s1 | L1 s0 G
0.000 0 0 locked
0.000 1 0 in 1
0.000 2 0 in 0
0.000 2 0 out 0
0.000 2 2 notified
0.000 2 3 put 1
0.000 2 4 notified
0.000 3 0 locked
0.500 1 0 out 1
0.500 1 1 in 0
1.000 3 2 got 1
1.500 1 1 out 0
1.500 res int int int int
END
PROGRAM s0.5 e1 | s1 | s2 A1:0.5 | L1 c1 L1 L0 s0.5
0.000 3 0 locked
1.000 3 2 locked
2.000 2 1 in 1
2.000 3 3 locked
2.500 2 1 out 1
2.500 res int int int int
END
PROGRAM s2 A1:0 P5 | w0 P5 w1 G A1:1 e0 | w1 A1:2 A1:1 A1:2 | x1 G c1 | w0 s1 T1.5:1
0.000 3 0 cancel 1 True
0.000 1 cancelled
2.000 0 1 in 1
2.000 0 1 out 1
2.000 0 2 put 5
2.000 3 1 got 5
3.000 2 timeout
3.000 4 timeout
3.000 res int CancelledError int int int
END
PROGRAM c1 s2 A1:0 s2 e0 A0:0 | W s0.5 s0.5 L0
0.000 1 0 cwait
2.000 0 2 in 1
2.000 0 2 out 1
2.000 1 timeout
4.000 0 5 in 0
4.000 0 5 out 0
4.000 res int int
END
PROGRAM A0:0.5 A1:0 A1:2 G | G A0:1 s1 T1.5:1 G L1 | s2 w0 W e1 | s0 A0:1 e1 L0 L1 W | A0:1 P4 L1 s1
0.000 0 0 in 0
0.500 0 0 out 0
0.500 0 1 in 1
0.500 4 0 in 0
0.500 0 1 out 1
0.500 0 2 in 1
1.500 4 0 out 0
1.500 4 1 put 4
1.500 4 2 locked
1.500 3 1 in 0
1.500 1 0 got 4
2.500 0 2 out 1
2.500 3 1 out 0
2.500 1 1 in 0
2.500 3 3 locked
2.500 3 4 locked
3.500 1 1 out 0
3.500 3 5 cwait
5.000 0 timeout
5.000 2 timeout
5.500 1 3 wf 7
5.500 3 timeout
8.000 1 timeout
8.000 res int int int int int
END
PROGRAM s0 s2 A0:0.5 | s1 A1:0 A1:0.5 P4 | L1 w0 s0.5 | A1:1 P0 L1 | P9 s0 A1:0 x4 s2 P6
0.000 2 0 locked
0.000 3 0 in 1
0.000 4 0 put 9
0.000 4 2 in 1
0.000 4 2 out 1
0.000 4 3 cancel 4 True
0.000 4 cancelled
1.000 1 1 in 1
1.000 3 0 out 1
1.000 3 1 put 0
1.000 1 1 out 1
1.000 1 2 in 1
1.000 3 2 locked
1.500 1 2 out 1
2.000 0 2 in 0
2.500 0 2 out 0
4.000 2 timeout
4.000 4.000 DEADLOCK 2 tasks blocked
END
PROGRAM c1 G G L0 x3 | A0:2 | A1:1 s2 c1 W w1 | w0 s0.5 A0:0 e0 A1:0 | c0 s0 A0:0.5 N2 | s0.5 L0
0.000 1 0 in 0
0.000 2 0 in 1
0.500 5 1 locked
1.000 2 0 out 1
2.000 1 0 out 0
2.000 4 2 in 0
2.500 4 2 out 0
2.500 4 3 notified
2.500 0 timeout
3.000 2 3 cwait
3.000 3 timeout
5.000 2 timeout
5.000 res int int int int int int
END
PROGRAM A0:2 P4 s0 P9 s2 | A1:2
0.000 0 0 in 0
0.000 1 0 in 1
2.000 0 0 out 0
2.000 0 1 put 4
2.000 1 0 out 1
2.000 0 3 put 9
4.000 res int int
END
PROGRAM A0:0.5 c0 w1 x1 A0:1 G | w0 G G | P2 s0 e0 w0 | G
0.000 0 0 in 0
0.000 2 0 put 2
0.000 3 0 got 2
0.000 1 0 event 0
0.000 2 3 event 0
0.500 0 0 out 0
2.500 1 timeout
3.500 0 timeout
3.500 res int int int int
END
PROGRAM L1 x3 W s0 w1 | G | c0 P1 W e0 | c1 A0:1 | T1.5:1 A1:1 G | W A0:0.5 P6 s0
0.000 0 0 locked
0.000 2 1 put 1
0.000 2 2 cwait
0.000 3 1 in 0
0.000 5 0 cwait
0.000 1 0 got 1
1.000 0 1 cancel 3 True
1.000 0 2 cwait
1.000 3 cancelled
1.000 4 0 wf 7
1.000 4 1 in 1
2.000 4 1 out 1
2.000 2 timeout
2.000 5 timeout
3.000 0 timeout
4.500 4 timeout
4.500 res int int int CancelledError int int
END
PROGRAM A0:2 x1 | P0 L1 x1 A1:0 s0.5 s2
0.000 0 0 in 0
0.000 1 0 put 0
0.000 1 1 locked
1.000 1 2 cancel 1 True
1.000 1 3 in 1
1.000 1 cancelled
2.000 0 0 out 0
2.000 0 1 cancel 1 False
2.000 res int CancelledError
END
PROGRAM w0 A0:1 | A1:0 A1:1 T0.5:3 L0 s1 A0:0.5 | A0:0.5 | s2 x2 c0 L1 s2 s0.5 | c0 e1
0.000 1 0 in 1
0.000 2 0 in 0
0.000 1 0 out 1
0.000 1 1 in 1
0.500 2 0 out 0
1.000 1 1 out 1
1.500 1 2 wf timeout
1.500 1 3 locked
2.000 3 1 cancel 2 False
2.000 3 3 locked
2.500 1 5 in 0
3.000 1 5 out 0
3.000 0 timeout
5.500 res int int int int int
END
PROGRAM L1 | L0 s1 T0.5:0 x3 s2 s0.5 | s2 P0 A1:2 A0:0 T0.5:0 c1 | w0 x0
0.000 0 0 locked
1.000 1 0 locked
2.000 2 1 put 0
2.000 2 2 in 1
2.000 1 2 wf 7
2.000 1 3 cancel 3 True
2.000 3 cancelled
4.000 2 2 out 1
4.000 2 3 in 0
4.000 2 3 out 0
4.000 2 4 wf 7
4.500 res int int int CancelledError
END
PROGRAM N1 w0 e1 w1 L1 | e0 x1 c0 w0 A0:1
0.000 0 0 notified
0.000 1 1 cancel 1 True
0.000 1 cancelled
3.000 0 timeout
3.000 res int CancelledError
END
PROGRAM s0 L0 P9 | A0:2 c0 c1 x0 s1 A0:1 | T0.5:3 s0.5 G e0 P6 A1:0.5 | s0.5 s2 c1 | s0
0.000 1 0 in 0
0.000 0 1 locked
0.000 0 2 put 9
0.500 2 0 wf timeout
1.000 2 2 got 9
1.000 2 4 put 6
1.000 2 5 in 1
1.500 2 5 out 1
2.000 1 0 out 0
2.000 1 3 cancel 0 False
3.000 1 5 in 0
4.000 1 5 out 0
4.000 res int int int int int
END
PROGRAM s0.5 | L1 T0.5:0 w0
0.000 1 0 locked
1.000 1 1 wf 7
4.000 1 timeout
4.000 res int int
END
PROGRAM A0:0.5 w0 | N2 w0 e0 L1 P1 A1:0.5 | w0 L0 w1 w0 | G L0
0.000 0 0 in 0
0.000 1 0 notified
0.500 0 0 out 0
2.500 3 timeout
3.000 2 timeout
3.000 1 timeout
3.500 0 timeout
3.500 res int int int int
END
PROGRAM s0.5 | c1 A0:0.5 A0:1 w1 | A0:0 e1
0.000 1 1 in 0
0.500 1 1 out 0
0.500 2 0 in 0
0.500 2 0 out 0
0.500 1 2 in 0
1.500 1 2 out 0
1.500 1 3 event 1
1.500 res int int int
END
PROGRAM s0.5 L0 | s0 | A0:1 L1 G e0 A0:0 w0 | s0 e1 w1 L0
0.000 2 0 in 0
0.000 3 2 event 1
0.000 3 3 locked
0.500 0 1 locked
1.000 2 0 out 0
1.000 2 1 locked
4.500 2 timeout
4.500 res int int int int
END
PROGRAM P5 T0.5:3 | A1:0 s1 e1 A0:1 x1 | s0 | W A1:0.5 L0 x1 A1:2 W | A0:0.5 x4 A1:0 G x5 c1 | x1 A1:0
0.000 0 0 put 5
0.000 1 0 in 1
0.000 3 0 cwait
0.000 4 0 in 0
0.000 5 0 cancel 1 True
0.000 5 1 in 1
0.000 1 cancelled
0.000 5 1 out 1
0.500 4 0 out 0
0.500 4 1 cancel 4 True
0.500 4 2 in 1
0.500 4 cancelled
0.500 0 1 wf timeout
2.000 3 timeout
2.000 res int CancelledError int int CancelledError int
END
PROGRAM e0 | e1 L1 | w0 A1:0 e1 s0
0.000 1 1 locked
0.000 2 0 event 0
0.000 2 1 in 1
0.000 2 1 out 1
1.000 res int int int
END
PROGRAM A0:2 | A0:1 P0 | s0 A1:2 x0 x2
0.000 0 0 in 0
0.000 2 1 in 1
2.000 0 0 out 0
2.000 2 1 out 1
2.000 2 2 cancel 0 False
2.000 2 3 cancel 2 True
2.000 1 0 in 0
3.000 1 0 out 0
3.000 1 1 put 0
3.000 res int int CancelledError
END
PROGRAM s0.5 | s0.5 | e0 w1 P2 | x4 T0.5:1 s0 s1 A1:0 A1:2 | s1
0.000 3 0 cancel 4 True
0.500 3 1 wf timeout
1.500 3 4 in 1
1.500 3 4 out 1
1.500 3 5 in 1
3.000 2 timeout
3.500 3 5 out 1
3.500 res int int int int CancelledError
END
PROGRAM s2 W T0.5:1 P4 s2 N1 | A1:2 e0 w1 | A0:2 s2 N2 e0
0.000 1 0 in 1
0.000 2 0 in 0
2.000 0 1 cwait
2.000 1 0 out 1
2.000 2 0 out 0
4.000 2 2 notified
4.000 0 timeout
5.000 1 timeout
5.000 res int int int
END
PROGRAM W w1 N2 | s1 s0 | G
0.000 0 0 cwait
2.000 0 timeout
2.500 2 timeout
2.500 res int int int
END
PROGRAM G s2 T0.5:0 | s2 s0 | w1 w0 s2
2.500 0 timeout
3.000 2 timeout
3.000 res int int int
END
PROGRAM e0 A1:2 G G L1 s0.5 | s0.5 L0 N1 | L1 s1 A0:0.5 P1 | c0 | x1 e1 W w0 | A1:0 s2 s0.5 P5
0.000 0 1 in 1
0.000 2 0 locked
0.000 4 0 cancel 1 True
0.000 4 2 cwait
0.000 5 0 in 1
0.000 1 cancelled
0.000 5 0 out 1
2.000 0 1 out 1
2.000 2 2 in 0
2.000 4 timeout
2.500 5 3 put 5
2.500 2 2 out 0
2.500 2 3 put 1
2.500 0 2 got 5
2.500 0 3 got 1
2.500 0 4 locked
4.000 res int CancelledError int int int int
END
PROGRAM s0 A0:2 | A1:2 W A0:1 | w1 | A0:0 s0.5
0.000 1 0 in 1
0.000 3 0 in 0
0.000 3 0 out 0
0.000 0 1 in 0
2.000 1 0 out 1
2.000 1 1 cwait
2.000 0 1 out 0
3.000 2 timeout
4.000 1 timeout
4.000 res int int int int
END
PROGRAM w0 P0 | A1:1 P8 A1:0 e1 w1 | w1 N2 G w0 e0 P8 | A1:1 G s1 s0 w0 | L0 P1 A0:1 W A1:2
0.000 1 0 in 1
0.000 3 0 in 1
0.000 4 0 locked
0.000 4 1 put 1
0.000 4 2 in 0
1.000 1 0 out 1
1.000 1 1 put 8
1.000 1 2 in 1
1.000 3 0 out 1
1.000 4 2 out 0
1.000 4 3 cwait
1.000 1 2 out 1
1.000 3 1 got 1
1.000 2 0 event 1
1.000 2 1 notified
1.000 1 4 event 1
1.000 4 3 cwoke
1.000 4 4 in 1
1.000 2 2 got 8
3.000 4 4 out 1
3.000 0 timeout
4.000 2 timeout
5.000 3 timeout
5.000 res int int int int int
END
PROGRAM s1 G e1 s0.5 c1 x0 | s0 x1 w0 L1 c0 | w0
0.000 1 1 cancel 1 True
0.000 1 cancelled
3.000 2 timeout
3.500 0 timeout
3.500 res int CancelledError int
END
PROGRAM w1 e0 w0 c0 s2 A0:1 | L1 | L1 s1 w1 | A0:1 A0:2 s1 N2 | e1 s0.5 x1 c1
0.000 1 0 locked
0.000 3 0 in 0
0.000 0 0 event 1
0.000 0 2 event 0
0.500 4 2 cancel 1 True
0.500 1 cancelled
0.500 2 0 locked
1.000 3 0 out 0
1.000 3 1 in 0
3.000 3 1 out 0
3.000 0 5 in 0
4.000 3 3 notified
4.000 0 5 out 0
5.500 2 timeout
5.500 res int CancelledError int int int
END
PROGRAM x1 L1 w0 | A0:2 w1 G A0:0.5 A1:1 | e0 T0.5:3 P5 s1 | s2 s1 P4 s1 x2 | A1:2 | s1 s0 T1.5:0 L0
0.000 0 0 cancel 1 True
0.000 0 1 locked
0.000 4 0 in 1
0.500 2 1 wf timeout
0.500 2 2 put 5
1.000 0 2 event 0
1.000 5 2 wf 7
1.000 5 3 locked
2.000 4 0 out 1
3.000 3 2 put 4
4.000 3 4 cancel 2 False
4.000 res int CancelledError int int int int
END
PROGRAM s1 e1 T0.5:1 A0:0.5 | e0 | e1
1.500 0 2 wf timeout
1.500 0 3 in 0
2.000 0 3 out 0
2.000 res int int int
END
PROGRAM A1:2 | A0:2 | e0 A0:0.5 A1:1 L1 A1:2 L0 | w1 c0 | N1 A0:2 A1:0.5 G
0.000 0 0 in 1
0.000 1 0 in 0
0.000 4 0 notified
2.000 0 0 out 1
2.000 1 0 out 0
2.000 2 1 in 0
2.500 2 1 out 0
2.500 2 2 in 1
2.500 4 1 in 0
3.000 3 timeout
3.500 2 2 out 1
3.500 2 3 locked
4.500 4 1 out 0
4.500 4 2 in 1
4.500 2 4 in 1
5.000 4 2 out 1
6.500 2 4 out 1
6.500 2 5 locked
7.500 4 timeout
7.500 res int int int int int
END
PROGRAM A1:1 | s0 A0:1 w1 e1 x4 x2 | A1:0.5 w1 L0 A0:0 s0.5 | W L1 L1 | x4 w0 s2
0.000 0 0 in 1
0.000 2 0 in 1
0.000 3 0 cwait
0.000 4 0 cancel 4 True
0.000 1 1 in 0
0.000 4 cancelled
0.500 2 0 out 1
1.000 0 0 out 1
1.000 1 1 out 0
2.000 3 timeout
3.500 2 timeout
4.000 1 timeout
4.000 res int int int int CancelledError
END
PROGRAM P7 G s0 L0 P2 | G A1:0
0.000 0 0 put 7
0.000 0 1 got 7
0.000 0 3 locked
0.000 0 4 put 2
0.000 1 0 got 2
0.000 1 1 in 1
0.000 1 1 out 1
0.000 res int int
END
PROGRAM e0 e0 A0:0 P8 | L1 A0:1 w1 | P4 w0 s0 L0 P1 s2 | L0 s2 G e0 | e1
0.000 0 2 in 0
0.000 1 0 locked
0.000 2 0 put 4
0.000 0 2 out 0
0.000 0 3 put 8
0.000 2 1 event 0
1.000 1 1 in 0
1.000 3 0 locked
1.000 2 3 locked
2.000 1 1 out 0
2.000 1 2 event 1
3.000 2 4 put 1
3.000 3 2 got 4
5.000 res int int int int int
END
PROGRAM W c0 | w0 | A0:0 L1 | P6 A0:2 | s0.5 L1 s0 A0:1 P3 x3 | x4 x5 P3 A1:0 s0.5 A0:2
0.000 0 0 cwait
0.000 2 0 in 0
0.000 3 0 put 6
0.000 5 0 cancel 4 True
0.000 5 1 cancel 5 True
0.000 5 2 put 3
0.000 5 3 in 1
0.000 2 0 out 0
0.000 2 1 locked
0.000 4 cancelled
0.000 5 cancelled
0.000 3 1 in 0
2.000 3 1 out 0
2.000 0 timeout
3.000 1 timeout
3.000 res int int int int CancelledError CancelledError
END
)FUZZ";

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> r;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      r.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  r.push_back(cur);
  return r;
}

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(' '), b = s.find_last_not_of(' ');
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

std::vector<std::string> run_fuzz_program(const std::string& prog) {
  Loop loop;
  Out out{loop};
  std::vector<std::string> specs = split(prog, '|');
  std::vector<Ref<Task>> tasks;
  Ref<Semaphore> sems[2];
  Ref<Lock> lock;
  Ref<Event> evs[2];
  Ref<Queue> q;
  Ref<Condition> cond;
  auto pr = [&](int i, int n, const std::string& s) { out.p(std::to_string(i) + " " + std::to_string(n) + " " + s); };
  auto body = [&](int i, std::string ops) -> Async {
    std::vector<std::string> toks;
    for (auto& t : split(trim(ops), ' '))
      if (!t.empty()) toks.push_back(t);
    try {
      for (int n = 0; n < static_cast<int>(toks.size()); ++n) {
        char c = toks[n][0];
        std::string arg = toks[n].substr(1);
        if (c == 's') {
          co_await sleep(loop, std::stod(arg));
        } else if (c == 'A') {
          auto parts = split(arg, ':');
          int k = std::stoi(parts[0]);
          co_await sems[k]->acquire();
          pr(i, n, "in " + parts[0]);
          try {
            co_await sleep(loop, std::stod(parts[1]));
          } catch (PyErr&) {
            sems[k]->release();
            throw;
          }
          sems[k]->release();
          pr(i, n, "out " + parts[0]);
        } else if (c == 'L') {
          co_await lock->acquire();
          pr(i, n, "locked");
          try {
            co_await sleep(loop, std::stod(arg));
          } catch (PyErr&) {
            lock->release();
            throw;
          }
          lock->release();
        } else if (c == 'w') {
          co_await wait_for(loop, evs[std::stoi(arg)]->wait().value(), 3.0);
          pr(i, n, "event " + arg);
        } else if (c == 'e') {
          evs[std::stoi(arg)]->set();
        } else if (c == 'c') {
          evs[std::stoi(arg)]->clear();
        } else if (c == 'P') {
          co_await q->put(Value::integer(std::stoi(arg)));
          pr(i, n, "put " + arg);
        } else if (c == 'G') {
          Value v = co_await wait_for(loop, q->get().value(), 2.5);
          pr(i, n, "got " + std::to_string(v.i));
        } else if (c == 'x') {
          size_t j = std::stoul(arg);
          if (j < tasks.size()) pr(i, n, "cancel " + arg + (tasks[j]->cancel() ? " True" : " False"));
        } else if (c == 'W') {
          co_await cond->acquire();
          pr(i, n, "cwait");
          try {
            co_await wait_for(loop, cond->wait().value(), 2.0);
          } catch (PyErr&) {
            cond->release();
            throw;
          }
          pr(i, n, "cwoke");
          cond->release();
        } else if (c == 'N') {
          co_await cond->acquire();
          cond->notify(std::stoi(arg));
          pr(i, n, "notified");
          cond->release();
        } else if (c == 'T') {
          auto parts = split(arg, ':');
          bool to = false;
          Value r;
          try {
            r = co_await wait_for(loop, sleep(loop, std::stod(parts[1]), Value::integer(7)).value(), std::stod(parts[0]));
          } catch (PyErr& e) {
            if (!is_kind(e.exc, ErrKind::TimeoutError)) throw;
            to = true;
          }
          pr(i, n, to ? "wf timeout" : "wf " + std::to_string(r.i));
        }
      }
    } catch (PyErr& e) {
      if (is_kind(e.exc, ErrKind::CancelledError)) {
        out.p(std::to_string(i) + " cancelled");
        throw;
      }
      if (!is_kind(e.exc, ErrKind::TimeoutError)) throw;
      out.p(std::to_string(i) + " timeout");
    }
    co_return Value::integer(i);
  };
  auto main = [&]() -> Async {
    sems[0] = make<Semaphore>(loop, 1);
    sems[1] = make<Semaphore>(loop, 2);
    lock = make<Lock>(loop);
    evs[0] = make<Event>(loop);
    evs[1] = make<Event>(loop);
    q = make<Queue>(loop, 2);
    cond = make<Condition>(loop);
    for (size_t i = 0; i < specs.size(); ++i) tasks.push_back(loop.create_task(body(static_cast<int>(i), specs[i])));
    std::vector<Value> vs;
    for (auto& t : tasks) vs.push_back(Value::object(t));
    Value res = co_await gather(loop, vs, true);
    std::string s = "res";
    for (auto& v : res.as<CoreList>()->items) s += std::string(" ") + (v.tag == Value::Int ? "int" : v.obj()->type_name());
    out.p(s);
    co_return Value();
  };
  RunResult r = loop.run_main(main());
  if (r.status == RunResult::Deadlock) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.3f %.3f DEADLOCK %zu tasks blocked", r.time, r.time, r.blocked.size());
    out.lines.push_back(buf);
  } else if (r.status == RunResult::Raised) {
    out.lines.push_back("RAISED " + loop.errors().describe(r.exception));
  }
  return out.lines;
}
}  // namespace

TEST_CASE("differential fuzz: random programs print what CPython prints", "[core][fuzz]") {
  std::vector<std::string> lines = split(kFuzzCases, '\n');
  std::string prog;
  std::vector<std::string> expect;
  int programs = 0;
  for (auto& l : lines) {
    if (l.rfind("PROGRAM ", 0) == 0) {
      prog = l.substr(8);
      expect.clear();
    } else if (l == "END") {
      ++programs;
      INFO("program: " << prog);
      CHECK(join(run_fuzz_program(prog)) == join(expect));
    } else if (!l.empty()) {
      expect.push_back(l);
    }
  }
  CHECK(programs == 100);
}

TEST_CASE("differential fuzz from $TS_FUZZ_FILE (hidden)", "[.fuzzfile]") {
  const char* path = std::getenv("TS_FUZZ_FILE");
  REQUIRE(path);
  FILE* f = std::fopen(path, "r");
  REQUIRE(f);
  std::string text;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  std::string prog;
  std::vector<std::string> expect;
  for (auto& l : split(text, '\n')) {
    if (l.rfind("PROGRAM ", 0) == 0) {
      prog = l.substr(8);
      expect.clear();
    } else if (l == "END") {
      INFO("program: " << prog);
      CHECK(join(run_fuzz_program(prog)) == join(expect));
    } else if (!l.empty()) {
      expect.push_back(l);
    }
  }
}
