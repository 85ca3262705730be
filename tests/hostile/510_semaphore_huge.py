# expect: ok
# Semaphore(10**20) is accepted and counts exactly.
import asyncio

async def main():
    sem = asyncio.Semaphore(10**20)
    async with sem:
        print(sem.locked())
    print("released")

asyncio.run(main())
