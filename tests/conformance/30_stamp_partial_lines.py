# pins: --stamp semantics: a line is stamped at the time its first character is written; embedded newlines
import asyncio

async def main():
    print("start of line ", end="")
    await asyncio.sleep(1)
    print("finished a second later")
    print("a\nb", end="")
    await asyncio.sleep(0.5)
    print("c\n", end="")
    print("", end="")
    await asyncio.sleep(0.25)
    print()
    print("x", "y", sep="\n")
    print("tail without newline", end="")
    await asyncio.sleep(0.125)
    print("", "", sep="-", end="\n\n")
    print("done", end="")

asyncio.run(main())
