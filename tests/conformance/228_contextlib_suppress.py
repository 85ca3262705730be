# pins: contextlib.suppress swallows the listed exceptions (and subclasses) only; code after the raise is skipped
import asyncio
import contextlib


async def main():
    with contextlib.suppress(KeyError, ZeroDivisionError):
        await asyncio.sleep(0.5)
        print("before", {}.get("x"))
        {}["missing"]
        print("not printed")
    print("after KeyError at", asyncio.get_running_loop().time())
    with contextlib.suppress(LookupError):
        [][3]
    print("IndexError suppressed via LookupError")
    try:
        with contextlib.suppress(KeyError):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("escaped:", e)
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.sleep(5), 1)
    print("timeout suppressed at", asyncio.get_running_loop().time())


asyncio.run(main())
