# expect: budget: virtual time
# asyncio.sleep(2**24): at t = 2**24 s, t + the loop's 1e-9 clock resolution == t, so CPython's
# _run_once never finds the timer due and spins with a zero timeout forever.
import asyncio

async def main():
    await asyncio.sleep(2**24)
    print("woke")

asyncio.run(main())
