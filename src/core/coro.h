// The coroutine protocol every awaitable speaks (Python's generator protocol).
// Tasks drive Coroutines; the VM's Python coroutines and the core's C++
// coroutines both implement it. C++20 coroutine support comes from
// <coroutine> on g++ and <experimental/coroutine> on Emscripten's libc++ 13.
#pragma once
#include <string>
#include "core/object.h"

#if __has_include(<coroutine>)
#include <coroutine>
namespace ts::co { using std::coroutine_handle; using std::suspend_always; using std::suspend_never; using std::noop_coroutine; }
#else
#include <experimental/coroutine>
namespace ts::co { using std::experimental::coroutine_handle; using std::experimental::suspend_always; using std::experimental::suspend_never; using std::experimental::noop_coroutine; }
#endif

namespace ts {

// How a suspended coroutine is resumed: with a value (Python `send`) or by
// raising an exception at its suspension point (Python `throw`).
enum class Resume : uint8_t { Send, Throw };

// What one resumption produced.
struct Step {
  enum Kind : uint8_t {
    Yield,   // suspended; value is the Future it blocks on, or None (bare yield)
    Return,  // finished; value is the result
    Raise,   // finished by an exception; value is the exception object
  };
  Kind kind = Return;
  Value value;
  static Step yield(Value v) { return Step{Yield, std::move(v)}; }
  static Step ret(Value v) { return Step{Return, std::move(v)}; }
  static Step raise(Value e) { return Step{Raise, std::move(e)}; }
};

struct Coroutine : Obj {
  // First call must be resume(Resume::Send, None).
  virtual Step resume(Resume how, Value v) = 0;
  // Python-ish name for reports and traces, e.g. "worker" or "Semaphore.acquire".
  virtual std::string name() const = 0;
  // Where it is suspended, for deadlock reports ("line 12"); may be empty.
  virtual std::string where() const { return {}; }
  const char* type_name() const override { return "coroutine"; }
};

// A Python exception travelling through C++ code (only C++ coroutines and
// native helpers throw it; the VM unwinds its own frames without it).
struct PyErr {
  Value exc;
};

}  // namespace ts
