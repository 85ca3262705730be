# pins: an unseeded run uses the runner's default seed (0 for both runners) and random in tasks is deterministic
import asyncio
import random

async def jitter(i):
    d = random.uniform(0.1, 1.0)
    await asyncio.sleep(d)
    print(f"task {i} slept {d:.3f}")
    return random.randint(1, 100)

async def main():
    print("first draw", random.random())
    print(await asyncio.gather(*[jitter(i) for i in range(5)]))
    print([random.randint(1, 6) for _ in range(5)])

asyncio.run(main())
