# expect: asyncio.exceptions.InvalidStateError: invalid state
# set_result on a Future that already has one.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    f.set_result(2)

asyncio.run(main())
