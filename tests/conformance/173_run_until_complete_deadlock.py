# pins: deadlock under run_until_complete: a task waiting on a never-set future prints the DEADLOCK line and exits 3
import asyncio


async def waiter(fut):
    print("waiting for a result that never comes")
    await fut


loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.run_until_complete(asyncio.sleep(1))
print("now", loop.time())
loop.run_until_complete(waiter(fut))
print("unreachable")
