import asyncio, vloop
async def inner():
    try:
        await asyncio.sleep(10)
        print("inner done")
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
    finally:
        print("inner finally")
async def main():
    try:
        await asyncio.wait_for(inner(), 1.5)
    except asyncio.TimeoutError:
        print("timeout")
    r = await asyncio.wait_for(asyncio.sleep(1, "val"), 2)
    print("got", r)
vloop.run(main())
