import asyncio, vloop
async def w(sem, name, hold):
    print(name, "wants")
    try:
        async with sem:
            print(name, "in")
            await asyncio.sleep(hold)
        print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting, value", sem._value, "locked", sem.locked())
        raise
async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(w(sem, "a", 2))
    b = asyncio.create_task(w(sem, "b", 1))
    c = asyncio.create_task(w(sem, "c", 1))
    await asyncio.sleep(1)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("end value", sem._value)
vloop.run(main())
