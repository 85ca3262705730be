# Fates: server_error_rate gives 500 responses, error_rate connection errors
# (ConnectionError, at once), timeout_rate requests the server drops after
# hang_seconds. One random() per admitted request decides; seeded.
import asyncio

from turnstile import Api

api = Api(server_error_rate=0.2, error_rate=0.1, timeout_rate=0.1, hang_seconds=30, latency=0.2, seed=8,
          name="flaky")


async def one(i):
    try:
        r = await api.get("/x/%d" % i)
        return r.status_code
    except ConnectionError as e:
        return str(e)


async def main():
    for i, r in enumerate(await asyncio.gather(*[one(i) for i in range(12)])):
        print(i, r)
    print(api.stats()["errors"], api.completed)
    print(api.get_blocking("/sync").status_code)


asyncio.run(main())
