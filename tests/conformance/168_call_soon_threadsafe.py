# pins: call_soon_threadsafe from the loop's own thread behaves like call_soon (FIFO with call_soon), also from inside a task
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon_threadsafe(print, "threadsafe 1")
    loop.call_soon(print, "plain")
    loop.call_soon_threadsafe(print, "threadsafe 2")
    loop.call_later(1.5, lambda: loop.call_soon_threadsafe(fut.set_result, "from timer"))
    print("waiting")
    print("got", await fut, "at", loop.time())


asyncio.run(main())
