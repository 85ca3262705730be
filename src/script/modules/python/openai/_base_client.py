"""The SDK's request loop and its own retries, ported from openai-python v1's
src/openai/_base_client.py (BaseClient._parse_retry_after_header,
_calculate_retry_timeout, _should_retry; AsyncAPIClient/SyncAPIClient
._request and ._retry_request). The rules:

* One call makes up to max_retries + 1 attempts (max_retries defaults to 2).
* Retried: a timeout (APITimeoutError), a connection error
  (APIConnectionError), and a status response for which _should_retry says
  so: the x-should-retry header ("true"/"false") wins; else 408, 409, 429 and
  any >= 500 are retried; nothing else is (a 400 or 401 raises at once).
* The wait before retry number n + 1 (n = retries taken so far):
  retry-after-ms (milliseconds) or else retry-after (seconds, a float) from
  the response, if 0 < it <= 60; otherwise min(0.5 * 2 ** n, 8.0) times a
  jitter of 1 - 0.25 * random(), so 0.5 s, 1 s, 2 s, 4 s, 8 s, 8 s ... each
  shortened by up to a quarter.
* The async client waits with asyncio.sleep; the sync client with
  time.sleep, which blocks the thread -- inside a coroutine, the whole event
  loop ("In a synchronous context we are blocking the entire thread", says
  the SDK).
* When attempts run out: the status error for the last response (raised
  "from None"), or APITimeoutError / APIConnectionError from the cause.

Deviations: random() is the provider's client_rng (a random.Random seeded
from the provider's seed) instead of the random module's, so the jitter is
reproducible and leaves the scenario's own random draws alone; retry-after
as an HTTP date is not parsed; the log lines are events (turnstile._events)
instead of logging records.
"""

import asyncio
import time

from turnstile import _events
from turnstile.http import Request

from openai._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY
from openai._exceptions import APIConnectionError, APITimeoutError, make_status_error

URL = "https://api.openai.com/v1/chat/completions"


def parse_retry_after(headers):
    """Seconds the server asks to wait, or None (retry-after-ms first)."""
    if headers is None:
        return None
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is not None:
        try:
            return float(value)
        except ValueError:
            pass
    return None


def retry_timeout(rng, max_retries, remaining_retries, headers):
    """_calculate_retry_timeout: seconds to wait before the next attempt."""
    retry_after = parse_retry_after(headers)
    if retry_after is not None and 0 < retry_after <= 60:
        return retry_after
    nb_retries = min(max_retries - remaining_retries, 1000)
    sleep_seconds = min(INITIAL_RETRY_DELAY * pow(2.0, nb_retries), MAX_RETRY_DELAY)
    jitter = 1 - 0.25 * rng.random()
    timeout = sleep_seconds * jitter
    return timeout if timeout >= 0 else 0


def should_retry(response):
    """_should_retry for a 4xx/5xx response."""
    header = response.headers.get("x-should-retry")
    if header == "true":
        return True
    if header == "false":
        return False
    code = response.status_code
    return code == 408 or code == 409 or code == 429 or code >= 500


class Attempts:
    """One call's attempts: which to make next, what to wait, what to raise.
    Shared by the async and the sync loops, which differ only in how they
    send and sleep."""

    def __init__(self, client, model, stream, key=0):
        client._calls[0] = client._calls[0] + 1
        self.key = key
        self.client = client
        self.id = client._calls[0]
        self.model = model
        self.stream = stream
        self.max_retries = client.max_retries
        self.retries_taken = 0
        self.request = Request("POST", URL)

    def sending(self):
        _events.emit("client.request", client=self.client._name, id=self.id, attempt=self.retries_taken + 1,
                     model=self.model, stream=self.stream, key=self.key)

    def after_failure(self, response, reason):
        """The wait before the next attempt, or None: no retry left or wanted."""
        remaining = self.max_retries - self.retries_taken
        if remaining <= 0 or (response is not None and not should_retry(response)):
            return None
        delay = retry_timeout(self.client._provider.client_rng, self.max_retries, remaining,
                              None if response is None else response.headers)
        _events.emit("client.retry", client=self.client._name, id=self.id, attempt=self.retries_taken + 1,
                     delay=delay, reason=reason)
        self.retries_taken = self.retries_taken + 1
        return delay

    def error(self, response, reason):
        """The exception to raise after the last attempt."""
        if reason == "timeout":
            e = APITimeoutError(request=self.request)
        elif reason == "connection":
            e = APIConnectionError(request=self.request)
        else:
            response.request = self.request
            e = make_status_error(response)
        _events.emit("client.error", client=self.client._name, id=self.id, attempt=self.retries_taken + 1,
                     error=type(e).__name__, key=self.key)
        return e

    def done(self, response):
        response.request = self.request
        _events.emit("client.response", client=self.client._name, id=self.id, attempt=self.retries_taken + 1,
                     status=response.status_code)


async def request_async(client, model, stream, send, timeout, key=0):
    """The async loop: send() is a coroutine function returning a Response
    (or raising ConnectionError); timeout seconds cancel an attempt."""
    a = Attempts(client, model, stream, key)
    while True:
        a.sending()
        response = None
        try:
            if timeout is None:
                response = await send()
            else:
                response = await asyncio.wait_for(send(), timeout)
            reason = None if response.status_code < 400 else str(response.status_code)
        except asyncio.TimeoutError as err:
            reason = "timeout"
            cause = err
        except ConnectionError as err:
            reason = "connection"
            cause = err
        if reason is None:
            a.done(response)
            return response
        delay = a.after_failure(response, reason)
        if delay is None:
            if response is not None:
                raise a.error(response, reason) from None
            raise a.error(response, reason) from cause
        await asyncio.sleep(delay)


def request_blocking(client, model, stream, send, timeout, key=0):
    """The sync loop: send(timeout) blocks (time.sleep) and raises
    TimeoutError past the timeout; the waits between attempts are
    time.sleep too."""
    a = Attempts(client, model, stream, key)
    while True:
        a.sending()
        response = None
        try:
            response = send(timeout)
            reason = None if response.status_code < 400 else str(response.status_code)
        except TimeoutError as err:
            reason = "timeout"
            cause = err
        except ConnectionError as err:
            reason = "connection"
            cause = err
        if reason is None:
            a.done(response)
            return response
        delay = a.after_failure(response, reason)
        if delay is None:
            if response is not None:
                raise a.error(response, reason) from None
            raise a.error(response, reason) from cause
        time.sleep(delay)
