# shape: service shutdown: a stop Event ends the main loop, in-flight handlers get a grace period, stragglers are cancelled, a shielded flush completes
import asyncio


async def handler(i, cost, done):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(cost)
        done.append(i)
        print(f"{loop.time():.2f} request {i} handled")
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} request {i} aborted")
        raise


async def flush(done):
    await asyncio.sleep(0.6)
    print(f"flushed {len(done)} results to disk")


async def server(stop, inflight, done):
    i = 0
    while not stop.is_set():
        cost = [0.3, 1.5, 0.2, 4.0][i % 4]
        inflight.append(asyncio.create_task(handler(i, cost, done)))
        i += 1
        try:
            await asyncio.wait_for(stop.wait(), 0.5)
        except asyncio.TimeoutError:
            pass
    print("server stopped accepting after", i, "requests")


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    inflight = []
    done = []
    srv = asyncio.create_task(server(stop, inflight, done))
    loop.call_later(2.2, stop.set)
    await srv
    pending = [t for t in inflight if not t.done()]
    print(f"{loop.time():.2f} waiting up to 1s for {len(pending)} handlers")
    finished, still = await asyncio.wait(pending, timeout=1)
    for t in still:
        t.cancel()
    await asyncio.gather(*still, return_exceptions=True)
    await asyncio.shield(flush(done))
    print(f"{loop.time():.2f} shutdown complete, handled {sorted(done)}")


asyncio.run(main())
