# pins: cancelling the outer gather future cancels every unfinished child; finished children keep their results
import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(child(f"c{i}", 0.5 * (i + 1))) for i in range(4)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.75)
    print("cancel gather ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print([t.cancelled() for t in tasks], tasks[0].result())
    outer = asyncio.create_task(asyncio.wait_for(child("inner", 5), timeout=10))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("task running wait_for cancelled; inner cancelled too")

asyncio.run(main())
