# pins: create_task does not run the coroutine until the creator yields; start order = creation order; ensure_future
import asyncio

async def child(name):
    print(name, "running")
    await asyncio.sleep(0)
    print(name, "resumed")
    return name + "!"

async def main():
    t1 = asyncio.create_task(child("t1"))
    t2 = asyncio.ensure_future(child("t2"))
    t3 = asyncio.ensure_future(t1)
    print("same task object:", t3 is t1, "done:", t1.done())
    print("main still running before any child")
    r = await t2
    print("awaited t2 ->", r, "t1 done:", t1.done())
    print(await t1, await t1)
    print(t1.result(), t1.cancelled(), t2.done())
    coro = child("direct")
    print("coroutine object created, nothing printed yet")
    print(await coro)
    print(await asyncio.ensure_future(child("ef")))

asyncio.run(main())
