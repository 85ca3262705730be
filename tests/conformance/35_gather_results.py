# pins: gather returns results in argument order regardless of completion; mixes coroutines, tasks, empty gather
import asyncio

async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()

async def main():
    t = asyncio.create_task(job("task", 0.2))
    res = await asyncio.gather(job("slow", 0.3), t, job("fast", 0.1), job("instant", 0))
    print(res)
    print(await asyncio.gather())
    print(await t, t.done(), t.result())
    nested = await asyncio.gather(asyncio.gather(job("n1", 0.1), job("n2", 0.05)), job("n3", 0.02))
    print(nested)
    res2 = await asyncio.gather(*[job(f"w{i}", (3 - i) * 0.1) for i in range(3)])
    print(res2)

asyncio.run(main())
