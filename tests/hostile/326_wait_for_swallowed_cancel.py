# expect: budget: virtual time
# wait_for times out a task that swallows every cancellation and sleeps on.
import asyncio

async def stubborn():
    while True:
        try:
            await asyncio.sleep(1000)
        except asyncio.CancelledError:
            pass

async def main():
    await asyncio.wait_for(stubborn(), 1)

asyncio.run(main())
