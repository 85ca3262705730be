# pins: (a whole program) low-level futures: a callback-style API (call_later completes a Future) wrapped for await, with done callbacks and chaining
import asyncio


def lookup_later(loop, key, delay, fail=False):
    fut = loop.create_future()

    def complete():
        if fail:
            fut.set_exception(LookupError(key))
        else:
            fut.set_result(key.upper())

    loop.call_later(delay, complete)
    return fut


def report(fut):
    if fut.exception() is not None:
        print("  callback: failed with", repr(fut.exception()))
    else:
        print("  callback: got", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    f1 = lookup_later(loop, "alpha", 0.5)
    f1.add_done_callback(report)
    print("awaited", await f1, "at", loop.time())
    f2 = lookup_later(loop, "beta", 0.25, fail=True)
    f2.add_done_callback(report)
    try:
        await f2
    except LookupError as e:
        print("awaited error", repr(e), "at", loop.time())
    chain = loop.create_future()
    f3 = lookup_later(loop, "gamma", 1)
    f3.add_done_callback(lambda f: chain.set_result(f.result() + "!"))
    print("chained", await chain, "at", loop.time())
    f4 = loop.create_future()
    f4.add_done_callback(report)
    f4.remove_done_callback(report)
    f4.cancel()
    print("f4 cancelled:", f4.cancelled())


asyncio.run(main())
