# Retrying a block instead of a function: `async for attempt in
# AsyncRetrying(...)` and `with attempt:`. An exception inside the `with`
# block is recorded (and swallowed) and the loop goes round again after the
# wait; leaving the block normally ends the loop.
import asyncio

from tenacity import AsyncRetrying, RetryError, stop_after_attempt, wait_fixed

inventory = {"calls": 0}


async def reserve(item):
    inventory["calls"] += 1
    await asyncio.sleep(0.1)
    if inventory["calls"] < 3:
        raise RuntimeError("lock contention on " + item)
    return "reservation #%d" % (1000 + inventory["calls"])


async def main():
    async for attempt in AsyncRetrying(stop=stop_after_attempt(5), wait=wait_fixed(0.5)):
        with attempt:
            print("attempt", attempt.retry_state.attempt_number)
            ticket = await reserve("widget")
    print("got", ticket)

    try:
        async for attempt in AsyncRetrying(stop=stop_after_attempt(2)):
            with attempt:
                raise KeyError("always")
    except RetryError as e:
        print("block gave up:", repr(e.last_attempt.exception()))

    try:
        for _ in AsyncRetrying():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
