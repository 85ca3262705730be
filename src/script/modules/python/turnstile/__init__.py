"""turnstile: the simulated world's services, on the virtual clock.

    import turnstile
    from turnstile import Provider, Api, latency

    turnstile.configure(rpm=60, tpm=10_000, enforce="second")  # the default
    provider = Provider(rpm=500, tpm=200_000, seed=1)            # or your own

turnstile.cpu(seconds) is CPU-bound work of that many seconds (Turnstile's
threads and processes model; a plain time.sleep under CPython), and
turnstile.python_speed() charges the script's own Python code as CPU time.

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

# About CPython 3.11's speed on this project's machine, in Turnstile's VM
# steps (the instructions of a loop's body, once per iteration, and 1 a
# call): CPython runs a loop's instructions at ~89 million a second and
# calls at ~20 million (a 1,000,000-iteration `s += i` loop is 8 million
# steps, 90 ms; fib(25) is 242,785 calls, 12 ms), so at 50 million a loop
# comes out ~1.8x slower than CPython and a call-heavy function ~2.5x faster.
CPYTHON_STEPS_PER_SECOND = 50_000_000


def python_speed(steps_per_second=CPYTHON_STEPS_PER_SECOND):
    """Charge pure-Python code as CPU time from now on: each VM step (a loop
    iteration or a call) takes 1/steps_per_second of CPU, under the GIL, so
    a thread computing in Python holds up the others and a task computing
    holds up the event loop. None or 0 turns it off (the default: Python
    code takes no virtual time, as on CPython's virtual clock). The time is
    paid at the thread's next sleep, lock, clock read or end, and after each
    step of a task. Under CPython's oracle it does nothing."""
    try:
        from _turnstile_cpu import set_step_cost
    except ImportError:
        return
    set_step_cost(1.0 / steps_per_second if steps_per_second else 0)


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
