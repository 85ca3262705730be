# pins: __await__ delegating with yield from to a Future's and a coroutine's __await__; the awaited value flows back
import asyncio


class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut.__await__()
        extra = yield from asyncio.sleep(0.5, result="+slept").__await__()
        return result + extra


async def main():
    print(await Delayed("first", 1))
    print(asyncio.get_running_loop().time())
    print(await asyncio.wait_for(Delayed("second", 0.25), 5))
    print(asyncio.get_running_loop().time())


asyncio.run(main())
