import asyncio, vloop
async def holder(sem):
    async with sem:
        print("holder in")
        await asyncio.sleep(1)
        print("holder releasing")
    # released: waiter A is woken (value reserved); newcomer B arrives before A runs
    print("holder out, locked:", sem.locked())
async def waiter(sem, name):
    print(name, "waiting")
    async with sem:
        print(name, "in")
        await asyncio.sleep(1)
    print(name, "out")
async def newcomer(sem):
    await asyncio.sleep(1)
    print("B arrives, locked:", sem.locked())
    async with sem:
        print("B in")
    print("B out")
async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(holder(sem), waiter(sem, "A"), newcomer(sem))
vloop.run(main())
