# pins: sys.exit(4) from inside asyncio.run ends the program with exit code 4 after flushing output; finally blocks run first
import asyncio
import sys


async def main():
    try:
        await asyncio.sleep(1.5)
        print("exiting with 4")
        sys.exit(4)
    finally:
        print("finally ran at", asyncio.get_running_loop().time())


try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit code", e.code)
    raise
print("not reached")
