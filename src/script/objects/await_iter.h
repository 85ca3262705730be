// The iterators that __await__ returns (CPython's coroutine_wrapper and
// _asyncio.FutureIter): `yield from` on one, or sending to it by hand,
// drives the awaitable, so an __await__ written as a generator can
// delegate to a coroutine or a future.
#pragma once
#include "script/objects/iterator.h"

namespace ts::vm {

// Whether v can be awaited (else TypeError, as CPython's
// _PyCoro_GetAwaitableIter): a coroutine or a future stays; an object with
// __await__ is replaced by the iterator that returns.
bool get_awaitable(VM& vm, Value& v);
// A Coroutine that awaits `awaitable` (what asyncio's _wrap_awaitable does
// for ensure_future(obj-with-__await__)); with_default, as anext(it, default)'s
// awaitable, it returns dflt for a StopAsyncIteration.
Value awaiting_coroutine(VM& vm, Value awaitable, bool with_default = false, Value dflt = Value());

// coroutine.__await__(): resumes the coroutine (any ts::Coroutine).
Value coro_await_iter(const Value& coro);
// Future.__await__() and Task.__await__(): yields the future while it is
// pending, then returns its result or
// raises its exception.
Value future_await_iter(const Value& fut);

}  // namespace ts::vm
