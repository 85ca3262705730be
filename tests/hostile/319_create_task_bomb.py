# expect: budget: tasks
# Every task creates two more tasks and waits.
import asyncio

async def bomb():
    asyncio.create_task(bomb())
    asyncio.create_task(bomb())
    await asyncio.sleep(1000)

async def main():
    await bomb()

asyncio.run(main())
