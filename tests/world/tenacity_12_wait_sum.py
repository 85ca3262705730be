# Waits add up: wait_fixed(1) + wait_random(0, 0.5) is "one second plus up to
# half a second of jitter". sum() works too (it starts from 0).
import asyncio

from tenacity import AsyncRetrying, RetryError, stop_after_attempt, wait_fixed, wait_random

combined = wait_fixed(1) + wait_random(0, 0.5)
summed = sum([wait_fixed(0.25), wait_fixed(0.25), wait_random(0, 1)])
print(type(combined).__name__, type(summed).__name__)


async def flaky():
    raise ConnectionError("nope")


async def main():
    for label, wait in [("fixed+random", combined), ("sum()", summed)]:
        sleeps = []
        r = AsyncRetrying(wait=wait, stop=stop_after_attempt(4),
                          before_sleep=lambda rs: sleeps.append(rs.next_action.sleep))
        try:
            await r(flaky)
        except RetryError:
            pass
        print(label, ["%.5f" % s for s in sleeps], "at t=%.5f" % asyncio.get_running_loop().time())


asyncio.run(main())
