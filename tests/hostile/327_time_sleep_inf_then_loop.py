# expect: budget: virtual time
# time.sleep(inf) and then an asyncio.sleep: CPython's loop spins with the clock at inf.
import asyncio
import time

async def main():
    time.sleep(float("inf"))
    await asyncio.sleep(1)
    print("after")

asyncio.run(main())
