# pins: traceback.print_exc(file=sys.stdout), format_exc(), format_exception_only, a chained exception's "During handling" block, inside a task
import asyncio
import sys
import traceback


async def level2():
    await asyncio.sleep(0.5)
    raise ValueError("deep failure")


async def level1():
    try:
        await level2()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


async def main():
    try:
        await level1()
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
    try:
        1 / 0
    except ZeroDivisionError as e:
        text = traceback.format_exc()
        print(text.splitlines()[-1], "|", traceback.format_exception_only(type(e), e))
    try:
        try:
            [][0]
        except IndexError:
            {}["k"]
    except KeyError:
        traceback.print_exc(limit=1, file=sys.stdout)


asyncio.run(main())
