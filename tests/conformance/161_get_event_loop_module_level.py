# pins: old-style asyncio.get_event_loop() at module level creates the loop once; run_until_complete(gather(...)); close
import asyncio


async def fetch(n):
    await asyncio.sleep(n * 0.5)
    print("fetched", n)
    return n * 10


loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop())
try:
    results = loop.run_until_complete(asyncio.gather(fetch(3), fetch(1), fetch(2)))
    print(results)
finally:
    loop.close()
print("loop closed:", loop.is_closed(), "at", loop.time())
