# The other way round: retry on anything EXCEPT a permanent failure.
# A 401 (PermissionError here) will not get better by retrying.
import asyncio

from tenacity import retry, retry_if_not_exception_type, stop_after_attempt, wait_fixed

script = iter([ConnectionError("reset"), TimeoutError("slow"), PermissionError("401 bad token")])


@retry(retry=retry_if_not_exception_type(PermissionError), stop=stop_after_attempt(5),
       wait=wait_fixed(0.3))
async def call_api():
    exc = next(script)
    print("call ->", type(exc).__name__)
    raise exc


async def main():
    try:
        await call_api()
    except PermissionError as e:
        print("stopped on", repr(e))
    print(call_api.retry.statistics)


asyncio.run(main())
