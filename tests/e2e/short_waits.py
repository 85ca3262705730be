# Three workers take one Lock for 3 ms each round; they arrive 1 ms apart,
# so every round two of them wait 2 and 4 ms at the lock. Rounds start every
# 0.3 s: with the whole 6 s run on screen, each wait is far narrower than a
# pixel (the timeline must still show it).
import asyncio

async def worker(name, lock, delay):
    loop = asyncio.get_running_loop()
    for r in range(20):
        await asyncio.sleep(r * 0.3 + delay - loop.time())
        async with lock:
            await asyncio.sleep(0.003)
    print(f"{name}: done")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(f"Worker-{i}", lock, 0.001 * i) for i in range(3)))

asyncio.run(main())
