# pins: as_completed yields in completion order on the virtual clock (distinct delays: it builds a set, so ties would follow object addresses); timeout= raises TimeoutError for the rest
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name, delay


async def main():
    jobs = [job("c", 3), job("a", 1), job("b", 2), job("d", 1.5)]
    for i, fut in enumerate(asyncio.as_completed(jobs)):
        name, delay = await fut
        print(i, name, delay, asyncio.get_running_loop().time())
    pending = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.5), ("y", 4)]]
    try:
        for fut in asyncio.as_completed(pending, timeout=1):
            print("got", await fut)
    except TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
    pending[1].cancel()


asyncio.run(main())
