# shape: progress spinner task (itertools.cycle frames, carriage returns) running while the main coroutine awaits a long computation, then cancelled
import asyncio
import itertools
import sys


async def animate(msg):
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


async def long_computation():
    await asyncio.sleep(2)
    return 6 * 7


async def run_with_spinner():
    spinner = asyncio.create_task(animate("crunching numbers"))
    print("spinner is", spinner.get_name(), "done:", spinner.done())
    result = await long_computation()
    spinner.cancel()
    try:
        await spinner
    except asyncio.CancelledError:
        print("spinner cancelled:", spinner.cancelled())
    return result


print("result:", asyncio.run(run_with_spinner()))
