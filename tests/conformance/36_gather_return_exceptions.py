# pins: gather(return_exceptions=True) puts exception objects in the result list; siblings all finish
import asyncio

class Flaky(Exception):
    pass

async def work(i):
    await asyncio.sleep(0.1 * (i % 3))
    if i % 4 == 1:
        raise Flaky(f"job {i} failed")
    if i == 6:
        raise ValueError(i)
    print("ok", i)
    return i * i

async def main():
    results = await asyncio.gather(*[work(i) for i in range(8)], return_exceptions=True)
    print(results)
    ok = [r for r in results if not isinstance(r, Exception)]
    bad = [r for r in results if isinstance(r, Exception)]
    print(len(ok), "ok", len(bad), "failed:", [str(e) for e in bad])
    print([type(r).__name__ for r in results])

asyncio.run(main())
