# tqdm_asyncio.gather: asyncio.gather with a bar that advances as each
# coroutine finishes. The results come back in argument order, whatever
# order they finished in.
import asyncio

from tqdm.asyncio import tqdm_asyncio


async def fetch(url, seconds):
    await asyncio.sleep(seconds)
    return "%s: %d bytes" % (url, len(url) * 100)


async def main():
    jobs = [fetch("/a", 0.7), fetch("/bb", 0.2), fetch("/ccc", 1.3), fetch("/dddd", 0.4)]
    pages = await tqdm_asyncio.gather(*jobs, desc="crawl")
    for p in pages:
        print(p)


asyncio.run(main())
