# turnstile.Api: a plain HTTP-ish service. rps=2 is a bucket of 2 refilled
# at 2 per second: of 5 calls at once, 2 pass, the rest get a 429 with
# retry-after and the x-ratelimit-*-requests headers.
import asyncio

from turnstile import Api

api = Api(rps=2, latency=0.3, name="search")


async def main():
    print(api)
    rs = await asyncio.gather(*[api.get("/items/%d" % i) for i in range(5)])
    for r in rs:
        print(r, r.status_code, r.reason_phrase, r.is_success, r.json(), sorted(r.headers.items()))
    await asyncio.sleep(1)
    r = await api.post("/items")
    print(r, r.json(), r.text)
    print(api.stats())


asyncio.run(main())
