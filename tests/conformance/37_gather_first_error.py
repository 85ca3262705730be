# pins: gather without return_exceptions raises the first error at once while the other children keep running
import asyncio

async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} exploded")
        print(name, "finished")
        return name
    finally:
        print(name, "finally")

async def main():
    g = asyncio.gather(worker("a", 0.5), worker("b", 0.2, fail=True), worker("c", 1.0), worker("d", 0.3, fail=True))
    try:
        await g
    except RuntimeError as e:
        print("main caught:", e)
    print("gather done?", g.done())
    await asyncio.sleep(2)
    print("main exits")

asyncio.run(main())
