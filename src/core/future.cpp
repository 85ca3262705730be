#include "core/future.h"
#include "core/loop.h"
#include "core/primitives.h"

namespace ts {

// ---------------------------------------------------------------- Future

Future::Future(Loop& loop) : loop_(&loop) {
  id_ = loop.next_future_id();
  loop.link_future(this);
}

Future::~Future() {
  if (loop_) loop_->unlink_future(this);
}

Value Future::make_cancelled_error() {
  if (!cancelled_exc_.is_none()) {
    Value exc = std::move(cancelled_exc_);
    cancelled_exc_ = Value();
    return exc;
  }
  Value exc = loop_->errors().make_cancelled(cancel_message_);
  cancelled_exc_ = Value();
  return exc;
}

Outcome Future::get_result() {
  if (state_ == FutState::Cancelled) return Outcome{false, make_cancelled_error()};
  if (state_ != FutState::Finished)
    // wording of the C accelerator (_asyncio), which CPython uses
    return Outcome{false, loop_->make_error(ErrKind::InvalidStateError, "Result is not set.")};
  if (!exception_.is_none()) return Outcome{false, exception_};
  return Outcome{true, result_};
}

Outcome Future::get_exception() {
  if (state_ == FutState::Cancelled) return Outcome{false, make_cancelled_error()};
  if (state_ != FutState::Finished)
    return Outcome{false, loop_->make_error(ErrKind::InvalidStateError, "Exception is not set.")};
  return Outcome{true, exception_};
}

Value Future::result() {
  Outcome o = get_result();
  if (!o.ok) throw PyErr{std::move(o.value)};
  return std::move(o.value);
}

Value Future::exception() {
  Outcome o = get_exception();
  if (!o.ok) throw PyErr{std::move(o.value)};
  return std::move(o.value);
}

void Future::schedule_callbacks() {
  if (callbacks_.empty()) return;
  std::vector<Ref<Callback>> cbs;
  cbs.swap(callbacks_);
  Value self = Value::object(this);
  for (auto& cb : cbs) loop_->call_soon(std::move(cb), self);
}

bool Future::future_cancel(Value msg) {
  if (state_ != FutState::Pending) return false;
  state_ = FutState::Cancelled;
  cancel_message_ = std::move(msg);
  if (owner_) {
    if (Primitive* p = loop_->primitive(owner_)) p->waiter_cancelled(*this);
  }
  schedule_callbacks();
  return true;
}

bool Future::cancel(Value msg) { return future_cancel(std::move(msg)); }

void Future::set_result_unchecked(Value v) {
  if (state_ != FutState::Pending)
    loop_->raise(ErrKind::InvalidStateError, "invalid state");  // _asyncio.Future's words (C)
  result_ = std::move(v);
  state_ = FutState::Finished;
  schedule_callbacks();
}

void Future::set_exception_unchecked(Value exc) {
  if (state_ != FutState::Pending)
    loop_->raise(ErrKind::InvalidStateError, "invalid state");  // _asyncio.Future's words (C)
  exception_ = std::move(exc);
  state_ = FutState::Finished;
  schedule_callbacks();
}

void Future::set_result(Value v) {
  if (is_task_) loop_->raise(ErrKind::RuntimeError, "Task does not support set_result operation");
  set_result_unchecked(std::move(v));
}

void Future::set_exception(Value exc) {
  if (is_task_) loop_->raise(ErrKind::RuntimeError, "Task does not support set_exception operation");
  set_exception_unchecked(std::move(exc));
}

void Future::add_done_callback(Ref<Callback> fn) {
  if (state_ != FutState::Pending) {
    loop_->call_soon(std::move(fn), Value::object(this));
  } else {
    callbacks_.push_back(std::move(fn));
  }
}

size_t Future::remove_done_callback(const Callback& fn) {
  size_t before = callbacks_.size();
  size_t w = 0;
  for (size_t r = 0; r < callbacks_.size(); ++r) {
    if (callbacks_[r]->equals(fn)) continue;
    if (w != r) callbacks_[w] = std::move(callbacks_[r]);
    ++w;
  }
  callbacks_.resize(w);
  return before - w;
}

void Future::clear_for_teardown() {
  callbacks_.clear();
  result_ = Value();
  exception_ = Value();
  cancel_message_ = Value();
  cancelled_exc_ = Value();
  if (is_task_) {
    auto* t = static_cast<Task*>(this);
    t->fut_waiter_ = nullptr;
    t->coro_ = nullptr;
  }
}

// ---------------------------------------------------------------- Task

namespace {

struct TaskStepCb final : Callback {
  Task* task;  // the task is kept alive by the loop while it is not done
  explicit TaskStepCb(Task* t) : task(t) {}
  void call(Loop&, const Value&) override { task->step(Value()); }
  const char* name() const override { return "Task.__step"; }
};

struct TaskStepExcCb final : Callback {
  Ref<Task> task;
  Value exc;
  TaskStepExcCb(Task* t, Value e) : task(t), exc(std::move(e)) {}
  void call(Loop&, const Value&) override { task->step(exc); }
  const char* name() const override { return "Task.__step"; }
};

struct TaskWakeupCb final : Callback {
  Task* task;
  explicit TaskWakeupCb(Task* t) : task(t) {}
  void call(Loop&, const Value& fut) override {
    if (auto* f = static_cast<Future*>(fut.obj())) task->wakeup(*f);
  }
  const char* name() const override { return "Task.task_wakeup"; }
};

}  // namespace

Task::Task(Loop& loop, Ref<Coroutine> coro, std::string name, uint32_t task_id)
    : Future(loop), coro_(std::move(coro)), name_(std::move(name)), task_id_(task_id) {
  is_task_ = true;
  step_cb_ = Ref<Callback>(new TaskStepCb(this));
  wakeup_cb_ = Ref<Callback>(new TaskWakeupCb(this));
}

void Task::set_name(std::string n) {
  name_ = std::move(n);
  if (Observer* o = loop().observer()) o->on_task_renamed(*this);
}

Task::~Task() = default;

bool Task::cancel(Value msg) {
  if (done()) return false;
  ++num_cancels_requested_;
  if (fut_waiter_) {
    // Keep the waiter alive across its cancel (callbacks may drop it).
    Ref<Future> w = fut_waiter_;
    if (w->cancel(msg)) return true;
  }
  must_cancel_ = true;
  cancel_message_ = std::move(msg);
  return true;
}

int Task::uncancel() {
  if (num_cancels_requested_ > 0) --num_cancels_requested_;
  return num_cancels_requested_;
}

void Task::wakeup(Future& fut) {
  Outcome o = fut.get_result();
  if (o.ok) step(Value());
  else step(std::move(o.value));
}

void Task::step(Value exc) {
  Loop& loop = *loop_;
  ErrorModel& em = loop.errors();
  if (done()) loop.raise(ErrKind::InvalidStateError, "_step(): already done: " + name_);
  if (must_cancel_) {
    if (exc.is_none() || !em.is(exc, ErrKind::CancelledError)) exc = make_cancelled_error();
    must_cancel_ = false;
  }
  Ref<Task> self(this);   // stays alive through the step
  fut_waiter_ = nullptr;
  Task* prev = loop.current_task();
  if (prev) loop.raise(ErrKind::RuntimeError, "Cannot enter into task " + name_ + " while another task " + prev->name_ + " is being executed.");
  loop.enter_task(this);
  Observer* obs = internal_ ? nullptr : loop.observer();
  if (obs) obs->on_step_begin(*this);

  Step s = exc.is_none() ? coro_->resume(Resume::Send, Value()) : coro_->resume(Resume::Throw, std::move(exc));

  switch (s.kind) {
    case Step::Return:
      if (must_cancel_) {
        must_cancel_ = false;
        future_cancel(cancel_message_);
      } else {
        set_result_unchecked(std::move(s.value));
      }
      break;
    case Step::Raise:
      if (em.is(s.value, ErrKind::CancelledError)) {
        cancelled_exc_ = std::move(s.value);
        future_cancel(Value());
      } else {
        set_exception_unchecked(std::move(s.value));
      }
      break;
    case Step::Yield: {
      Future* f = s.value.is_obj() ? dynamic_cast<Future*>(s.value.obj()) : nullptr;
      if (f) {
        f->blocking_ = false;
        if (f->loop_ != loop_) {
          loop.call_soon(Ref<Callback>(new TaskStepExcCb(this, loop.make_error(ErrKind::RuntimeError,
                             "Task " + name_ + " got Future attached to a different loop"))));
        } else if (f == this) {
          loop.call_soon(Ref<Callback>(new TaskStepExcCb(this, loop.make_error(ErrKind::RuntimeError,
                             "Task cannot await on itself: " + name_))));
        } else {
          f->add_done_callback(wakeup_cb_);
          fut_waiter_ = Ref<Future>(f);
          if (obs) obs->on_task_blocked(*this, *f);
          if (must_cancel_) {
            Ref<Future> w = fut_waiter_;
            if (w->cancel(cancel_message_)) must_cancel_ = false;
          }
        }
      } else if (s.value.is_none()) {
        loop.call_soon(step_cb_);
      } else {
        loop.call_soon(Ref<Callback>(new TaskStepExcCb(this, loop.make_error(ErrKind::RuntimeError,
                           "Task got bad yield"))));
      }
      break;
    }
  }
  loop.leave_task();
  if (obs) obs->on_step_end(*this);
  if (done()) loop.task_finished(this);
}

}  // namespace ts
