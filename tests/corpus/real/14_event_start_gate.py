# shape: race start gate: runners wait on an asyncio.Event, a starter sets it, the finish order is collected and ranked
import asyncio
import random


async def runner(name, gate, results):
    print(f"{name} ready")
    await gate.wait()
    loop = asyncio.get_running_loop()
    start = loop.time()
    for lap in range(3):
        await asyncio.sleep(round(random.uniform(0.8, 1.2), 2))
    results.append((loop.time() - start, name))
    print(f"{loop.time():.2f} {name} finished")


async def main():
    gate = asyncio.Event()
    results = []
    names = ["ada", "bob", "cyd", "dee"]
    tasks = [asyncio.create_task(runner(n, gate, results)) for n in names]
    await asyncio.sleep(1)
    print("on your marks... is_set =", gate.is_set())
    gate.set()
    await asyncio.gather(*tasks)
    for place, (t, name) in enumerate(sorted(results), 1):
        print(f"{place}. {name} {t:.2f}s")


asyncio.run(main())
