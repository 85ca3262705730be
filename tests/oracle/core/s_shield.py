import asyncio, vloop
async def inner():
    await asyncio.sleep(2)
    print("inner completed")
    return 7
async def outer(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise
async def main():
    t = asyncio.create_task(inner())
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(1)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("main saw outer cancelled", t.done())
    print("inner result", await t)
vloop.run(main())
