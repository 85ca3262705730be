import asyncio, vloop
from asyncio import Semaphore
async def worker(name, sem):
    print(f"{name}: Started! Approaching the gate...")
    async with sem:
        print(f"{name}: Inside the gate! Working on expensive task...")
        await asyncio.sleep(2)
        print(f"{name}: Finished expensive work, exiting gate.")
    print(f"{name}: Past the gate, all done!")
async def main():
    sem = Semaphore(3)
    coros = [worker(f"Worker-{i}", sem) for i in range(6)]
    await asyncio.gather(*coros)
vloop.run(main())
