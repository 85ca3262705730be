# pins: Task reprs: pending with coro=<worker() running at FILE:LINE> and wait_for=, finished with result=/exception=, cancelled; Future reprs
import asyncio


async def worker(delay):
    await asyncio.sleep(delay)
    return delay * 2


async def broken():
    raise ValueError("nope")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker(1), name="w1")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t).split(" wait_for=")[0])
    await t
    print(repr(t))
    b = asyncio.create_task(broken(), name="b")
    await asyncio.sleep(0)
    print(repr(b))
    b.exception()
    c = asyncio.create_task(worker(5), name="c")
    await asyncio.sleep(0)
    c.cancel()
    print(repr(c).split(" wait_for=")[0])
    await asyncio.sleep(0)
    print(repr(c))
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    print(repr(asyncio.current_task()).split(" cb=")[0])


asyncio.run(main())
