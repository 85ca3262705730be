# pins: tasks sleeping different durations wake in deadline order; stamps show virtual time; sleep result
import asyncio

async def napper(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        print(name, "woke after", d)
    return name

async def main():
    t1 = asyncio.create_task(napper("A", [0.3, 0.3, 0.3]))
    t2 = asyncio.create_task(napper("B", [0.5, 0.1]))
    t3 = asyncio.create_task(napper("C", [0.9]))
    print("created")
    r = await asyncio.sleep(0.05, result="sleep result")
    print(r)
    print(await t1, await t2, await t3)
    await asyncio.sleep(2.5)
    print("long sleep done")
    await asyncio.sleep(-1)
    print("negative sleep returns immediately")

asyncio.run(main())
