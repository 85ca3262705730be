# shape: spinner task animating with itertools.cycle and carriage returns while a supervisor awaits a slow computation, then cancels it
import asyncio
import itertools
import sys


async def spin(msg):
    frames = 0
    try:
        for ch in itertools.cycle("|/-\\"):
            sys.stdout.write(f"\r{ch} {msg}")
            sys.stdout.flush()
            frames += 1
            await asyncio.sleep(0.25)
    except asyncio.CancelledError:
        sys.stdout.write("\r" + " " * (len(msg) + 2) + "\r")
        print(f"spinner stopped after {frames} frames")
        raise


async def slow_answer():
    await asyncio.sleep(2)
    return 42


async def supervisor():
    spinner = asyncio.create_task(spin("thinking!"))
    print("spinner is", spinner.get_name(), "done:", spinner.done())
    result = await slow_answer()
    spinner.cancel()
    try:
        await spinner
    except asyncio.CancelledError:
        print("spinner cancelled:", spinner.cancelled())
    return result


print("Answer:", asyncio.run(supervisor()))
