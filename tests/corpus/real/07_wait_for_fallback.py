# shape: per-call timeout with a cached fallback value: wait_for around slow backends, stale data served on timeout
import asyncio

CACHE = {"weather": "sunny (cached)", "news": "no news (cached)"}
LATENCY = {"weather": 0.4, "news": 2.5, "stocks": 3.0}


async def backend(name):
    await asyncio.sleep(LATENCY[name])
    return f"{name}: fresh"


async def get_with_fallback(name, timeout):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        value = await asyncio.wait_for(backend(name), timeout)
        CACHE[name] = value
        source = "live"
    except asyncio.TimeoutError:
        value = CACHE.get(name, "unavailable")
        source = "fallback"
    print(f"{name:8} {source:8} after {loop.time() - start:.2f}s -> {value}")
    return value


async def main():
    values = await asyncio.gather(*(get_with_fallback(n, 1.0) for n in ["weather", "news", "stocks"]))
    print(values)
    print("cache now:", sorted(CACHE.items()))


asyncio.run(main())
