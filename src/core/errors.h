// The core never hard-codes Python classes: it asks the loop's ErrorModel to
// make and classify exceptions, and (because the VM owns Python's data
// types) to build the few containers asyncio returns and to compare/test
// values. The default model makes CoreException objects for C++ tests.
#pragma once
#include <string>
#include <vector>
#include "core/object.h"

namespace ts {

enum class ErrKind : uint8_t {
  CancelledError,     // asyncio.CancelledError (BaseException subclass)
  TimeoutError,       // asyncio.TimeoutError is builtins.TimeoutError in 3.11
  InvalidStateError,
  RuntimeError,
  ValueError,
  TypeError,
  QueueEmpty,
  QueueFull,
  SystemExit,          // with KeyboardInterrupt: what TaskGroup and
  KeyboardInterrupt,   //   run_until_complete let through as "base errors"
  BaseExceptionGroup,
};
const char* err_kind_name(ErrKind k);

struct ErrorModel {
  virtual ~ErrorModel() = default;
  // Kind(msg); an empty msg means no arguments (e.g. `QueueEmpty()`).
  virtual Value make_error(ErrKind kind, const std::string& msg) = 0;
  // CancelledError() when msg is None, else CancelledError(msg).
  virtual Value make_cancelled(const Value& msg) = 0;
  // isinstance(exc, kind)
  virtual bool is(const Value& exc, ErrKind kind) = 0;
  // `raise exc from cause`
  virtual void set_cause(const Value& exc, const Value& cause) { (void)exc; (void)cause; }
  // "ValueError: boom" for reports.
  virtual std::string describe(const Value& exc);
  // Python truthiness (Condition.wait_for's predicate result).
  virtual bool truthy(const Value& v);
  // a < b for PriorityQueue; may throw PyErr (TypeError).
  virtual bool less(const Value& a, const Value& b);
  // Containers asyncio hands back: gather's result list, wait()'s
  // (done, pending) tuple of sets. Default: CoreList objects.
  virtual Value make_list(std::vector<Value> items);
  virtual Value make_set(std::vector<Value> items);
  virtual Value make_tuple(std::vector<Value> items);
  // A str (gather builds CancelledError('') for cancelled children).
  virtual Value make_str(const std::string& s);
  // BaseExceptionGroup(msg, excs): an ExceptionGroup when all are Exceptions
  // (TaskGroup). Default: a CoreException whose arg is make_list(excs).
  virtual Value make_group(const std::string& msg, std::vector<Value> excs);
};

// Default exceptions for C++ tests.
struct CoreException : Obj {
  ErrKind kind;
  std::string message;   // empty = no args
  Value arg;             // CancelledError(msg) with a non-string msg, else None
  Value cause;
  CoreException(ErrKind k, std::string m) : kind(k), message(std::move(m)) {}
  const char* type_name() const override { return err_kind_name(kind); }
};

// Default str for make_str (C++ tests pass cancel messages as CoreStr).
struct CoreStr : Obj {
  std::string s;
  explicit CoreStr(std::string v) : s(std::move(v)) {}
  const char* type_name() const override { return "str"; }
};
inline Value core_str(std::string s) { return Value::object(new CoreStr(std::move(s))); }

// Default container for make_list/make_set/make_tuple.
struct CoreList : Obj {
  enum Kind : uint8_t { List, Set, Tuple } kind = List;
  std::vector<Value> items;
  const char* type_name() const override { return kind == List ? "list" : kind == Set ? "set" : "tuple"; }
};

struct DefaultErrorModel : ErrorModel {
  Value make_error(ErrKind kind, const std::string& msg) override;
  Value make_cancelled(const Value& msg) override;
  bool is(const Value& exc, ErrKind kind) override;
  void set_cause(const Value& exc, const Value& cause) override;
};

// Convenience for the default model: the CoreException inside a Value, or null.
inline CoreException* core_exc(const Value& v) { return v.as<CoreException>(); }

}  // namespace ts
