// Helpers for the core tests ported from CPython's test_asyncio
// (test_locks.py, test_queues.py). Owned by the core-tests helper.
//
// Style:
//  * A CPython `async def test_x(self)` of IsolatedAsyncioTestCase becomes a
//    TEST_CASE that declares a Loop FIRST (so it is destroyed last), then the
//    test's state and coroutine lambdas (in the TEST_CASE scope, so they
//    outlive every task), then runs the body as the main task with
//    run_main(loop, body()) — like IsolatedAsyncioTestCase's Runner.run():
//    create_task + run_until_complete, then cancel the leftovers.
//  * Inside coroutines use CHECK (never REQUIRE: it throws a C++ exception
//    through the coroutine machinery), and never put co_await inside a
//    CHECK(...): Catch2's assertion state is global and the task would
//    suspend in the middle of it. Await into a local first.
//  * `with self.assertRaises(E): await aw` becomes
//        Caught c; co_await capture(aw, c); CHECK(raised(loop, c, ErrKind::E));
//    capture() is a nested coroutine (`yield from`), so it adds no loop
//    iteration, exactly like an inline try/except around `await`.
//  * `async with prim:` becomes acquire()/release() (what __aenter__ /
//    __aexit__ do; they add no yields).
#pragma once
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/asyncio.h"

namespace tst {

using namespace ts;

// Outcome of an awaited awaitable or a sync call.
struct Caught {
  bool raised = false;
  Value result;  // when !raised
  Value exc;     // when raised
};

inline Value as_value(const Value& v) { return v; }
inline Value as_value(const Async& a) { return a.value(); }
template <class T>
Value as_value(const Ref<T>& r) { return Value::object(r); }

// `try: result = await aw / except BaseException as e: exc = e`
inline Async capture_(Value aw, Caught* out) {
  try {
    out->result = co_await aw;
    out->raised = false;
  } catch (PyErr& e) {
    out->raised = true;
    out->exc = e.exc;
  }
  co_return Value();
}
template <class A>
Async capture(const A& aw, Caught& out) { return capture_(as_value(aw), &out); }

// Sync: run f() and record a PyErr it throws.
template <class F>
Caught call_catch(F&& f) {
  Caught c;
  try {
    f();
  } catch (PyErr& e) {
    c.raised = true;
    c.exc = e.exc;
  }
  return c;
}

inline bool is_kind(const Value& exc, ErrKind k) {
  auto* e = core_exc(exc);
  return e && e->kind == k;
}
inline bool raised(const Caught& c, ErrKind k) { return c.raised && is_kind(c.exc, k); }
inline std::string exc_message(const Value& exc) {
  auto* e = core_exc(exc);
  return e ? e->message : std::string("<not a CoreException>");
}
inline std::string describe(const Caught& c) {
  if (!c.raised) return "no exception";
  auto* e = core_exc(c.exc);
  if (!e) return "non-CoreException";
  return std::string(err_kind_name(e->kind)) + ": " + e->message;
}

inline bool is_true(const Value& v) { return v.tag == Value::Bool && v.b; }
inline bool is_int(const Value& v, int64_t i) { return v.tag == Value::Int && v.i == i; }
inline std::string str_of(const Value& v) {
  if (auto* s = v.as<CoreStr>()) return s->s;
  return "<not a str>";
}

// Non-throwing Task/Future result (a cancelled or failed one gives None).
inline Value result_of(Future& f) {
  Outcome o = f.get_result();
  return o.ok ? o.value : Value();
}

// loop.call_soon(lambda: f())
template <class F>
Ref<Handle> call_soon(Loop& loop, F f) {
  return loop.call_soon(callback([f](Loop&, const Value&) mutable { f(); }));
}
template <class F>
Ref<Handle> call_later(Loop& loop, double delay, F f) {
  return loop.call_later(delay, callback([f](Loop&, const Value&) mutable { f(); }));
}

inline Ref<Task> create_task(Loop& loop, Async a) { return loop.create_task(a.ref()); }

// asyncio.gather(*futs, return_exceptions=...)
inline Ref<Future> gather_all(Loop& loop, const std::vector<Ref<Task>>& ts, bool return_exceptions = false) {
  std::vector<Value> aws;
  for (auto& t : ts) aws.push_back(Value::object(t));
  return gather(loop, aws, return_exceptions);
}

// The items of a gather() result (default model: CoreList).
inline std::vector<Value> list_items(const Value& v) {
  if (auto* l = v.as<CoreList>()) return l->items;
  return {};
}

// Run `body` as the main task (IsolatedAsyncioTestCase / asyncio.run) and
// require that it completed; failures inside are reported by CHECKs.
inline RunResult run_main(Loop& loop, Async body) {
  RunResult r = loop.run_main(body.ref());
  INFO("main status " << int(r.status) << " exc "
                      << (r.status == RunResult::Raised ? loop.errors().describe(r.exception) : std::string("-"))
                      << " blocked " << r.blocked.size());
  REQUIRE(r.status == RunResult::Completed);
  return r;
}

}  // namespace tst
