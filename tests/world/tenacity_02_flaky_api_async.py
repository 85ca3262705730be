# The same flaky API, now a coroutine. @retry sees an `async def` and uses
# asyncio.sleep between attempts, so other tasks keep running while we wait.
# wait_fixed(0.5): half a second between attempts (see the time stamps).
import asyncio

from tenacity import retry, stop_after_attempt, wait_fixed

calls = 0


@retry(stop=stop_after_attempt(4), wait=wait_fixed(0.5))
async def fetch_price(symbol):
    global calls
    calls += 1
    print("GET /price/" + symbol, "attempt", calls)
    await asyncio.sleep(0.1)  # network latency
    if calls < 3:
        raise ConnectionResetError("connection reset by peer")
    return 101.25


async def heartbeat():
    for _ in range(4):
        print("  (heartbeat: the event loop is free while we back off)")
        await asyncio.sleep(0.4)


async def main():
    price, _ = await asyncio.gather(fetch_price("ACME"), heartbeat())
    print("price:", price)
    print("statistics:", fetch_price.retry.statistics)


asyncio.run(main())
