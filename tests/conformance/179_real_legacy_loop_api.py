# pins: (a whole program) pre-3.7 style program: get_event_loop, ensure_future, run_until_complete(wait(...)), pending-task cleanup, loop.close in finally
import asyncio


async def download(name, size):
    loop = asyncio.get_event_loop()
    chunks = 0
    while size > 0:
        await asyncio.sleep(0.3)
        size -= 40
        chunks += 1
    print(f"{loop.time():.1f} {name} complete in {chunks} chunks")
    return name, chunks


async def monitor():
    while True:
        await asyncio.sleep(0.5)
        print("monitor: still working")


loop = asyncio.get_event_loop()
mon = asyncio.ensure_future(monitor())
jobs = [asyncio.ensure_future(download(n, s)) for n, s in [("a.iso", 100), ("b.zip", 30), ("c.tar", 150)]]
try:
    done, pending = loop.run_until_complete(asyncio.wait(jobs))
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
finally:
    mon.cancel()
    loop.run_until_complete(asyncio.gather(mon, return_exceptions=True))
    loop.close()
print("loop closed:", loop.is_closed())
