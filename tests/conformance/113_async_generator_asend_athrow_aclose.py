# pins: async generator asend/athrow/aclose: finally runs on aclose, athrow lands at the yield, asend delivers a value
import asyncio


async def session():
    print("session opens")
    try:
        received = None
        while True:
            try:
                received = yield f"echo {received}"
            except ValueError as e:
                print("session handled", repr(e))
                received = "recovered"
            await asyncio.sleep(0.25)
    finally:
        print("session closes at", asyncio.get_running_loop().time())


async def main():
    s = session()
    print(await s.asend(None))
    print(await s.asend("hi"))
    print(await s.athrow(ValueError("bad")))
    print(await s.asend("again"))
    await s.aclose()
    try:
        await s.asend("late")
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")


asyncio.run(main())
