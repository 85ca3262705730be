# pins: async with on a class with __aenter__/__aexit__ that await; __aexit__ sees the exception and can suppress it
import asyncio


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0.5)
        print("connected", self.name, asyncio.get_running_loop().time())
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.25)
        print("disconnected", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


async def main():
    async with Connection("db") as c:
        print("using", c.name)
    async with Connection("cache", suppress=True):
        raise KeyError("lost")
    print("suppressed")
    try:
        async with Connection("api"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e, asyncio.get_running_loop().time())


asyncio.run(main())
