# pins: get_running_loop()/get_event_loop() time() is the virtual clock, starts at 0.0 and advances with sleeps
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("start", loop.time(), asyncio.get_event_loop() is loop)
    await asyncio.sleep(1.5)
    print("after 1.5", loop.time())
    t0 = loop.time()
    await asyncio.gather(asyncio.sleep(2), asyncio.sleep(3))
    print(f"gather took {loop.time() - t0:.3f}", loop.time())
    await asyncio.sleep(0)
    print("sleep(0) does not advance", loop.time())
    await asyncio.sleep(0.001)
    print(loop.time(), f"{loop.time():.6f}")
    await asyncio.sleep(100000)
    print("after a long sleep", loop.time())

asyncio.run(main())
