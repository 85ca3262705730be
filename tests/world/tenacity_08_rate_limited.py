# A rate limited API answers 429 until we slow down. The textbook fix is
# exponential backoff with jitter: wait 0.5, 1, 2, 4 ... seconds (capped at
# 4) plus a random 0-0.25 s so that clients spread out.
import asyncio

from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential, wait_random


class TooManyRequests(Exception):
    def __init__(self, retry_after):
        super().__init__("429 Too Many Requests")
        self.retry_after = retry_after


budget = {"left": -4}  # the first 4 calls are over the limit


def report(rs):
    print("  429 on attempt %d -> backing off %.4f s" % (rs.attempt_number, rs.next_action.sleep))


@retry(
    retry=retry_if_exception_type(TooManyRequests),
    wait=wait_exponential(multiplier=0.5, max=4) + wait_random(0, 0.25),
    stop=stop_after_attempt(8),
    before_sleep=report,
)
async def post_metrics(batch):
    budget["left"] += 1
    if budget["left"] <= 0:
        raise TooManyRequests(retry_after=1)
    await asyncio.sleep(0.05)
    return "202 Accepted (%d points)" % len(batch)


async def main():
    print(await post_metrics([1.0, 2.5, 3.7]))
    stats = post_metrics.retry.statistics
    print("attempts:", stats["attempt_number"], "idle: %.4f" % stats["idle_for"])


asyncio.run(main())
