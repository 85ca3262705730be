# pins: nested semaphores (outer 3, inner 1): ordering of entry into the inner gate and total duration
import asyncio

async def job(i, outer, inner):
    print(f"j{i} wants outer")
    async with outer:
        print(f"j{i} in outer")
        await asyncio.sleep(0.1)
        async with inner:
            print(f"j{i} in inner")
            await asyncio.sleep(0.5)
        print(f"j{i} out of inner")
    return i

async def main():
    outer = asyncio.Semaphore(3)
    inner = asyncio.Semaphore(1)
    loop = asyncio.get_running_loop()
    start = loop.time()
    res = await asyncio.gather(*[job(i, outer, inner) for i in range(5)])
    print(res, f"elapsed {loop.time() - start:.2f}")

asyncio.run(main())
