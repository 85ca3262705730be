# pins: a retry-style async decorator with backoff sleeps, attempts counting, final failure re-raised
import asyncio

def retry(attempts=3, delay=1.0):
    def deco(fn):
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except Exception as e:
                    last = e
                    print(f"  attempt {attempt} of {fn.__name__} failed: {e!r}")
                    if attempt < attempts:
                        await asyncio.sleep(delay * attempt)
            raise RuntimeError(f"gave up after {attempts} attempts") from last
        return wrapper
    return deco

calls = {"flaky": 0, "broken": 0}

@retry(attempts=4, delay=0.5)
async def flaky(x):
    calls["flaky"] += 1
    await asyncio.sleep(0.1)
    if calls["flaky"] < 3:
        raise ConnectionError(f"transient {calls['flaky']}")
    return x * 10

@retry()
async def broken():
    calls["broken"] += 1
    raise ValueError("always")

async def main():
    print("flaky ->", await flaky(4))
    try:
        await broken()
    except RuntimeError as e:
        print("caught:", e, "| cause:", repr(e.__cause__))
    print(calls)
    results = await asyncio.gather(flaky(1), broken(), return_exceptions=True)
    print(results)

asyncio.run(main())
