# pins: Event: waiters wake in order on set(); a cancelled waiter does not; is_set/clear; wait on a set event is immediate
import asyncio

async def waiter(name, ev):
    try:
        print(name, "waiting")
        r = await ev.wait()
        print(name, "woke with", r)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(f"w{i}", ev)) for i in range(4)]
    await asyncio.sleep(1)
    ws[1].cancel()
    await asyncio.sleep(0)
    print("setting, is_set before =", ev.is_set())
    ev.set()
    ws.append(asyncio.create_task(waiter("late", ev)))
    print("set done, nobody ran yet")
    await asyncio.gather(*ws, return_exceptions=True)
    ev.clear()
    print("cleared:", ev.is_set())
    t = asyncio.create_task(waiter("again", ev))
    await asyncio.sleep(0.5)
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    print("set+clear still wakes the waiter? done =", t.done())
    await t

asyncio.run(main())
