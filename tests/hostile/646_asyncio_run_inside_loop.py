# expect: ok
# asyncio.run() called from inside a running loop.
import asyncio

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    print(await c)

asyncio.run(main())
