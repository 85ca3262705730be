# pins: new_event_loop + set_event_loop + run_until_complete returns the coroutine's result; the loop keeps the virtual time between runs
import asyncio


async def step(name, delay):
    await asyncio.sleep(delay)
    print(name, "done at", asyncio.get_running_loop().time())
    return name.upper()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("start", loop.time(), loop.is_running(), loop.is_closed())
print("first ->", loop.run_until_complete(step("one", 1.5)))
print("between", loop.time())
print("second ->", loop.run_until_complete(step("two", 0.25)))
loop.close()
print("closed", loop.is_closed())
