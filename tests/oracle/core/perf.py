import asyncio, vloop, time
N=50000
async def w(sem, i):
    async with sem:
        await asyncio.sleep(0.01 * (i % 10 + 1))
async def main():
    sem = asyncio.Semaphore(1000)
    await asyncio.gather(*(w(sem, i) for i in range(N)))
t=time.perf_counter()
loop = vloop.VLoop()
import builtins
with asyncio.Runner(loop_factory=lambda: loop) as r:
    r.run(main())
    print("vt", loop.time())
print("cpython secs", time.perf_counter()-t)
