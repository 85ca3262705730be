#include "core/timeouts.h"

namespace ts {

namespace {
const char* state_value(Timeout::State s) {
  switch (s) {
    case Timeout::State::Created: return "created";
    case Timeout::State::Entered: return "active";
    case Timeout::State::Expiring: return "expiring";
    case Timeout::State::Expired: return "expired";
    case Timeout::State::Exited: return "finished";
  }
  return "?";
}

// The bound method self._on_timeout.
struct OnTimeout final : Callback {
  Ref<Timeout> t;
  explicit OnTimeout(Timeout* to) : t(to) {}
  void call(Loop&, const Value&) override { t->on_timeout(); }
  const char* name() const override { return "Timeout._on_timeout"; }
};
}  // namespace

void Timeout::reschedule(std::optional<double> when) {
  if (state_ == State::Created) loop_->raise(ErrKind::RuntimeError, "Timeout has not been entered");
  if (state_ != State::Entered)
    loop_->raise(ErrKind::RuntimeError, std::string("Cannot change state of ") + state_value() + " Timeout");
  when_ = when;
  if (handler_) handler_->cancel();
  if (!when) {
    handler_ = nullptr;
    return;
  }
  Ref<Callback> cb(new OnTimeout(this));
  handler_ = *when <= loop_->time() ? loop_->call_soon(cb) : loop_->call_at(*when, cb);
}

const char* Timeout::state_value() const { return ts::state_value(state_); }

Async Timeout::aenter() { return aenter_(Ref<Timeout>(this)).named("Timeout.__aenter__"); }
Async Timeout::aexit(bool exc_is_cancelled) { return aexit_(Ref<Timeout>(this), exc_is_cancelled).named("Timeout.__aexit__"); }

Async Timeout::aenter_(Ref<Timeout> self) {
  self->state_ = State::Entered;
  Loop* running = Loop::running();
  self->task_ = Ref<Task>(running ? running->current_task() : nullptr);
  if (!self->task_) self->loop_->raise(ErrKind::RuntimeError, "Timeout should be used inside a task");
  self->loop_ = running;
  self->reschedule(self->when_);
  co_return Value::object(self);
}

Async Timeout::aexit_(Ref<Timeout> self, bool exc_is_cancelled) {
  if (self->handler_) {
    self->handler_->cancel();
    self->handler_ = nullptr;
  }
  if (self->state_ == State::Expiring) {
    self->state_ = State::Expired;
    // No other cancellation pending: this timeout's own, so it is ours to turn into TimeoutError.
    if (self->task_->uncancel() == 0 && exc_is_cancelled) self->loop_->raise(ErrKind::TimeoutError);
  } else if (self->state_ == State::Entered) {
    self->state_ = State::Exited;
  }
  co_return Value();
}

void Timeout::on_timeout() {
  task_->cancel();
  state_ = State::Expiring;
  handler_ = nullptr;
}

}  // namespace ts
