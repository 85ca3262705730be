# pins: a class with __aiter__/__anext__ (awaiting inside __anext__) drives async for until StopAsyncIteration; else clause runs
import asyncio


class Ticker:
    def __init__(self, count, interval):
        self.count = count
        self.interval = interval
        self.i = 0

    def __aiter__(self):
        print("aiter called")
        return self

    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.interval)
        self.i += 1
        return self.i


async def main():
    async for n in Ticker(3, 0.5):
        print("tick", n, asyncio.get_running_loop().time())
    else:
        print("loop else")
    async for n in Ticker(5, 1):
        if n == 2:
            print("break at", n)
            break


asyncio.run(main())
