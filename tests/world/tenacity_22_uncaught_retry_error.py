# Nobody catches the RetryError: the program dies with exit code 1 and the
# traceback (on stderr) ends with "tenacity.RetryError: RetryError[...]",
# chained from the ConnectionError of the last attempt.
import asyncio

from tenacity import retry, stop_after_attempt, wait_fixed


@retry(stop=stop_after_attempt(3), wait=wait_fixed(1))
async def fetch():
    print("fetching")
    raise ConnectionError("no route to host")


async def main():
    print("start")
    await fetch()
    print("never printed")


asyncio.run(main())
