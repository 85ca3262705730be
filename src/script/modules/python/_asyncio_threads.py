"""loop.run_in_executor and asyncio.to_thread (CPython 3.11's behaviour),
for Turnstile's native asyncio: the work runs in a ThreadPoolExecutor, and
its concurrent future is chained to an asyncio future through
call_soon_threadsafe (asyncio.futures.wrap_future)."""

import asyncio
import concurrent.futures
import threading

_default_executors = {}   # id(loop) -> (loop, its default executor, made on first use)


def _copy_state(dest, source):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exception = source.exception()
    if exception is not None:
        dest.set_exception(exception)
    else:
        dest.set_result(source.result())


def wrap_future(future, loop):
    new_future = loop.create_future()

    def _call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    def _call_set_state(source):
        if new_future.cancelled() and loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy_state, new_future, source)

    new_future.add_done_callback(_call_check_cancel)
    future.add_done_callback(_call_set_state)
    return new_future


def run_in_executor(loop, executor, func, *args):
    if executor is None:
        entry = _default_executors.get(id(loop))
        if entry is None:
            entry = (loop, concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio'))
            _default_executors[id(loop)] = entry
        executor = entry[1]
    return wrap_future(executor.submit(func, *args), loop)


def shutdown_default_executor(loop):
    # asyncio.run's last step: the default executor shuts down (waiting for
    # its work) in a thread, whose end sets the future the runner awaits.
    entry = _default_executors.pop(id(loop), None)
    if entry is None:
        return None
    executor = entry[1]
    future = loop.create_future()

    def do_shutdown():
        try:
            executor.shutdown(wait=True)
            loop.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            loop.call_soon_threadsafe(future.set_exception, ex)

    threading.Thread(target=do_shutdown).start()
    return future


async def to_thread(func, /, *args, **kwargs):
    """func(*args, **kwargs) in the default executor, in a copy of the
    caller's contextvars context (run_in_executor does not copy it)."""
    import contextvars  # here, not at the top: a script that never uses it does not pay for it

    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(None, lambda: ctx.run(func, *args, **kwargs))
