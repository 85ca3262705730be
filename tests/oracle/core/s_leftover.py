import asyncio, vloop
async def bg(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        await asyncio.sleep(0.5)
        print(name, "cleanup done")
async def main():
    asyncio.create_task(bg("t1", 10))
    asyncio.create_task(bg("t2", 0.5))
    await asyncio.sleep(1)
    print("main returns")
    return 5
print(vloop.run(main()))
