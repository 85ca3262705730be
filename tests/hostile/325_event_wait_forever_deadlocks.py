# expect: ok
# Waiting on an Event nobody sets: a deadlock, reported as such (the control).
import asyncio

async def main():
    await asyncio.Event().wait()

asyncio.run(main())
