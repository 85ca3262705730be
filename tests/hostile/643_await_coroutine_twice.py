# expect: RuntimeError: cannot reuse already awaited coroutine
# Awaiting a coroutine that already finished.
import asyncio

async def work():
    return 1

async def main():
    c = work()
    print(await c)
    await c

asyncio.run(main())
