# A timeout cancels the simulated call: in_flight drops at once and the
# service counts it as cancelled; the blocking variant sleeps the timeout.
import asyncio
import time

from turnstile import Api, latency

api = Api(latency=latency.uniform(0.5, 3.0), seed=3, name="slow")


async def one(i):
    try:
        r = await api.get("/r/%d" % i, timeout=1.5)
        return r.status_code
    except TimeoutError:
        return "timeout"


async def main():
    print(await asyncio.gather(*[one(i) for i in range(8)]))
    print("in flight", api.in_flight, "cancelled", api.cancelled, "completed", api.completed)
    t0 = time.monotonic()
    try:
        api.get_blocking("/b", timeout=0.6)
        print("blocking ok")
    except TimeoutError as e:
        print("blocking:", e)
    print("%.3f" % (time.monotonic() - t0))


asyncio.run(main())
