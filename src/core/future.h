// asyncio.Future and asyncio.Task (futures.py / tasks.py of CPython 3.11.7).
#pragma once
#include <string>
#include <vector>
#include "core/callback.h"
#include "core/coro.h"
#include "core/pool.h"

namespace ts {

class Loop;
struct Primitive;

enum class FutState : uint8_t { Pending, Cancelled, Finished };

// Non-throwing outcome of Future::result(): ok=false -> value is the exception.
struct Outcome {
  bool ok = true;
  Value value;
};

struct Future : Obj, Pooled {
  using Pooled::operator new;
  using Pooled::operator delete;
  explicit Future(Loop& loop);
  ~Future() override;

  Loop& loop() const { return *loop_; }
  uint32_t id() const { return id_; }          // per-loop future id (trace)
  FutState state() const { return state_; }
  bool done() const { return state_ != FutState::Pending; }
  bool cancelled() const { return state_ == FutState::Cancelled; }
  bool is_task() const { return is_task_; }

  // Python API. These throw PyErr like CPython (InvalidStateError,
  // CancelledError, the stored exception, RuntimeError for tasks).
  Value result();
  Value exception();
  void set_result(Value v);
  void set_exception(Value exc);
  virtual bool cancel(Value msg = Value());

  // Non-throwing variants for the VM / core.
  Outcome get_result();         // result(): ok + value, or !ok + exception
  Outcome get_exception();      // exception(): ok + exc-or-None, or !ok + raised

  // Done callbacks are called with the future as argument, each scheduled
  // with call_soon in registration order when the future completes (or
  // right away with call_soon if already done).
  void add_done_callback(Ref<Callback> fn);
  size_t remove_done_callback(const Callback& fn);
  size_t callback_count() const { return callbacks_.size(); }

  // _make_cancelled_error(): consumes the saved CancelledError if any.
  Value make_cancelled_error();
  const Value& cancel_message() const { return cancel_message_; }

  // The synchronisation primitive that created this future as a waiter
  // (0 = none), so traces and deadlock reports say "waiting at gate S".
  uint32_t owner() const { return owner_; }
  void set_owner(uint32_t prim_id) { owner_ = prim_id; }

  const char* type_name() const override { return "Future"; }

  // --- internals (used by Task, gather, the loop) ---
  void set_result_unchecked(Value v);      // skips the Task check
  void set_exception_unchecked(Value exc);
  bool future_cancel(Value msg);           // Future.cancel (not overridden)
  void schedule_callbacks();
  void clear_for_teardown();

  Loop* loop_;
  FutState state_ = FutState::Pending;
  bool is_task_ = false;
  // _asyncio_future_blocking: its __await__ iterator yielded it while
  // pending; the task that receives it clears it.
  bool blocking_ = false;
  uint32_t id_ = 0;
  uint32_t owner_ = 0;
  Value result_;
  Value exception_;
  Value cancel_message_;
  Value cancelled_exc_;
  std::vector<Ref<Callback>> callbacks_;
  // intrusive list of live futures of the loop (teardown breaks cycles)
  Future* live_prev_ = nullptr;
  Future* live_next_ = nullptr;
};

struct Task final : Future {
  // Use Loop::create_task.
  Task(Loop& loop, Ref<Coroutine> coro, std::string name, uint32_t task_id);
  ~Task() override;

  uint32_t task_id() const { return task_id_; }           // creation order in the process, from 1
  uint32_t parent_id() const { return parent_id_; }       // creating task, 0 = none
  const std::string& name() const { return name_; }
  void set_name(std::string n);  // (the observer is told)
  const Ref<Coroutine>& coro() const { return coro_; }
  Future* fut_waiter() const { return fut_waiter_.get(); }  // what it blocks on
  bool must_cancel() const { return must_cancel_; }

  bool cancel(Value msg = Value()) override;   // Task.cancel
  int cancelling() const { return num_cancels_requested_; }
  int uncancel();

  const char* type_name() const override { return "Task"; }

  // --- internals ---
  void step(Value exc);       // Task.__step(exc); exc None = send(None)
  void wakeup(Future& fut);   // Task.__wakeup
  Ref<Coroutine> coro_;
  std::string name_;
  uint32_t task_id_ = 0;
  uint32_t parent_id_ = 0;
  int num_cancels_requested_ = 0;
  bool must_cancel_ = false;
  bool internal_ = false;     // runner's shutdown tasks: not reported to observers
  bool shutdown_cancelled_ = false;  // cancelled by asyncio.run's _cancel_all_tasks (the page's "killed")
  Ref<Future> fut_waiter_;
  Value context;              // the contextvars.Context it runs in (the script layer's; opaque here)
  Ref<Callback> step_cb_;     // call_soon(self.__step)
  Ref<Callback> wakeup_cb_;   // add_done_callback(self.__wakeup)
  Task* task_prev_ = nullptr; // intrusive list of not-done tasks (creation order)
  Task* task_next_ = nullptr;
};

}  // namespace ts
