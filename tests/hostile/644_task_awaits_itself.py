# expect: ok
# A task that awaits itself (CPython refuses; the message names the task, so print its start).
import asyncio

async def main():
    try:
        await asyncio.current_task()
    except RuntimeError as e:
        print(str(e)[:27])

asyncio.run(main())
