# pins: when main returns, asyncio.run cancels the still-running task; its except/finally run at that time
import asyncio

async def forever():
    n = 0
    try:
        while True:
            await asyncio.sleep(0.4)
            n += 1
            print("tick", n)
    except asyncio.CancelledError:
        print("forever cancelled after", n, "ticks")
        raise
    finally:
        print("forever finally")

async def short():
    await asyncio.sleep(0.1)
    print("short done")

async def main():
    asyncio.create_task(forever())
    asyncio.create_task(short())
    await asyncio.sleep(1)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
print("after run")
