// asyncio/timeouts.py (3.11.7): asyncio.timeout() / timeout_at(). At the
// deadline the task is cancelled; __aexit__ turns that CancelledError into
// TimeoutError when no other cancellation is pending (Task.uncancel() == 0).
#pragma once
#include <optional>
#include <string>
#include "core/async.h"
#include "core/future.h"
#include "core/loop.h"

namespace ts {

struct Timeout final : Obj {
  enum class State : uint8_t { Created, Entered, Expiring, Expired, Exited };
  // The loop only makes errors until __aenter__ finds the running one.
  Timeout(Loop& maker, std::optional<double> when) : loop_(&maker), when_(when) {}
  std::optional<double> when() const { return when_; }
  // RuntimeError "Timeout has not been entered", "Cannot change state of
  // expiring Timeout" unless entered.
  void reschedule(std::optional<double> when);
  bool expired() const { return state_ == State::Expiring || state_ == State::Expired; }
  // _State's value: "created", "active", "expiring", "expired", "finished"
  const char* state_value() const;
  // __aenter__ -> self (RuntimeError outside a task); __aexit__ with
  // exc_is_cancelled: the block's exception type is exactly CancelledError.
  Async aenter();
  Async aexit(bool exc_is_cancelled);
  const char* type_name() const override { return "Timeout"; }

  // --- internals ---
  void on_timeout();
  static Async aenter_(Ref<Timeout> self);
  static Async aexit_(Ref<Timeout> self, bool exc_is_cancelled);
  Loop* loop_;
  State state_ = State::Created;
  std::optional<double> when_;
  Ref<Handle> handler_;
  Ref<Task> task_;
};

}  // namespace ts
