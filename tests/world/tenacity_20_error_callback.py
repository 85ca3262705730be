# retry_error_callback: instead of raising RetryError when giving up, return
# a fallback - here the last cached value. Its return value becomes the
# call's result.
import asyncio

from tenacity import retry, stop_after_attempt, wait_fixed

cache = {"EURUSD": 1.0841}


def use_cache(rs):
    print("giving up after", rs.attempt_number, "attempts:", rs.outcome.exception())
    return cache[rs.args[0]]


@retry(stop=stop_after_attempt(3), wait=wait_fixed(0.2), retry_error_callback=use_cache)
async def live_rate(pair):
    print("asking the exchange for", pair)
    raise ConnectionError("exchange down")


async def main():
    print("rate:", await live_rate("EURUSD"))


asyncio.run(main())
