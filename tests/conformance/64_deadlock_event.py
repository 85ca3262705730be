# pins: deadlock: nothing ready and no timers while tasks wait -> DEADLOCK line with all unfinished tasks, exit 3
import asyncio

async def waiter(name, ev):
    print(name, "waiting for an event nobody sets")
    await ev.wait()
    print("never")

async def main():
    ev = asyncio.Event()
    await asyncio.sleep(1)
    await asyncio.gather(waiter("a", ev), waiter("b", ev))
    print("never")

asyncio.run(main())
