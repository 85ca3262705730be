import asyncio
from asyncio import Semaphore

async def worker(name: str, sem: Semaphore):
    """A worker that needs to access a limited resource."""
    # ========== ALL 6 workers execute this line ==========
    print(f"{name}: Started! Approaching the gate...")

    # ========== GATE: Only 3 workers can pass at once ==========
    async with sem:  # Workers wait here if gate is full
        print(f"{name}: Inside the gate! Working on expensive task...")
        await asyncio.sleep(2)  # Simulate expensive work
        print(f"{name}: Finished expensive work, exiting gate.")

    # ========== ALL 6 workers execute this line ==========
    print(f"{name}: Past the gate, all done!")

async def main():
    sem = Semaphore(3)  # Gate capacity = 3 workers at once

    # Coroutine loop: Create 6 workers
    coros = [worker(f"Worker-{i}", sem) for i in range(6)]

    # All 6 workers start immediately!
    await asyncio.gather(*coros)

# Run it
asyncio.run(main())
