#include "core/taskgroups.h"
#include "core/loop.h"

namespace ts {

namespace {
// The bound method self._on_task_done: keeps the group alive until the task is done.
struct OnTaskDone final : Callback {
  Ref<TaskGroup> g;
  explicit OnTaskDone(TaskGroup* tg) : g(tg) {}
  void call(Loop&, const Value& t) override { g->on_task_done(*static_cast<Task*>(t.obj())); }
  const char* name() const override { return "TaskGroup._on_task_done"; }
};
}  // namespace

std::string TaskGroup::repr() const {
  std::string s = "<TaskGroup";
  if (!tasks_.empty()) s += " tasks=" + std::to_string(tasks_.size());
  if (!errors_.empty()) s += " errors=" + std::to_string(errors_.size());
  if (aborting_) s += " cancelling";
  else if (entered_) s += " entered";
  return s + ">";
}

bool TaskGroup::is_base_error(const Value& exc) const {
  ErrorModel& em = loop_->errors();
  return em.is(exc, ErrKind::SystemExit) || em.is(exc, ErrKind::KeyboardInterrupt);
}

Async TaskGroup::aenter() { return aenter_(Ref<TaskGroup>(this)).named("TaskGroup.__aenter__"); }
Async TaskGroup::aexit(Value exc, bool exc_is_cancelled) {
  return aexit_(Ref<TaskGroup>(this), std::move(exc), exc_is_cancelled).named("TaskGroup.__aexit__");
}

Async TaskGroup::aenter_(Ref<TaskGroup> self) {
  if (self->entered_) self->loop_->raise(ErrKind::RuntimeError, "TaskGroup " + self->repr() + " has been already entered");
  self->entered_ = true;
  Loop* running = Loop::running();
  if (!running) self->loop_->raise(ErrKind::RuntimeError, "no running event loop");
  self->loop_ = running;
  self->parent_ = Ref<Task>(running->current_task());
  if (!self->parent_)
    self->loop_->raise(ErrKind::RuntimeError, "TaskGroup " + self->repr() + " cannot determine the parent task");
  co_return Value::object(self);
}

void TaskGroup::abort() {
  aborting_ = true;
  std::vector<Ref<Task>> ts = tasks_;
  for (auto& t : ts)
    if (!t->done()) t->cancel();
}

Async TaskGroup::aexit_(Ref<TaskGroup> self, Value exc, bool exc_is_cancelled) {
  ErrorModel& em = self->loop_->errors();
  self->exiting_ = true;
  if (!exc.is_none() && self->is_base_error(exc) && self->base_error_.is_none()) self->base_error_ = exc;
  Value propagate = exc_is_cancelled ? exc : Value();
  if (self->parent_cancel_requested_) {
    // If this flag is set we *must* call uncancel().
    if (self->parent_->uncancel() == 0) propagate = Value();
  }
  if (!exc.is_none() && !self->aborting_) self->abort();
  // The waiter can be cancelled several times if the parent task is.
  while (!self->tasks_.empty()) {
    if (!self->on_completed_) self->on_completed_ = self->loop_->create_future();
    Value cancelled;
    try {
      co_await self->on_completed_;
    } catch (PyErr& e) {
      if (!em.is(e.exc, ErrKind::CancelledError)) throw;
      cancelled = e.exc;
    }
    if (!cancelled.is_none() && !self->aborting_) {
      propagate = cancelled;
      self->abort();
    }
    self->on_completed_ = nullptr;
  }
  if (!self->base_error_.is_none()) throw PyErr{self->base_error_};
  // A CancelledError propagates unless there are other errors: they win.
  if (!propagate.is_none() && self->errors_.empty()) throw PyErr{propagate};
  if (!exc.is_none() && !exc_is_cancelled) self->errors_.push_back(exc);
  if (!self->errors_.empty()) {
    std::vector<Value> errors = std::move(self->errors_);
    self->errors_.clear();
    Value me = em.make_group("unhandled errors in a TaskGroup", std::move(errors));
    em.set_cause(me, Value());   // raise me from None
    throw PyErr{me};
  }
  co_return Value();
}

Ref<Task> TaskGroup::create_task(Ref<Coroutine> coro, const std::string* name) {
  check_open();
  Ref<Task> t = loop_->create_task(std::move(coro));
  if (name) t->set_name(*name);
  t->add_done_callback(Ref<Callback>(new OnTaskDone(this)));
  tasks_.push_back(t);
  return t;
}

void TaskGroup::check_open() {
  if (!entered_) loop_->raise(ErrKind::RuntimeError, "TaskGroup " + repr() + " has not been entered");
  if (exiting_ && tasks_.empty()) loop_->raise(ErrKind::RuntimeError, "TaskGroup " + repr() + " is finished");
  if (aborting_) loop_->raise(ErrKind::RuntimeError, "TaskGroup " + repr() + " is shutting down");
}

void TaskGroup::on_task_done(Task& task) {
  for (auto it = tasks_.begin(); it != tasks_.end(); ++it)
    if (it->get() == &task) {
      tasks_.erase(it);
      break;
    }
  if (on_completed_ && tasks_.empty() && !on_completed_->done()) on_completed_->set_result(Value::boolean(true));
  if (task.cancelled()) return;
  Outcome o = task.get_exception();
  if (!o.ok || o.value.is_none()) return;
  Value exc = o.value;
  errors_.push_back(exc);
  if (is_base_error(exc) && base_error_.is_none()) base_error_ = exc;
  // CPython reports a parent that is already done to the exception handler.
  if (parent_->done()) return;
  if (!aborting_ && !parent_cancel_requested_) {
    abort();
    parent_cancel_requested_ = true;
    parent_->cancel();
  }
}

}  // namespace ts
