// The iterators that __await__ returns (CPython's coroutine_wrapper and
// _asyncio.FutureIter): `yield from` on one, or sending to it by hand,
// drives the awaitable, so an __await__ written as a generator can
// delegate to a coroutine or a future.
#pragma once
#include "script/objects/iterator.h"

namespace ts::vm {

// coroutine.__await__(): resumes the coroutine (any ts::Coroutine).
Value coro_await_iter(const Value& coro);
// Future.__await__() and Task.__await__(): yields the future while it is
// pending, then returns its result or
// raises its exception.
Value future_await_iter(const Value& fut);

}  // namespace ts::vm
