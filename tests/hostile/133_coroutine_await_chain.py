# expect: RecursionError: maximum recursion depth exceeded
# A coroutine awaiting a coroutine 100,000 deep (no tasks): CPython's recursion limit stops it.
import asyncio

async def down(n):
    if n == 0:
        return 0
    return await down(n - 1) + 1

async def main():
    print(await down(100000))

asyncio.run(main())
