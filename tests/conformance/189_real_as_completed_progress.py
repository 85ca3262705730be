# pins: (a whole program) progress reporting over as_completed: downloads finish in any order, a progress bar line is printed per completion
import asyncio
import random


async def download(name, size):
    speed = random.choice([50, 80, 120])
    await asyncio.sleep(size / speed)
    return name, size


async def main():
    files = {"a.bin": 120, "b.bin": 300, "c.bin": 60, "d.bin": 200, "e.bin": 90}
    tasks = [asyncio.create_task(download(n, s)) for n, s in files.items()]
    total = sum(files.values())
    done = 0
    for i, fut in enumerate(asyncio.as_completed(tasks), 1):
        name, size = await fut
        done += size
        bar = "#" * (20 * done // total)
        print(f"{asyncio.get_running_loop().time():5.2f} [{bar:<20}] {i}/{len(tasks)} {name}")
    print("all downloads finished")


asyncio.run(main())
