# shape: retry decorator with exponential backoff (functools.wraps) around a flaky coroutine that fails a fixed number of times
import asyncio
import functools


class TransientError(Exception):
    pass


def retry(attempts, base_delay, exceptions=(TransientError,)):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as e:
                    if attempt == attempts:
                        print(f"  {fn.__name__}: giving up after {attempt} attempts")
                        raise
                    print(f"  {fn.__name__}: attempt {attempt} failed ({e}); sleeping {delay}s")
                    await asyncio.sleep(delay)
                    delay *= 2
        return wrapper
    return decorate


failures_left = {"orders": 2, "users": 5}


@retry(attempts=4, base_delay=0.5)
async def load(resource):
    """Load a resource from a flaky backend."""
    await asyncio.sleep(0.1)
    if failures_left[resource] > 0:
        failures_left[resource] -= 1
        raise TransientError(f"{resource} unavailable")
    return f"{resource} loaded"


async def main():
    loop = asyncio.get_running_loop()
    print(load.__name__, load.__doc__)
    print(await load("orders"), "at", round(loop.time(), 3))
    try:
        await load("users")
    except TransientError as e:
        print("final error:", e, "at", round(loop.time(), 3))


asyncio.run(main())
