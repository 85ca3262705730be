"""Api: a generic HTTP-ish service for non-LLM calls, with the provider's
knobs (see turnstile.service for admission and fates).

    api = Api(rps=5, max_concurrency=3, latency=uniform(0.1, 0.3),
              server_error_rate=0.1, seed=1, name="search")
    r = await api.get("/items/1")          # r.status_code, r.headers, r.json()
    r = await api.get("/slow", timeout=2)  # TimeoutError after 2 s
    r = api.get_blocking("/items/2")       # time.sleep: blocks the loop

rpm= or rps= (rps=5 is a bucket of ceil(5) = 5 refilled at 5 per second:
the limit counted per second). A 429 carries retry-after (see `retry_after`)
and x-ratelimit-*-requests headers. A 200's json() is {"path": path,
"request": n}, n the service's request number. A failure without an answer
raises ConnectionError; a `timeout` raises TimeoutError and cancels the
simulated call.
"""

import asyncio

from turnstile.http import Response
from turnstile.service import Service


class Api(Service):
    def __init__(self, rpm=None, rps=None, max_concurrency=None, latency=0.1, error_rate=0.0, timeout_rate=0.0,
                 server_error_rate=0.0, seed=0, enforce="minute", name="api", retry_after="seconds",
                 hang_seconds=900.0, capacity=None, should_retry=None):
        if rpm is not None and rps is not None:
            raise ValueError("give rpm or rps, not both")
        if rps is not None:
            rpm = rps * 60
            enforce = "second"
        Service.__init__(self, name, rpm=rpm, max_concurrency=max_concurrency, latency=latency,
                         error_rate=error_rate, timeout_rate=timeout_rate, server_error_rate=server_error_rate,
                         seed=seed, enforce=enforce, retry_after=retry_after, hang_seconds=hang_seconds,
                         capacity=capacity, should_retry=should_retry)

    def __repr__(self):
        return "Api(name=%r, rpm=%r, max_concurrency=%r, latency=%r, enforce=%r)" % (
            self.name, self.rpm, self.max_concurrency, self.latency, self.enforce)

    def rejection_body(self, cause, tokens, wait, context):
        return {"error": "too many requests", "cause": cause}

    def server_error_body(self):
        return {"error": "internal server error"}

    def _ok(self, ticket, path):
        return Response(200, {}, {"path": path, "request": ticket.id})

    async def request(self, method, path, timeout=None):
        call = self._serve(0, lambda t: self._ok(t, path))
        if timeout is None:
            return await call
        return await asyncio.wait_for(call, timeout)

    async def get(self, path, timeout=None):
        return await self.request("GET", path, timeout)

    async def post(self, path, timeout=None):
        return await self.request("POST", path, timeout)

    def get_blocking(self, path, timeout=None):
        return self._serve_blocking(0, lambda t: self._ok(t, path), timeout)
