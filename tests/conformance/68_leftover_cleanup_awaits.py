# pins: a leftover task whose finally awaits (sleep) during asyncio.run shutdown delays the end of the run
import asyncio

async def graceful():
    try:
        await asyncio.sleep(100)
    finally:
        print("graceful: cleanup starts")
        await asyncio.sleep(0.5)
        print("graceful: cleanup done")

async def main():
    asyncio.create_task(graceful())
    await asyncio.sleep(0.2)
    print("main done")

asyncio.run(main())
print("run returned")
