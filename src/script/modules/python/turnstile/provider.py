"""Provider: a simulated LLM API (OpenAI's chat completions, as a server).

    Provider(rpm=None, tpm=None, max_concurrency=None,
             latency=lognormal(1.0, 0.25), error_rate=0.0, timeout_rate=0.0,
             server_error_rate=0.0, seed=0, enforce="minute", name="provider",
             retry_after="seconds", hang_seconds=900.0, answer_tokens=(20, 60),
             api_keys=None, max_output_tokens=16384, capacity=None,
             should_retry=None)

Limits (see turnstile.buckets for the refill rule): rpm and tpm are token
buckets; enforce="second" is OpenAI's finer grain (500 RPM as a bucket of
ceil(500 / 60) = 9, refilled at 8.33 per second). max_concurrency caps the
requests in flight; past `capacity` in flight the server slows down. Fates
and the order of random draws: turnstile.service.

Tokens:
  prompt_tokens   estimated from the messages at ~4 characters per token:
                  3 + sum over messages of (4 + ceil(len(content) / 4))
                  (the 4 is the role and message framing, the 3 primes the
                  reply, as OpenAI's counting guide does it)
  charged to TPM  prompt_tokens + max_tokens (answer_tokens[1] when max_tokens
                  is not given): OpenAI counts the requested maximum, not what
                  is generated, at admission
  answer          a deterministic text drawn, once the request is admitted,
                  from random.Random(seed * 1000003 + request number): a
                  length in answer_tokens (inclusive), one word per token;
                  cut at max_tokens (finish_reason "length") or complete
                  ("stop")

Answers: a 401 when api_keys (a collection) is given and the key is not in
it; a 400 for empty messages or max_tokens above max_output_tokens; a 429
carries OpenAI's error body ("Rate limit reached for MODEL in organization
org-turnstile on requests per min (RPM): Limit 500, Used 500, Requested 1.
Please try again in 120ms. ..."), the x-ratelimit-* headers and,
by `retry_after`: "seconds" a retry-after header (whole seconds, rounded up),
"ms" retry-after-ms, "both", or None (no hint). A 500 carries OpenAI's
server_error body. should_retry=True/False adds x-should-retry: "true" /
"false" to every error answer (the SDK obeys it over its own rules).
Timeouts are the client's: a hung request is dropped by
the server after hang_seconds.

Streaming: the answer's n words arrive evenly over the request's latency T,
word k at T * k / n; the response (status and headers) comes with the first
word.
"""

import asyncio
import math
import random
import time

from turnstile.buckets import duration
from turnstile.http import Response
from turnstile.latency import lognormal
from turnstile.service import Service

ORG = "org-turnstile"
LIMITS_URL = "Visit https://platform.openai.com/account/rate-limits to learn more."

WORDS = (
    "the quiet river carries light across stone and morning wind through open "
    "fields where patient waves return slow clouds drift over silver hills a "
    "small bird sings of distant shores while evening settles on the sleeping "
    "city bright leaves turn gold in autumn rain"
).split()


def prompt_tokens(messages):
    """OpenAI-style token estimate of a chat prompt (~4 characters a token)."""
    n = 3
    for m in messages:
        content = m.get("content") or ""
        n = n + 4 + math.ceil(len(content) / 4)
    return n


class Answer:
    """What the provider will say to one admitted request."""

    def __init__(self, words, finish_reason):
        self.words = words
        self.tokens = len(words)
        self.finish_reason = finish_reason
        self.text = " ".join(words)

    def pieces(self):
        """The text as streamed: one word a chunk, spaces leading."""
        return [w if i == 0 else " " + w for i, w in enumerate(self.words)]


