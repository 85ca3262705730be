# stop_after_delay: keep trying for at most 3.5 seconds (measured from the
# first call to the end of the latest attempt), one attempt per second. When
# it gives up, tenacity raises RetryError; the original exception is its
# __cause__ and its last_attempt holds the final outcome.
import asyncio

from tenacity import RetryError, retry, stop_after_delay, wait_fixed


@retry(stop=stop_after_delay(3.5), wait=wait_fixed(1))
async def connect_db():
    print("connecting...")
    await asyncio.sleep(0.2)
    raise TimeoutError("db did not answer")


async def main():
    try:
        await connect_db()
    except RetryError as e:
        print("gave up:", type(e).__name__)
        print("last attempt number:", e.last_attempt.attempt_number)
        print("last exception:", repr(e.last_attempt.exception()))
        print("cause:", type(e.__cause__).__name__, e.__cause__)
        print("failed:", e.last_attempt.failed)
    print("statistics:", connect_db.retry.statistics)


asyncio.run(main())
