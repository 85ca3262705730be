# pins: (a whole program) one deadline budget shared by a multi-step workflow with asyncio.timeout(); steps check the remaining budget and skip optional work
import asyncio


async def step(name, cost):
    await asyncio.sleep(cost)
    print(f"  {asyncio.get_running_loop().time():.2f} {name} done")
    return name


async def workflow(label, budget, costs):
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = []
    try:
        async with asyncio.timeout(budget) as cm:
            for name, cost, optional in costs:
                remaining = cm.when() - loop.time()
                if optional and remaining < cost:
                    print(f"  skipping optional {name}: {remaining:.2f}s left")
                    continue
                done.append(await step(name, cost))
        outcome = "ok"
    except TimeoutError:
        outcome = "deadline exceeded"
    print(f"{label}: {outcome} after {loop.time() - start:.2f}s, steps {done}")


async def main():
    costs = [("validate", 0.2, False), ("enrich", 0.8, True), ("store", 0.5, False), ("index", 0.6, True)]
    await workflow("generous", 3.0, costs)
    await workflow("tight", 1.0, costs)
    await workflow("too tight", 0.6, costs)


asyncio.run(main())
