import asyncio
import time

async def heartbeat(label: str):
    """Should print every 0.5 s -- if the event loop is free to run it."""
    for i in range(3):
        await asyncio.sleep(0.5)
        print(f"  [{label}] heartbeat {i} at t={time.time():.1f}")

async def sync_worker(name: str):
    print(f"{name}: calling time.sleep(1)")
    time.sleep(1)  # sync call: blocks the WHOLE event loop
    print(f"{name}: done")

async def async_worker(name: str):
    print(f"{name}: awaiting asyncio.sleep(1)")
    await asyncio.sleep(1)  # yields: other tasks run meanwhile
    print(f"{name}: done")

async def main():
    print("--- 3 workers using time.sleep (sync) ---")
    start = time.time()
    hb = asyncio.create_task(heartbeat("sync"))
    await asyncio.gather(*[sync_worker(f"sync-{i}") for i in range(3)])
    print(f"sync workers took {time.time() - start:.1f}s")
    await hb

    print("--- 3 workers using await asyncio.sleep ---")
    start = time.time()
    hb = asyncio.create_task(heartbeat("async"))
    await asyncio.gather(*[async_worker(f"async-{i}") for i in range(3)])
    print(f"async workers took {time.time() - start:.1f}s")
    await hb

asyncio.run(main())
