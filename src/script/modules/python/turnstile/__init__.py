"""turnstile: the simulated world's services, on the virtual clock.

    import turnstile
    from turnstile import Provider, Api, latency

    turnstile.configure(rpm=60, tpm=10_000, enforce="second")  # the default
    provider = Provider(rpm=500, tpm=200_000, seed=1)            # or your own

turnstile.cpu(seconds) is CPU-bound work of that many seconds (Turnstile's
threads and processes model; a plain time.sleep under CPython).

Modules: provider (Provider: a simulated LLM API), api (Api: a generic
HTTP-ish service), service (what both share: admission, fates, counters),
buckets (the rate-limit refill rule), latency (the latency models), http
(Request, Response), limiters (adaptive concurrency), _events (the one seam
to Turnstile's trace).

The default provider (what openai clients use when given no provider=) is
DEFAULT_TIER: 500 requests and 200,000 tokens per minute, enforced per minute,
no concurrency cap, log-normal latency with a median of 1 s (sigma 0.25), no
errors, seed 0 -- OpenAI's tier 1 for gpt-4o-mini. configure(**kwargs)
replaces it with Provider(**DEFAULT_TIER overridden by kwargs); clients
created before keep the provider they were given.
"""

from turnstile import latency  # noqa: F401
from turnstile.api import Api  # noqa: F401
from turnstile.http import Request, Response  # noqa: F401
from turnstile.provider import Provider

try:
    # CPU work on the virtual clock: it holds the GIL, so threads doing it
    # take turns (5 ms) and worker processes run it in parallel.
    from _turnstile_cpu import cpu  # noqa: F401
except ImportError:
    import time as _time

    def cpu(seconds):
        """Under CPython's oracle: busy for `seconds` of the (virtual) clock,
        blocking the caller as CPU work blocks the event loop."""
        _time.sleep(seconds)

DEFAULT_TIER = {"rpm": 500, "tpm": 200000, "name": "openai"}

_default = [None]


def configure(**provider_kwargs):
    """Replace the default provider; returns it."""
    kwargs = dict(DEFAULT_TIER)
    kwargs.update(provider_kwargs)
    _default[0] = Provider(**kwargs)
    return _default[0]


def default_provider():
    """The provider openai clients use when none is given (made on first use)."""
    if _default[0] is None:
        configure()
    return _default[0]
