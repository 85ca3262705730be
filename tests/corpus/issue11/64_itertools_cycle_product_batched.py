# pins: itertools.cycle for round-robin assignment, product/permutations/combinations counts and order, a batched() recipe with islice (3.11 has no itertools.batched)
import asyncio
import itertools


def batched(iterable, n):
    it = iter(iterable)
    while True:
        batch = tuple(itertools.islice(it, n))
        if not batch:
            return
        yield batch


async def serve(server, job):
    await asyncio.sleep(0.25)
    return f"{job}@{server}"


async def main():
    servers = itertools.cycle(["s1", "s2", "s3"])
    jobs = [f"j{i}" for i in range(7)]
    for batch in batched(jobs, 3):
        results = await asyncio.gather(*(serve(next(servers), j) for j in batch))
        print(asyncio.get_running_loop().time(), results)
    print(list(itertools.product("ab", [1, 2])))
    print(len(list(itertools.product(range(3), repeat=3))))
    print(list(itertools.permutations("abc", 2)))
    print(list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)))
    print(hasattr(itertools, "batched"))


asyncio.run(main())
