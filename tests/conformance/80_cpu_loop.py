# pins: a long pure-Python loop inside a coroutine runs without yielding (no other task interleaves)
import asyncio

async def crunch(name, n):
    total = 0
    for i in range(n):
        total += i * i % 7
    print(name, "crunched", total)
    return total

async def other():
    print("other starts")
    await asyncio.sleep(0)
    print("other resumes only after crunch finished")

async def main():
    r = await asyncio.gather(other(), crunch("big", 100000), crunch("small", 10))
    print(r)
    primes = [n for n in range(2, 2000) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
    print(len(primes), primes[-3:])

asyncio.run(main())
