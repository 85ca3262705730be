# pins: a task awaiting another resumes one iteration after it finishes; tasks woken by the same timer tick run first
import asyncio

async def finisher():
    await asyncio.sleep(1)
    print("finisher returns")
    return "F"

async def bystander(name):
    await asyncio.sleep(1)
    print(name, "woke at the same tick")
    await asyncio.sleep(0)
    print(name, "after one more yield")

async def main():
    f = asyncio.create_task(finisher())
    b1 = asyncio.create_task(bystander("b1"))
    b2 = asyncio.create_task(bystander("b2"))
    r = await f
    print("main resumed with", r)
    await asyncio.gather(b1, b2)
    ev = asyncio.Event()
    async def setter():
        print("setter sets")
        ev.set()
        print("setter continues before waiters run")
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    await asyncio.gather(setter(), w)
    print("done")

asyncio.run(main())
