# expect: ok
# 10,000 nested gathers completing in a chain.
import asyncio

async def main():
    g = asyncio.ensure_future(asyncio.sleep(1, "x"))
    for i in range(10000):
        g = asyncio.gather(g)
    r = await g
    n = 0
    while isinstance(r, list):
        r = r[0]
        n += 1
    print(n, r)

asyncio.run(main())
