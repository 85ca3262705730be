# pins: is_running/is_closed, close() twice is fine, using a closed loop raises RuntimeError('Event loop is closed'), running loop cannot be closed
import asyncio

loop = asyncio.new_event_loop()


async def inside():
    await asyncio.sleep(0.5)
    print("running inside:", loop.is_running())
    try:
        loop.close()
    except RuntimeError as e:
        print("close while running:", e)
    nested = asyncio.sleep(0)
    try:
        loop.run_until_complete(nested)
    except RuntimeError as e:
        print("nested run:", e)
    finally:
        nested.close()


loop.run_until_complete(inside())
print("running after:", loop.is_running())
loop.close()
loop.close()
print("closed:", loop.is_closed())
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("call_soon:", e)
coro = asyncio.sleep(1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("run_until_complete:", e)
coro.close()
