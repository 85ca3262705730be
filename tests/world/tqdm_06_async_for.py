# `async for` over an async generator, wrapped in tqdm.asyncio's tqdm.
# A generator has no len(), so give total= for a percentage. With async
# for, each item is counted as soon as it arrives.
import asyncio

from tqdm.asyncio import tqdm


async def messages():
    for i in range(5):
        await asyncio.sleep(0.3)
        yield "msg-%d" % i


async def main():
    got = []
    async for m in tqdm(messages(), total=5, desc="consume", unit="msg"):
        got.append(m)
    print(got)
    async for i in tqdm(range(3), desc="sync iterable, async for"):
        await asyncio.sleep(0.5)
    print("done")


asyncio.run(main())
