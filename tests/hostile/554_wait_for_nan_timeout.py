# expect: ok
# wait_for with a NaN timeout.
import asyncio

async def main():
    try:
        print(await asyncio.wait_for(asyncio.sleep(1, "slept"), float("nan")))
    except asyncio.TimeoutError:
        print("timeout")

asyncio.run(main())
