# pins: print(file=sys.stderr) and sys.stderr.write never reach stdout (the capture compares stdout only): stdout keeps its own line state
import asyncio
import sys


async def main():
    print("stdout line 1")
    print("warning: disk almost full", file=sys.stderr)
    sys.stdout.write("partial ")
    sys.stderr.write("error text\n")
    await asyncio.sleep(0.5)
    sys.stdout.write("continued\n")
    print("to stderr with end", end="", file=sys.stderr)
    print("stdout line 3", flush=True)
    print(sys.stderr is not sys.stdout, sys.__stderr__ is not None)


asyncio.run(main())
