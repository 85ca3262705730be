# pins: Future.__await__() and Task.__await__() called as methods: the iterator yields the future itself while pending and returns its result; the iterator itself is not awaitable
import asyncio
import types


@types.coroutine
def via_method(awaitable):
    result = yield from awaitable.__await__()
    return result


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    first = next(it)
    print("yields itself:", first is fut, first._asyncio_future_blocking)
    fut.set_result("value")
    try:
        next(it)
    except StopIteration as e:
        print("result via StopIteration:", e.value)

    async def child():
        await asyncio.sleep(1)
        return "child result"

    task = asyncio.create_task(child())
    result = await via_method(task)
    print("awaited via method iterator:", result, loop.time())
    done_it = task.__await__()
    try:
        next(done_it)
    except StopIteration as e:
        print("done task returns at once:", e.value)
    try:
        await task.__await__()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
