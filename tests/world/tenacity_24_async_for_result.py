# With a block there is no return value, so retry_if_result needs help: set
# the result yourself after the `with` block (this is tenacity's documented
# pattern). Here: keep reading until a non-empty page comes back.
import asyncio

from tenacity import AsyncRetrying, retry_if_result, stop_after_attempt, wait_fixed

pages = iter([[], [], ["row1", "row2"]])


async def read_page():
    await asyncio.sleep(0.05)
    return next(pages)


async def main():
    async for attempt in AsyncRetrying(retry=retry_if_result(lambda rows: not rows),
                                       wait=wait_fixed(1), stop=stop_after_attempt(5)):
        with attempt:
            rows = await read_page()
            print("attempt", attempt.retry_state.attempt_number, "rows:", rows)
        if not attempt.retry_state.outcome.failed:
            attempt.retry_state.set_result(rows)
    print("done with", rows)
    print("outcome result:", attempt.retry_state.outcome.result())


asyncio.run(main())
