# target: 30x
# Awaiting coroutines that finish without suspending (frames pushed on the
# awaiting chain), then suspending on the loop.
import asyncio

async def leaf(i):
    return i + 1

async def mid(i):
    return await leaf(i) + await leaf(i)

async def main():
    t = 0
    for i in range(1000000):
        t += await mid(i)
    for i in range(20000):
        await asyncio.sleep(0)
    print(t)

asyncio.run(main())
