# pins: @asynccontextmanager with awaits before and after yield; nested in async with; exception seen inside the generator
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def lease(name, hold):
    await asyncio.sleep(0.5)
    print("acquired", name, asyncio.get_running_loop().time())
    try:
        yield f"lease-{name}"
    except RuntimeError as e:
        print("lease saw", repr(e))
        raise
    finally:
        await asyncio.sleep(hold)
        print("released", name, asyncio.get_running_loop().time())


async def main():
    async with lease("a", 0.25) as a, lease("b", 0.5) as b:
        print("holding", a, b)
    try:
        async with lease("c", 0):
            raise RuntimeError("fail while holding")
    except RuntimeError:
        print("re-raised to caller")


asyncio.run(main())
