// Module-level functions of asyncio/tasks.py (3.11.7) on a given loop. The
// coroutines (sleep, wait_for, wait) run on the loop running them, as
// CPython's read events.get_running_loop(); their `loop` argument only makes
// the RuntimeError "no running event loop" when they start outside one.
#pragma once
#include <optional>
#include <vector>
#include "core/async.h"
#include "core/future.h"
#include "core/loop.h"
#include "core/primitives.h"

namespace ts {

// asyncio.sleep(delay, result): delay <= 0 is a bare yield (one loop cycle).
Async sleep(Loop& loop, double delay, Value result = Value());

// asyncio.ensure_future: a Future is returned as is, a Coroutine becomes a
// Task. Throws PyErr(TypeError) otherwise.
Ref<Future> ensure_future(Loop& loop, const Value& coro_or_future);

// asyncio.gather(*aws, return_exceptions=...): returns the _GatheringFuture
// (its result is ErrorModel::make_list of the results, in argument order).
Ref<Future> gather(Loop& loop, const std::vector<Value>& aws, bool return_exceptions = false);

// asyncio.shield(aw)
Ref<Future> shield(Loop& loop, const Value& aw);

// asyncio.wait_for(aw, timeout); nullopt = None (no timeout).
Async wait_for(Loop& loop, Value aw, std::optional<double> timeout);

enum class ReturnWhen : uint8_t { FirstCompleted, FirstException, AllCompleted };
// asyncio.wait(fs, timeout=, return_when=) -> make_tuple({make_set(done), make_set(pending)}).
// Sets are built in the order of `fs` (CPython's set order is address-based).
Async wait(Loop& loop, std::vector<Value> fs, std::optional<double> timeout = std::nullopt,
           ReturnWhen return_when = ReturnWhen::AllCompleted);

// asyncio.as_completed(fs, timeout=): the futures, ensure_future'd on loop
// (a set in CPython: duplicates count once), complete into a queue. Each
// next_completed() is one _wait_for_one(): the next result in completion
// order, TimeoutError once the timeout has passed.
struct AsCompleted final : Obj {
  Loop* loop = nullptr;
  Ref<Queue> done;                   // finished futures (None: the timeout)
  std::vector<Ref<Future>> todo;
  Ref<Handle> timeout_handle;
  size_t total = 0;                  // how many _wait_for_one() to hand out
  const char* type_name() const override { return "as_completed"; }
};
Ref<AsCompleted> as_completed(Loop& loop, const std::vector<Value>& fs, std::optional<double> timeout);
Async next_completed(Ref<AsCompleted> state);

// The GatheringFuture type (cancel() cancels the children).
struct GatheringFuture final : Future {
  GatheringFuture(Loop& loop, std::vector<Ref<Future>> children);
  bool cancel(Value msg = Value()) override;
  const char* type_name() const override { return "_GatheringFuture"; }
  std::vector<Ref<Future>> children;
  bool cancel_requested = false;
};

}  // namespace ts
