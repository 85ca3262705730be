# pins: AsyncExitStack enters a dynamic number of async context managers and exits them LIFO; push_async_callback; pop_all
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(i):
    await asyncio.sleep(0.1 * i)
    print("open", i)
    try:
        yield i * 100
    finally:
        print("close", i, round(asyncio.get_running_loop().time(), 3))


async def cleanup(msg):
    await asyncio.sleep(0.2)
    print("async callback:", msg)


async def main():
    async with contextlib.AsyncExitStack() as stack:
        values = [await stack.enter_async_context(resource(i)) for i in range(1, 4)]
        stack.push_async_callback(cleanup, "last in, first out")
        stack.callback(print, "sync callback")
        print("values", values)
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(resource(9))
        kept = stack.pop_all()
    print("stack exited, resource 9 still open")
    await kept.aclose()


asyncio.run(main())
