# expect: budget: steps
# while True: await asyncio.sleep(0): the clock never moves.
import asyncio

async def main():
    while True:
        await asyncio.sleep(0)

asyncio.run(main())
