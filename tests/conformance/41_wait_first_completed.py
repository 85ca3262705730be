# pins: asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED and timeout; pending tasks keep running
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    print("job", name, "done")
    return name

def names(tasks):
    return sorted(t.result() for t in tasks if not t.exception())

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.1), ("d", 0.5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), "pending:", len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.25)
    print("after timeout:", names(done), "pending:", len(pending))
    done, pending = await asyncio.wait(pending)
    print("all completed:", names(done), len(pending))
    tasks = [asyncio.create_task(job("x", 0.2, fail=True)), asyncio.create_task(job("y", 0.1)), asyncio.create_task(job("z", 1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", len(done), len(pending), [repr(t.exception()) for t in tasks if t.done()])
    done, pending = await asyncio.wait(pending, timeout=5)
    print("rest:", names(done), len(pending))
    done, pending = await asyncio.wait([asyncio.create_task(job("q", 2))], timeout=0.5)
    print("timed out:", len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", [t.cancelled() for t in pending])

asyncio.run(main())
