# expect: TypeError: object int can't be used in 'await' expression
# await 1.
import asyncio

async def main():
    await 1

asyncio.run(main())
