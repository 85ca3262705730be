"""The one seam between the simulated world and Turnstile's trace.

Every request, response, rejection and retry made by `turnstile` services and
the `openai` client goes through emit(kind, **fields). Under CPython it does
nothing. Under Turnstile, a native module `_turnstile` (when present) receives
each event as emit(kind, fields_dict) and puts it on the timeline; the time of
an event is the virtual time at the call, so no field carries it.

Events and their fields (all values are str, int, float, bool or None):

  service.limits    service, rpm, tpm, max_concurrency, capacity, enforce
                                                 a service is made with these
                                                 limits (None: no limit)
  service.request   service, id, tokens          a request arrives
  service.reject    service, id, status, cause, retry_after
                                                 refused at the door
                                                 (cause: "rpm", "tpm",
                                                 "concurrency", "too_large")
  service.accept    service, id, tokens, in_flight, latency
                                                 admitted; latency is how long
                                                 it will take
  service.response  service, id, status, latency  answered (status 200 or 5xx)
  service.error     service, id, cause           failed without an answer
                                                 ("connection", "hang")
  service.cancel    service, id                  the caller gave up (timeout,
                                                 task cancelled) while in flight
  client.request    client, id, attempt, model, stream, key
                                                 the SDK sends one attempt
                                                 (key: request_key of what
                                                 it sends: a call made again
                                                 with the same key was
                                                 retried by the script)
  client.retry      client, id, attempt, delay, reason
                                                 the SDK sleeps delay seconds
                                                 before attempt + 1 (reason: a
                                                 status code as str, "timeout"
                                                 or "connection")
  client.error      client, id, attempt, error, key
                                                 the SDK raises (error: the
                                                 exception class name)
  client.response   client, id, attempt, status  the SDK returns a result

  retry.attempt     fn, attempt                  tenacity starts attempt n of
                                                 a call to fn
  retry.sleep       fn, attempt, delay, reason   tenacity sleeps delay seconds
                                                 after attempt n (reason: the
                                                 exception's class or "result")
  retry.end         fn, attempt, outcome         tenacity stops: "returned",
                                                 "raised ValueError" (not
                                                 retried) or "gave up after
                                                 ValueError"
  progress.open     id, n, desc, total, unit     a tqdm bar is made (total
                                                 None: unknown)
  progress.count    id, n [, total]              its count is now n
  progress.close    id, n                        it is closed

`id` is the service's request number (service events), the client's call
number (client events) or the bar's number in the run (progress events).
tenacity and tqdm import `_turnstile` themselves (they are not part of this
package), with the same fallback.
"""

try:
    import _turnstile
    _hook = _turnstile.emit
except ImportError:
    _hook = None


def emit(kind, **fields):
    """Hand one event to the trace (nothing under CPython)."""
    if _hook is not None:
        _hook(kind, fields)


def request_key(*parts):
    """A number naming what a call sends (its model and messages), so the
    trace can tell a script's own retry (tenacity: the same call again) from
    a new call: 32-bit FNV-1a over its repr (the first 4,096 characters and the
    length), the same under CPython and Turnstile."""
    text = repr(parts)
    h = 0x811C9DC5
    for ch in text[:4096]:
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return (h << 16) ^ len(text)
