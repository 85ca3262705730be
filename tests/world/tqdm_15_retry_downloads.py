# tenacity and tqdm together: download a set of files concurrently, each
# download retried with exponential backoff and jitter, one bar for the set.
import asyncio

from tenacity import retry, stop_after_attempt, wait_exponential, wait_random
from tqdm.asyncio import tqdm_asyncio

flaky = {"b.bin": 2, "d.bin": 1}


@retry(stop=stop_after_attempt(5), wait=wait_exponential(multiplier=0.5) + wait_random(0, 0.5))
async def download(name, seconds):
    await asyncio.sleep(seconds)
    if flaky.get(name):
        flaky[name] -= 1
        raise ConnectionError(name + ": connection reset")
    return name, int(seconds * 1000)


async def main():
    jobs = [download("a.bin", 0.4), download("b.bin", 0.25), download("c.bin", 1.1),
            download("d.bin", 0.6)]
    results = await tqdm_asyncio.gather(*jobs, desc="download", unit="file")
    for name, size in results:
        print(name, size, "kB")
    # One decorated function = one controller = one statistics dict, shared by
    # the four concurrent calls: each call's begin() reset it, and the others
    # kept counting in it. Use AsyncRetrying objects for per-call statistics.
    print("shared statistics:", download.retry.statistics)


asyncio.run(main())
