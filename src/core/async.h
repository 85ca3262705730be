// Async: C++20 coroutines that implement ts::Coroutine, so the asyncio
// coroutines (Semaphore.acquire, sleep, wait_for, ...) are written like the
// Python source:
//
//   Async acquire_(Ref<Semaphore> self) {
//     ...
//     co_await fut;            // Future: suspends (yields fut to the Task)
//                              // unless already done; returns fut.result()
//                              // or throws PyErr
//     co_await other_async;    // nested `await coro` (yield from)
//     co_await yield_now();    // bare `yield` (sleep(0))
//     co_return Value::boolean(true);
//   }
//
// Python exceptions are the C++ exception PyErr{exc}. Coroutines are lazy
// (the body starts on the first resume(Send, None)), like Python's.
// C++ forbids co_await inside catch blocks: capture the exception, leave
// the handler, then await (see tasks.cpp for the patterns).
#pragma once
#include <exception>
#include <string>
#include "core/coro.h"
#include "core/future.h"
#include "core/pool.h"

namespace ts {

class AsyncCoro;
struct AsyncPromise;
using AsyncHandle = co::coroutine_handle<AsyncPromise>;

// The value returned by an Async coroutine function (owns the coroutine).
class Async {
 public:
  using promise_type = AsyncPromise;
  explicit Async(Ref<AsyncCoro> c) : coro_(std::move(c)) {}
  // Name shown in reports/traces ("Semaphore.acquire"); static string.
  Async&& named(const char* n) &&;
  const Ref<AsyncCoro>& coro() const { return coro_; }
  Ref<Coroutine> ref() const;
  operator Ref<Coroutine>() const { return ref(); }
  Value value() const;   // as a Value (object)

 private:
  Ref<AsyncCoro> coro_;
};

// Bare `yield` (what asyncio.sleep(0) does).
struct YieldNow {};
inline YieldNow yield_now() { return {}; }

struct AsyncPromise {
  // resume() -> awaiter
  Resume in_how = Resume::Send;
  Value in_val;
  // awaiter -> resume()
  Value out_yield;                 // Future to block on, or None
  Ref<Coroutine> delegate;         // `await coro` requested
  // completion
  Value result;
  Value exc;
  bool raised = false;
  const char* name = "coroutine";
  AsyncCoro* owner = nullptr;

  static void* operator new(std::size_t n) { return pool_alloc(n); }
  static void operator delete(void* p, std::size_t n) noexcept { pool_free(p, n); }
  Async get_return_object();
  co::suspend_always initial_suspend() noexcept { return {}; }
  co::suspend_always final_suspend() noexcept { return {}; }
  void return_value(Value v) { result = std::move(v); }
  void unhandled_exception();

  // ---- awaiters ----
  struct FutureAwaiter {
    AsyncPromise* p;
    Ref<Future> f;
    bool suspended = false;
    bool await_ready() const { return f->done(); }
    void await_suspend(AsyncHandle) { suspended = true; p->out_yield = Value::object(f); }
    Value await_resume();
  };
  struct CoroAwaiter {
    AsyncPromise* p;
    Ref<Coroutine> c;
    bool await_ready() const { return false; }
    void await_suspend(AsyncHandle) { p->delegate = c; }
    Value await_resume();
  };
  struct YieldAwaiter {
    AsyncPromise* p;
    bool await_ready() const { return false; }
    void await_suspend(AsyncHandle) { p->out_yield = Value(); }
    Value await_resume();
  };

  FutureAwaiter await_transform(const Ref<Future>& f) { return {this, f}; }
  FutureAwaiter await_transform(Future& f) { return {this, Ref<Future>(&f)}; }
  template <class T>
  FutureAwaiter await_transform(const Ref<T>& f) requires std::is_base_of_v<Future, T> {
    return {this, Ref<Future>(f.get())};
  }
  CoroAwaiter await_transform(Async&& a);
  CoroAwaiter await_transform(Async& a);
  CoroAwaiter await_transform(const Ref<Coroutine>& c) { return {this, c}; }
  YieldAwaiter await_transform(YieldNow) { return {this}; }
  // A Value holding a Future or a Coroutine; anything else raises
  // TypeError("object X can't be used in 'await' expression").
  struct ValueAwaiter {
    AsyncPromise* p;
    Value v;
    bool suspended = false;
    bool await_ready() const;
    void await_suspend(AsyncHandle);
    Value await_resume();
  };
  ValueAwaiter await_transform(const Value& v) { return {this, v}; }
};

class AsyncCoro final : public Coroutine, public Pooled {
 public:
  using Pooled::operator new;
  using Pooled::operator delete;
  explicit AsyncCoro(AsyncHandle h) : h_(h) {}
  ~AsyncCoro() override;
  Step resume(Resume how, Value v) override;
  std::string name() const override { return h_ ? h_.promise().name : name_after_; }
  // Innermost nested coroutine's name ("in Semaphore.acquire"), if any.
  std::string where() const override;
  void set_name(const char* n) { if (h_) h_.promise().name = n; }
  bool started() const { return started_; }
  bool finished() const { return finished_; }

 private:
  Step run_body();
  AsyncHandle h_;
  Ref<Coroutine> delegate_;
  bool started_ = false;
  bool finished_ = false;
  const char* name_after_ = "coroutine";
};


}  // namespace ts
