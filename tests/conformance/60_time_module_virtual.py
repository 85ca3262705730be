# pins: time.time/monotonic/perf_counter are virtual seconds since start; strftime formats virtual time as UTC
import asyncio
import time

async def main():
    print(time.time(), time.monotonic(), time.perf_counter())
    print(time.strftime("%H:%M:%S"), time.strftime("%Y-%m-%d %H:%M"))
    start = time.time()
    await asyncio.sleep(61.5)
    print(f"{time.time() - start:.1f}", time.strftime("%H:%M:%S"))
    await asyncio.sleep(3600)
    print(time.strftime("[%H:%M:%S]"), time.monotonic() - start)
    t0 = time.perf_counter()
    await asyncio.sleep(0.25)
    print(f"elapsed {time.perf_counter() - t0:.2f}s")
    await asyncio.sleep(86400 - 3661.75 + 5)
    print(time.strftime("%d %H:%M:%S"), time.time())

asyncio.run(main())
