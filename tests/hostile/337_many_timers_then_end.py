# expect: ok
# 200,000 call_later timers at random times, all run in order.
import asyncio
import random

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    for i in range(200000):
        loop.call_later(random.random() * 100, fired.append, i)
    await asyncio.sleep(101)
    print(len(fired), fired[:3])

asyncio.run(main())
