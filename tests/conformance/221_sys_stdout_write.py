# pins: sys.stdout.write returns the character count, partial lines are stamped when their first character is written, flush(); print(end=, sep=)
import asyncio
import sys


async def main():
    n = sys.stdout.write("progress:")
    for i in range(3):
        await asyncio.sleep(0.5)
        sys.stdout.write(f" {i}")
        sys.stdout.flush()
    sys.stdout.write("\n")
    print("wrote", n, "chars first")
    print("a", "b", "c", sep="-", end="|")
    await asyncio.sleep(1)
    print("tail")
    sys.stdout.write("two\nlines\n")
    print(sys.stdout.write(""), "empty write")


asyncio.run(main())
