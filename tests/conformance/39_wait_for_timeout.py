# pins: wait_for timeout cancels the inner task (its CancelledError handler and finally run) then raises TimeoutError
import asyncio

async def slow_op(name, d):
    try:
        print(name, "started")
        await asyncio.sleep(d)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "finally")

async def main():
    print(await asyncio.wait_for(slow_op("quick", 0.5), timeout=1))
    try:
        await asyncio.wait_for(slow_op("slow", 5), timeout=1.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), isinstance(e, TimeoutError))
    print(await asyncio.wait_for(slow_op("none", 0.25), None))
    try:
        await asyncio.wait_for(slow_op("zero", 1), 0)
    except TimeoutError:
        print("zero timeout -> TimeoutError")
    t = asyncio.create_task(slow_op("task", 3))
    try:
        await asyncio.wait_for(t, 0.5)
    except TimeoutError:
        print("task cancelled?", t.cancelled())

asyncio.run(main())
