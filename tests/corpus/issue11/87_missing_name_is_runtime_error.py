# pins: a name CPython itself lacks fails only when reached (AttributeError/NameError at run time, exit 1), after the output before it
import asyncio


async def main():
    await asyncio.sleep(1)
    print("before the missing name")
    try:
        undefined_helper()
    except NameError as e:
        print("NameError:", e)
    await asyncio.sleep(0.5)
    print("now the missing attribute")
    asyncio.no_such_function()


asyncio.run(main())
