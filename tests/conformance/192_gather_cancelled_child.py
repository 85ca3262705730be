# pins: gather(return_exceptions=True) with a cancelled child returns CancelledError('') in its slot (repr), the others keep their results; cancel(msg)'s message is lost too (3.11: the task cancels its own Future without it); without return_exceptions gather raises CancelledError()
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 5))
    c = asyncio.create_task(child("c", 2))
    asyncio.get_running_loop().call_later(0.5, b.cancel)
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print([repr(r) for r in results], asyncio.get_running_loop().time())
    d = asyncio.create_task(child("d", 5))
    asyncio.get_running_loop().call_later(0.5, d.cancel, "shutting down")
    print([repr(r) for r in await asyncio.gather(d, return_exceptions=True)])
    e = asyncio.create_task(child("e", 5))
    await asyncio.sleep(0)
    e.cancel()
    try:
        await asyncio.gather(e)
    except asyncio.CancelledError as err:
        print("without return_exceptions:", repr(err))


asyncio.run(main())
