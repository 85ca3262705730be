import asyncio, vloop
async def w(i):
    await asyncio.sleep(1)
    print("w", i)
async def main():
    await asyncio.gather(*(w(i) for i in range(5)))
vloop.run(main())
