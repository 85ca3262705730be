// asyncio/taskgroups.py (3.11.7): TaskGroup. A failing child cancels its
// siblings and the parent task; __aexit__ waits for every child and raises
// BaseExceptionGroup('unhandled errors in a TaskGroup', errors) (an
// ExceptionGroup when all are Exceptions, made by the ErrorModel).
#pragma once
#include <string>
#include <vector>
#include "core/async.h"
#include "core/future.h"

namespace ts {

class Loop;

struct TaskGroup final : Obj {
  // The loop only makes errors until __aenter__ binds the running one.
  explicit TaskGroup(Loop& maker) : loop_(&maker) {}
  // "<TaskGroup tasks=2 entered>"
  std::string repr() const;
  // __aenter__ -> self; __aexit__(exc) with exc None or the exception
  // leaving the block (exc_is_cancelled: its type is exactly CancelledError).
  Async aenter();
  Async aexit(Value exc, bool exc_is_cancelled);
  // create_task(coro, name=...): RuntimeError when not entered, finished or
  // shutting down; the name is set after creation (it takes a Task-N number).
  Ref<Task> create_task(Ref<Coroutine> coro, const std::string* name);
  // create_task's RuntimeErrors, checked before the coroutine.
  void check_open();
  const char* type_name() const override { return "TaskGroup"; }

  // --- internals ---
  void abort();
  void on_task_done(Task& t);
  bool is_base_error(const Value& exc) const;
  static Async aenter_(Ref<TaskGroup> self);
  static Async aexit_(Ref<TaskGroup> self, Value exc, bool exc_is_cancelled);
  Loop* loop_;
  bool entered_ = false, exiting_ = false, aborting_ = false, parent_cancel_requested_ = false;
  Ref<Task> parent_;
  std::vector<Ref<Task>> tasks_;   // a set in CPython; kept in creation order
  std::vector<Value> errors_;
  Value base_error_;
  Ref<Future> on_completed_;
};

}  // namespace ts
