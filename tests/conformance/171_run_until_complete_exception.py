# pins: an exception inside run_until_complete propagates to the caller; the loop stays usable; a cancelled task raises CancelledError
import asyncio


async def failing():
    await asyncio.sleep(1)
    raise ValueError("bad input")


async def forever():
    await asyncio.sleep(100)


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(failing())
except ValueError as e:
    print("caught", repr(e), "at", loop.time())
t = loop.create_task(forever())
loop.call_later(0.5, t.cancel)
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print("cancelled at", loop.time(), t.cancelled())
print(loop.run_until_complete(asyncio.sleep(0.25, result="still fine")))
loop.close()
