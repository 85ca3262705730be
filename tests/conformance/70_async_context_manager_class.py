# pins: user classes with __aenter__/__aexit__ that await inside, return values, exception info and suppression
import asyncio

class Connection:
    opened = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print(self.name, "connecting")
        await asyncio.sleep(0.1)
        Connection.opened += 1
        print(self.name, "connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(self.name, "closing, exc =", repr(exc))
        await asyncio.sleep(0.05)
        Connection.opened -= 1
        return self.suppress

    async def query(self, q):
        await asyncio.sleep(0.2)
        if q == "bad":
            raise ValueError(f"bad query on {self.name}")
        return f"{self.name}:{q}"

async def session(name, q, suppress):
    try:
        async with Connection(name, suppress) as conn:
            r = await conn.query(q)
            print("result", r)
        print(name, "after block")
    except ValueError as e:
        print(name, "propagated:", e)

async def main():
    await asyncio.gather(session("c1", "select", False), session("c2", "bad", True), session("c3", "bad", False))
    print("open connections:", Connection.opened)

asyncio.run(main())
