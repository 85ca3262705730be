"""What every simulated service shares: admission (rate limits, the
concurrency cap), the seeded fate of each request (latency and errors), the
counters, and the events.

A request's life:
  1. it arrives (service.request); `requests` counts it;
  2. admission, in this order: check() (the provider's 401 and 400
     answers, cause "auth" or "invalid"), the concurrency cap (in_flight ==
     max_concurrency: 429, cause "concurrency"), then the request bucket
     (rpm), then the token bucket (tpm; a request larger than the bucket's
     capacity can never pass: 429, cause "too_large"). A refused request takes
     nothing from any bucket and answers at once (service.reject);
  3. admitted (service.accept): it takes 1 from the request bucket and its
     tokens from the token bucket, `in_flight` goes up, and the service's own
     random.Random draws its fate -- first one random() against the error
     rates, then one latency sample, always both and in that order, so a run
     is reproducible:
        u < server_error_rate                      a 500 after the latency
        u < ... + timeout_rate                     no answer: the connection is
                                                   dropped after hang_seconds
        u < ... + error_rate                       a connection error, at once
        otherwise                                  a 200 after the latency
     With a `capacity` (an attribute a scenario may change mid-run), the
     server slows down under load: admitted while in_flight (itself
     included) exceeds capacity, the latency is multiplied by
     in_flight / capacity (work shared among more requests than it has room
     for), which is what a latency-based limiter notices.
  4. it ends (service.response / service.error), or the caller gives up
     while it is in flight (service.cancel: a timeout or a cancelled task).
     The buckets are not refunded either way.
"""

import asyncio
import math
import random
import time

from turnstile import _events
from turnstile.buckets import TokenBucket, duration
from turnstile.http import Response
from turnstile.latency import as_model


class Ticket:
    """One admitted request: what will happen to it and when."""

    def __init__(self, id, tokens, fate, latency, plan):
        self.id = id
        self.tokens = tokens
        self.fate = fate
        self.latency = latency
        self.plan = plan  # what the subclass planned to answer (see _admit)
        self.started = time.monotonic()


