# Retrying meets timeouts. asyncio.wait_for cancels the retrying call: if it
# is cancelled while sleeping between attempts, or in the middle of an
# attempt, the CancelledError is not retried (it is not an Exception), so
# the whole call stops and wait_for raises TimeoutError.
import asyncio

from tenacity import retry, stop_after_attempt, wait_fixed

log = []


@retry(stop=stop_after_attempt(10), wait=wait_fixed(1))
async def slow_backend(latency):
    log.append(asyncio.get_running_loop().time())
    await asyncio.sleep(latency)
    raise ConnectionError("backend error")


async def main():
    for latency in (0.25, 5):
        log.clear()
        try:
            await asyncio.wait_for(slow_backend(latency), timeout=2)
        except asyncio.TimeoutError:
            print("timed out; attempts started at", log)
        s = slow_backend.retry.statistics
        print("  statistics:", s["attempt_number"], s["idle_for"])


asyncio.run(main())
