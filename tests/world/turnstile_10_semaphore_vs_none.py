# The seed's Example 4, against a real concurrency cap: 50 calls at once
# overload a server that takes 10; Semaphore(10) keeps every call under it.
import asyncio

from turnstile import Api

async def run(sem):
    api = Api(max_concurrency=10, latency=0.5)

    async def call(i):
        if sem is None:
            return await api.get("/%d" % i)
        async with sem:
            return await api.get("/%d" % i)

    results = await asyncio.gather(*[call(i) for i in range(50)])
    failures = [r for r in results if r.status_code != 200]
    print("   Failed requests:", len(failures), "max in flight:", api.max_in_flight)


async def main():
    print("WITHOUT SEMAPHORE:")
    await run(None)
    print("WITH SEMAPHORE(10):")
    await run(asyncio.Semaphore(10))


asyncio.run(main())