class Service:
    def __init__(self, name, rpm=None, tpm=None, max_concurrency=None, latency=0.1, error_rate=0.0,
                 timeout_rate=0.0, server_error_rate=0.0, seed=0, enforce="minute",
                 retry_after="seconds", hang_seconds=900.0, capacity=None, should_retry=None):
        if retry_after not in ("seconds", "ms", "both", None):
            raise ValueError("retry_after must be 'seconds', 'ms', 'both' or None, not %r" % (retry_after,))
        self.name = name
        self.rpm = rpm
        self.tpm = tpm
        self.max_concurrency = max_concurrency
        self.latency = as_model(latency)
        self.error_rate = error_rate
        self.timeout_rate = timeout_rate
        self.server_error_rate = server_error_rate
        self.seed = seed
        self.enforce = enforce
        self.retry_after = retry_after
        self.hang_seconds = hang_seconds
        self.capacity = capacity
        self.should_retry = should_retry
        self.rng = random.Random(seed)
        self.requests_bucket = None if rpm is None else TokenBucket(rpm, enforce)
        self.tokens_bucket = None if tpm is None else TokenBucket(tpm, enforce)
        self.started = time.monotonic()
        self.requests = 0
        self.accepted = 0
        self.rejected = {"auth": 0, "invalid": 0, "concurrency": 0, "rpm": 0, "tpm": 0, "too_large": 0}
        self.errors = {"server": 0, "hang": 0, "connection": 0}
        self.completed = 0
        self.cancelled = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.tokens_used = 0
        self.requests_per_minute = {}
        self.tokens_per_minute = {}
        _events.emit("service.limits", service=name, rpm=rpm, tpm=tpm, max_concurrency=max_concurrency,
                     capacity=capacity, enforce=enforce)

    # -- admission -------------------------------------------------------

    def _refusal(self, tokens):
        """The cause that refuses this request now, or None."""
        if self.max_concurrency is not None and self.in_flight >= self.max_concurrency:
            return "concurrency"
        if self.requests_bucket is not None and not self.requests_bucket.available(1):
            return "rpm"
        if self.tokens_bucket is not None and tokens:
            if not self.tokens_bucket.fits(tokens):
                return "too_large"
            if not self.tokens_bucket.available(tokens):
                return "tpm"
        return None

    def limit_headers(self):
        """x-ratelimit-* as OpenAI sends them, from the buckets' state now."""
        h = {}
        for what, bucket in (("requests", self.requests_bucket), ("tokens", self.tokens_bucket)):
            if bucket is not None:
                h["x-ratelimit-limit-" + what] = str(bucket.limit)
                h["x-ratelimit-remaining-" + what] = str(bucket.remaining())
                h["x-ratelimit-reset-" + what] = duration(bucket.reset())
        return h

    def _error_headers(self, headers):
        """An error answer's headers: x-should-retry ("true"/"false") when the
        service was given should_retry=True/False (the SDK obeys it)."""
        if self.should_retry is not None:
            headers["x-should-retry"] = "true" if self.should_retry else "false"
        return headers

    def wait_hint(self, cause, tokens):
        """Seconds until the refused request would pass, or None."""
        if cause == "rpm":
            return self.requests_bucket.wait_for(1)
        if cause == "tpm":
            return self.tokens_bucket.wait_for(tokens)
        return None

    def _reject(self, id, cause, tokens, context):
        self.rejected[cause] = self.rejected[cause] + 1
        headers = self.limit_headers()
        wait = self.wait_hint(cause, tokens)
        hint = None
        if wait is not None and self.retry_after is not None:
            if self.retry_after in ("ms", "both"):
                headers["retry-after-ms"] = str(math.ceil(wait * 1000))
            if self.retry_after in ("seconds", "both"):
                headers["retry-after"] = str(math.ceil(wait))
            hint = wait
        _events.emit("service.reject", service=self.name, id=id, status=429, cause=cause, retry_after=hint)
        return Response(429, self._error_headers(headers), self.rejection_body(cause, tokens, wait, context))

    def _admit(self, tokens, plan=None, context=None):
        """A Ticket for an admitted request, or the 429 Response refusing it.
        plan(id), if given, decides the answer once the request is admitted;
        its `tokens` attribute is what a per_token latency counts. `context` is
        handed to rejection_body (the provider passes the model)."""
        self.requests = self.requests + 1
        id = self.requests
        _events.emit("service.request", service=self.name, id=id, tokens=tokens)
        bad = self.check(context)
        if bad is not None:
            status, cause, body = bad
            self.rejected[cause] = self.rejected[cause] + 1
            _events.emit("service.reject", service=self.name, id=id, status=status, cause=cause, retry_after=None)
            return Response(status, self._error_headers({}), body)
        cause = self._refusal(tokens)
        if cause is not None:
            return self._reject(id, cause, tokens, context)
        if self.requests_bucket is not None:
            self.requests_bucket.take(1)
        if self.tokens_bucket is not None and tokens:
            self.tokens_bucket.take(tokens)
        self.accepted = self.accepted + 1
        self.tokens_used = self.tokens_used + tokens
        minute = int((time.monotonic() - self.started) // 60)
        self.requests_per_minute[minute] = self.requests_per_minute.get(minute, 0) + 1
        self.tokens_per_minute[minute] = self.tokens_per_minute.get(minute, 0) + tokens
        self.in_flight = self.in_flight + 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        planned = None if plan is None else plan(id)
        u = self.rng.random()
        latency = self.latency.sample(self.rng, 0 if planned is None else planned.tokens)
        if self.capacity is not None and self.in_flight > self.capacity:
            latency = latency * self.in_flight / self.capacity
        if u < self.server_error_rate:
            fate = "server"
        elif u < self.server_error_rate + self.timeout_rate:
            fate = "hang"
        elif u < self.server_error_rate + self.timeout_rate + self.error_rate:
            fate = "connection"
        else:
            fate = "ok"
        _events.emit("service.accept", service=self.name, id=id, tokens=tokens, in_flight=self.in_flight,
                     latency=latency)
        return Ticket(id, tokens, fate, latency, planned)

    # -- what the subclasses say -----------------------------------------

    def check(self, context):
        """(status, cause, body) refusing a malformed or unauthorized request
        before any limit is looked at, or None."""
        return None

    def rejection_body(self, cause, tokens, wait, context):
        return {"error": {"message": "Too many requests (%s)" % cause, "type": cause}}

    def server_error_body(self):
        return {"error": {"message": "Internal server error", "type": "server_error"}}

    # -- running an admitted request -------------------------------------

    def run_time(self, ticket):
        """Seconds from admission to the end (answer, drop or error)."""
        if ticket.fate == "hang":
            return self.hang_seconds
        if ticket.fate == "connection":
            return 0.0
        return ticket.latency

    def _cancel(self, ticket):
        self.in_flight = self.in_flight - 1
        self.cancelled = self.cancelled + 1
        _events.emit("service.cancel", service=self.name, id=ticket.id)

    def _finish(self, ticket, ok_response):
        """End an admitted request: the Response, or ConnectionError."""
        self.in_flight = self.in_flight - 1
        if ticket.fate in ("hang", "connection"):
            self.errors[ticket.fate] = self.errors[ticket.fate] + 1
            _events.emit("service.error", service=self.name, id=ticket.id, cause=ticket.fate)
            raise ConnectionError("%s: connection dropped (request %d)" % (self.name, ticket.id))
        if ticket.fate == "server":
            self.errors["server"] = self.errors["server"] + 1
            response = Response(500, self._error_headers(self.limit_headers()), self.server_error_body())
        else:
            self.completed = self.completed + 1
            response = ok_response()
            response.headers.update(self.limit_headers())
        _events.emit("service.response", service=self.name, id=ticket.id, status=response.status_code,
                     latency=time.monotonic() - ticket.started)
        return response

    async def _serve(self, tokens, ok_response, plan=None, context=None):
        """Admit and run one request on the event loop (asyncio.sleep)."""
        ticket = self._admit(tokens, plan, context)
        if isinstance(ticket, Response):
            return ticket
        try:
            await asyncio.sleep(self.run_time(ticket))
        except BaseException:
            self._cancel(ticket)
            raise
        return self._finish(ticket, lambda: ok_response(ticket))

    def _serve_blocking(self, tokens, ok_response, timeout=None, plan=None, context=None):
        """The same with time.sleep (a sync client: it blocks the whole loop).
        Past `timeout` seconds the caller gives up: TimeoutError."""
        ticket = self._admit(tokens, plan, context)
        if isinstance(ticket, Response):
            return ticket
        d = self.run_time(ticket)
        if timeout is not None and d > timeout:
            time.sleep(timeout)
            self._cancel(ticket)
            raise TimeoutError("%s: no answer in %r s (request %d)" % (self.name, timeout, ticket.id))
        time.sleep(d)
        return self._finish(ticket, lambda: ok_response(ticket))

    # -- counters --------------------------------------------------------

    def stats(self):
        return {
            "name": self.name,
            "requests": self.requests,
            "accepted": self.accepted,
            "rejected": dict(self.rejected),
            "completed": self.completed,
            "errors": dict(self.errors),
            "cancelled": self.cancelled,
            "in_flight": self.in_flight,
            "max_in_flight": self.max_in_flight,
            "tokens_used": self.tokens_used,
            "requests_per_minute": dict(self.requests_per_minute),
            "tokens_per_minute": dict(self.tokens_per_minute),
        }
