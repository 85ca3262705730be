# shape: dining philosophers with asyncio.Lock forks, deadlock avoided by ordered acquisition, meals counted per philosopher
import asyncio
import random


async def philosopher(name, left, right, forks, meals, rounds):
    loop = asyncio.get_running_loop()
    first, second = sorted([left, right])
    for _ in range(rounds):
        await asyncio.sleep(round(random.uniform(0.1, 0.5), 2))
        async with forks[first]:
            async with forks[second]:
                print(f"{loop.time():.2f} {name} eats with forks {first},{second}")
                await asyncio.sleep(0.3)
                meals[name] += 1
        print(f"{loop.time():.2f} {name} thinks")


async def main():
    names = ["Aristotle", "Kant", "Spinoza", "Marx", "Russell"]
    forks = [asyncio.Lock() for _ in names]
    meals = {n: 0 for n in names}
    await asyncio.gather(*(
        philosopher(n, i, (i + 1) % len(names), forks, meals, 2) for i, n in enumerate(names)
    ))
    print(meals, "at", round(asyncio.get_running_loop().time(), 2))


asyncio.run(main())
