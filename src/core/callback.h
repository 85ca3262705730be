// Callbacks are objects so the VM can pass Python callables to call_soon /
// add_done_callback, and the core can schedule its own without std::function.
#pragma once
#include <utility>
#include "core/object.h"
#include "core/pool.h"

namespace ts {

class Loop;

struct Callback : Obj, Pooled {
  using Pooled::operator new;
  using Pooled::operator delete;
  // Called by the loop with the handle's argument (for done callbacks: the
  // future). May throw PyErr; the loop reports it like CPython's
  // "Exception in callback" (Loop::set_exception_handler) and goes on.
  virtual void call(Loop& loop, const Value& arg) = 0;
  // remove_done_callback compares with ==; the VM overrides this for bound
  // methods. Default: identity.
  virtual bool equals(const Callback& o) const { return this == &o; }
  // For traces/reports.
  virtual const char* name() const { return "callback"; }
  const char* type_name() const override { return "callback"; }
};

template <class F>
struct FnCallback final : Callback {
  F fn;
  explicit FnCallback(F f) : fn(std::move(f)) {}
  void call(Loop& loop, const Value& arg) override { fn(loop, arg); }
};

// callback([](Loop&, const Value& arg) { ... })
template <class F>
Ref<Callback> callback(F f) { return Ref<Callback>(new FnCallback<F>(std::move(f))); }

// Condition.wait_for's predicate: a zero-argument callable returning a
// value tested with ErrorModel::truthy. May throw PyErr.
struct Predicate : Obj {
  virtual Value call(Loop& loop) = 0;
  const char* type_name() const override { return "predicate"; }
};

template <class F>
struct FnPredicate final : Predicate {
  F fn;
  explicit FnPredicate(F f) : fn(std::move(f)) {}
  Value call(Loop& loop) override { return fn(loop); }
};

template <class F>
Ref<Predicate> predicate(F f) { return Ref<Predicate>(new FnPredicate<F>(std::move(f))); }

}  // namespace ts
