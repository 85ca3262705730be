# expect: budget: objects
# Every callback schedules two more: the ready queue doubles each loop pass.
import asyncio

def bomb():
    loop = asyncio.get_running_loop()
    loop.call_soon(bomb)
    loop.call_soon(bomb)

async def main():
    asyncio.get_running_loop().call_soon(bomb)
    await asyncio.sleep(10)

asyncio.run(main())