class Provider(Service):
    def __init__(self, rpm=None, tpm=None, max_concurrency=None, latency=None, error_rate=0.0,
                 timeout_rate=0.0, server_error_rate=0.0, seed=0, enforce="minute", name="provider",
                 retry_after="seconds", hang_seconds=900.0, answer_tokens=(20, 60), api_keys=None,
                 max_output_tokens=16384, capacity=None, should_retry=None):
        Service.__init__(self, name, rpm=rpm, tpm=tpm, max_concurrency=max_concurrency,
                         latency=lognormal(1.0, 0.25) if latency is None else latency,
                         error_rate=error_rate, timeout_rate=timeout_rate,
                         server_error_rate=server_error_rate, seed=seed, enforce=enforce,
                         retry_after=retry_after, hang_seconds=hang_seconds, capacity=capacity,
                         should_retry=should_retry)
        self.answer_tokens = answer_tokens
        self.api_keys = api_keys
        self.max_output_tokens = max_output_tokens
        self.client_rng = random.Random(seed * 1000003)

    def __repr__(self):
        return "Provider(name=%r, rpm=%r, tpm=%r, max_concurrency=%r, latency=%r, enforce=%r)" % (
            self.name, self.rpm, self.tpm, self.max_concurrency, self.latency, self.enforce)

    # -- the model's side ------------------------------------------------

    def _planner(self, max_tokens):
        def plan(id):
            rng = random.Random(self.seed * 1000003 + id)
            n = rng.randint(self.answer_tokens[0], self.answer_tokens[1])
            words = [rng.choice(WORDS) for _ in range(n)]
            words[0] = words[0].capitalize()
            finish = "stop"
            if max_tokens is not None and n > max_tokens:
                words = words[:max_tokens]
                finish = "length"
            else:
                words[-1] = words[-1] + "."
            return Answer(words, finish)
        return plan

    def charge(self, messages, max_tokens):
        """(prompt tokens, tokens charged to the TPM bucket)."""
        p = prompt_tokens(messages)
        return p, p + (self.answer_tokens[1] if max_tokens is None else max_tokens)

    def check(self, request):
        key = request["api_key"]
        if self.api_keys is not None and key not in self.api_keys:
            shown = key[:3] + "*" * max(0, len(key) - 7) + key[-4:] if len(key) > 7 else key
            return 401, "auth", {"error": {
                "message": "Incorrect API key provided: %s. You can find your API key at "
                           "https://platform.openai.com/account/api-keys." % shown,
                "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}}
        if not request["messages"]:
            return 400, "invalid", {"error": {
                "message": "[] is too short - 'messages'", "type": "invalid_request_error",
                "param": "messages", "code": None}}
        mt = request["max_tokens"]
        if mt is not None and mt > self.max_output_tokens:
            return 400, "invalid", {"error": {
                "message": "max_tokens is too large: %d. This model supports at most %d completion tokens, "
                           "whereas you provided %d." % (mt, self.max_output_tokens, mt),
                "type": "invalid_request_error", "param": "max_tokens", "code": "invalid_value"}}
        return None

    def rejection_body(self, cause, tokens, wait, request):
        model = request["model"]
        if cause == "concurrency":
            message = "Too many concurrent requests for %s in organization %s: Limit %d. Please try again later." % (
                model, ORG, self.max_concurrency)
            kind = "requests"
        elif cause == "too_large":
            message = ("Request too large for %s in organization %s on tokens per min (TPM): Limit %d, "
                       "Requested %d. The input or output tokens must be reduced in order to run "
                       "successfully. %s") % (model, ORG, self.tpm, tokens, LIMITS_URL)
            kind = "tokens"
        else:
            bucket = self.requests_bucket if cause == "rpm" else self.tokens_bucket
            label = "requests per min (RPM)" if cause == "rpm" else "tokens per min (TPM)"
            kind = "requests" if cause == "rpm" else "tokens"
            message = ("Rate limit reached for %s in organization %s on %s: Limit %d, Used %d, Requested %d. "
                       "Please try again in %s. %s") % (
                model, ORG, label, bucket.limit, bucket.capacity - bucket.remaining(),
                1 if cause == "rpm" else tokens, duration(wait), LIMITS_URL)
        return {"error": {"message": message, "type": kind, "param": None, "code": "rate_limit_exceeded"}}

    def server_error_body(self):
        return {"error": {"message": "The server had an error while processing your request. Sorry about that!",
                          "type": "server_error", "param": None, "code": None}}

    def _completion(self, ticket, model, prompt):
        answer = ticket.plan
        return Response(200, {"x-request-id": "req_ts%06d" % ticket.id}, {
            "id": "chatcmpl-ts%06d" % ticket.id,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": answer.text, "refusal": None},
                "logprobs": None,
                "finish_reason": answer.finish_reason,
            }],
            "usage": {"prompt_tokens": prompt, "completion_tokens": answer.tokens,
                      "total_tokens": prompt + answer.tokens},
        })

    # -- the HTTP side: what a client calls --------------------------------

    def _request(self, model, messages, max_tokens, api_key):
        return {"model": model, "messages": messages, "max_tokens": max_tokens, "api_key": api_key}

    async def chat(self, model, messages, max_tokens=None, api_key="sk-turnstile"):
        """POST /v1/chat/completions: a Response (200, 429 or 500), or
        ConnectionError when the request fails without one."""
        prompt, charged = self.charge(messages, max_tokens)
        return await self._serve(charged, lambda t: self._completion(t, model, prompt),
                                 self._planner(max_tokens), self._request(model, messages, max_tokens, api_key))

    def chat_blocking(self, model, messages, max_tokens=None, timeout=None, api_key="sk-turnstile"):
        """The same, blocking (time.sleep); TimeoutError past `timeout`."""
        prompt, charged = self.charge(messages, max_tokens)
        return self._serve_blocking(charged, lambda t: self._completion(t, model, prompt), timeout,
                                    self._planner(max_tokens), self._request(model, messages, max_tokens, api_key))

    def _chunk(self, ticket, model, delta, finish_reason):
        return {
            "id": "chatcmpl-ts%06d" % ticket.id,
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
        }

    def _stream_steps(self, ticket):
        """The wait before each word: T / n each (T, the request's latency)."""
        n = ticket.plan.tokens
        return [ticket.latency * (k + 1) / n - ticket.latency * k / n for k in range(n)]

    def _stream_response(self, ticket, model, chunks):
        return Response(200, {"x-request-id": "req_ts%06d" % ticket.id, "content-type": "text/event-stream"},
                        chunks)

    async def chat_stream(self, model, messages, max_tokens=None, api_key="sk-turnstile"):
        """POST /v1/chat/completions with stream=true: a Response whose json()
        is an async iterator of chunk dicts, or the 429/500 Response, or
        ConnectionError. The response itself comes with the first word."""
        prompt, charged = self.charge(messages, max_tokens)
        ticket = self._admit(charged, self._planner(max_tokens), self._request(model, messages, max_tokens, api_key))
        if isinstance(ticket, Response):
            return ticket
        steps = self._stream_steps(ticket)
        first = steps[0] if ticket.fate == "ok" else self.run_time(ticket)
        try:
            await asyncio.sleep(first)
        except BaseException:
            self._cancel(ticket)
            raise
        if ticket.fate != "ok":
            return self._finish(ticket, None)
        return self._stream_response(ticket, model, self._chunks_async(ticket, model, steps))

    async def _chunks_async(self, ticket, model, steps):
        pieces = ticket.plan.pieces()
        yield self._chunk(ticket, model, {"role": "assistant", "content": "", "refusal": None}, None)
        for k, piece in enumerate(pieces):
            if k:
                try:
                    await asyncio.sleep(steps[k])
                except BaseException:
                    self._cancel(ticket)
                    raise
            yield self._chunk(ticket, model, {"content": piece}, None)
        self._finish(ticket, lambda: Response(200))
        yield self._chunk(ticket, model, {}, ticket.plan.finish_reason)

    def chat_stream_blocking(self, model, messages, max_tokens=None, timeout=None, api_key="sk-turnstile"):
        """The blocking stream: chunks from a plain generator."""
        prompt, charged = self.charge(messages, max_tokens)
        ticket = self._admit(charged, self._planner(max_tokens), self._request(model, messages, max_tokens, api_key))
        if isinstance(ticket, Response):
            return ticket
        steps = self._stream_steps(ticket)
        first = steps[0] if ticket.fate == "ok" else self.run_time(ticket)
        if timeout is not None and first > timeout:
            time.sleep(timeout)
            self._cancel(ticket)
            raise TimeoutError("%s: no answer in %r s (request %d)" % (self.name, timeout, ticket.id))
        time.sleep(first)
        if ticket.fate != "ok":
            return self._finish(ticket, None)
        return self._stream_response(ticket, model, self._chunks_blocking(ticket, model, steps))

    def _chunks_blocking(self, ticket, model, steps):
        pieces = ticket.plan.pieces()
        yield self._chunk(ticket, model, {"role": "assistant", "content": "", "refusal": None}, None)
        for k, piece in enumerate(pieces):
            if k:
                time.sleep(steps[k])
            yield self._chunk(ticket, model, {"content": piece}, None)
        self._finish(ticket, lambda: Response(200))
        yield self._chunk(ticket, model, {}, ticket.plan.finish_reason)
