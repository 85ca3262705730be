# The refill rule. A 120 RPM bucket enforced per minute starts with 120 and
# refills 2 per second; enforced per second it holds ceil(120 / 60) = 2 and
# refills at the same 2 per second. Same long-run rate, very different bursts.
import asyncio

from turnstile.buckets import TokenBucket, duration


async def main():
    for enforce in ("minute", "second"):
        b = TokenBucket(120, enforce)
        taken = 0
        while b.available(1):
            b.take(1)
            taken += 1
        print(enforce, "capacity", b.capacity, "burst", taken, "wait %.3f" % b.wait_for(1), "reset", duration(b.reset()))
        await asyncio.sleep(1.25)
        print("  after 1.25 s: remaining", b.remaining(), "reset", duration(b.reset()))
    for s in (0, 0.0004, 0.12, 1, 8.64, 59.9999, 60, 361.5):
        print(s, duration(s))
    try:
        TokenBucket(10, "hour")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
