# shape: phased computation with a reusable rendezvous barrier (Condition + generation counter): no worker starts phase k+1 before all finish phase k
import asyncio
import random


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.generation = 0
        self.cond = asyncio.Condition()

    async def wait(self):
        async with self.cond:
            gen = self.generation
            self.count += 1
            if self.count == self.parties:
                self.generation += 1
                self.count = 0
                self.cond.notify_all()
                return True
            await self.cond.wait_for(lambda: self.generation != gen)
            return False


async def worker(name, barrier, phases):
    loop = asyncio.get_running_loop()
    for phase in range(phases):
        await asyncio.sleep(round(random.uniform(0.1, 0.9), 1))
        print(f"{loop.time():.1f} {name} finished phase {phase}")
        if await barrier.wait():
            print(f"{loop.time():.1f} --- phase {phase} complete ({name} was last) ---")


async def main():
    barrier = Barrier(3)
    await asyncio.gather(*(worker(n, barrier, 3) for n in ["x", "y", "z"]))


asyncio.run(main())
