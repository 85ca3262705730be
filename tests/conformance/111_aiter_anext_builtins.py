# pins: aiter() and anext() builtins, anext(it, default) after exhaustion, StopAsyncIteration without a default
import asyncio


async def letters():
    for ch in "ab":
        await asyncio.sleep(0.5)
        yield ch


async def main():
    it = aiter(letters())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration at", asyncio.get_running_loop().time())
    try:
        aiter([1, 2])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
