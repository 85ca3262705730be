# pins: sleep(0) yields exactly one loop iteration: round-robin order of three tasks and the main task
import asyncio

async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    a = asyncio.create_task(spinner("a", 3))
    b = asyncio.create_task(spinner("b", 2))
    print("main before yield")
    await asyncio.sleep(0)
    print("main after 1st yield")
    c = asyncio.create_task(spinner("c", 2))
    await asyncio.sleep(0)
    print("main after 2nd yield")
    await asyncio.gather(a, b, c)
    print("all done")

asyncio.run(main())
