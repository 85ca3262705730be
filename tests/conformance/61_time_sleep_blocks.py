# pins: time.sleep inside a coroutine blocks the whole loop: overdue timers fire late, all at the new time
import asyncio
import time

async def ticker():
    for i in range(4):
        await asyncio.sleep(0.5)
        print("tick", i, f"{time.time():.2f}")

async def blocker():
    await asyncio.sleep(0.2)
    print("blocker: sync sleep 1.5s starts")
    time.sleep(1.5)
    print("blocker: sync sleep done")
    await asyncio.sleep(0)
    print("blocker: yielded")

async def main():
    await asyncio.gather(ticker(), blocker())
    start = time.time()
    for i in range(3):
        time.sleep(0.25)
    print(f"three sync sleeps: {time.time() - start:.2f}s")
    try:
        time.sleep(-1)
    except ValueError as e:
        print("ValueError:", e)

time.sleep(2)
print("module-level sync sleep advanced the clock:", time.time())
asyncio.run(main())
