# .retry.statistics: what the last call did - when it started, how many
# attempts it made, how long it slept. One dict per decorated function,
# emptied and refilled by each call (so keep a copy if you need the old one).
import asyncio
import time

from tenacity import RetryError, retry, stop_after_attempt, wait_fixed, wait_incrementing

plan = {"fail": 2}


@retry(stop=stop_after_attempt(4), wait=wait_fixed(2))
def sync_job():
    if plan["fail"]:
        plan["fail"] -= 1
        raise RuntimeError("not yet")
    return "ok"


print(sync_job.retry.statistics)  # never called: empty
print(sync_job(), sync_job.retry.statistics)
first = sync_job.retry.statistics
kept = dict(first)
time.sleep(1)
print(sync_job(), sync_job.retry.statistics)  # first try: no delay key
print("same dict object:", first is sync_job.retry.statistics, "- kept copy:", kept)


@retry(stop=stop_after_attempt(3), wait=wait_incrementing(start=1, increment=1))
async def async_job():
    await asyncio.sleep(0.5)
    raise ConnectionError("down")


async def main():
    try:
        await async_job()
    except RetryError:
        pass
    print(async_job.retry.statistics)


asyncio.run(main())
