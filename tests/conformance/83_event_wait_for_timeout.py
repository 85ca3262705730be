# pins: wait_for(event.wait(), t) timing out for some waiters while later ones see the event set
import asyncio

async def guest(name, ev, patience):
    try:
        await asyncio.wait_for(ev.wait(), timeout=patience)
        print(name, "saw the event")
        return True
    except asyncio.TimeoutError:
        print(name, "gave up")
        return False

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(guest(f"g{p}", ev, p)) for p in [0.5, 2, 1, 3]]
    await asyncio.sleep(1.5)
    print("host sets the event")
    ev.set()
    print(await asyncio.gather(*tasks))

asyncio.run(main())
