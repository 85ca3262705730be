"""Adaptive concurrency limiters: how many calls to let run at once when
nobody tells you the number.

All of them are used the same way:

    limiter = AIMDLimiter(initial=10)
    async with limiter:          # waits while limiter.in_use >= limiter.limit
        await call()             # an exception leaving the block is a "drop"

SeedAdaptiveSemaphore   the seed's Example 5 as written. It "changes" its
                        limit by replacing its asyncio.Semaphore; the tasks
                        already waiting on the old one are never woken
                        (releases go to the new one), so a run that adjusts
                        while calls are queued strands them: a deadlock.
AdaptiveLimiter         the same policy (+5 after every 10th success up to
                        50, -5 after every 3rd failure down to 5), with a
                        limit that changes in place: one queue of waiters,
                        woken whenever in_use drops below the limit, so
                        raising the limit admits waiters at once and
                        lowering it just lets the excess drain.
AIMDLimiter             loss-based (TCP's additive increase, multiplicative
                        decrease): a drop multiplies the limit by `backoff`
                        (0.9); a success while the limit was fully used adds
                        1.
VegasLimiter            delay-based, after TCP Vegas as Netflix's
                        concurrency-limits describes it: the queue at the
                        bottleneck is estimated as limit * (1 - min_rtt /
                        rtt); below alpha the limit grows by 1, above beta it
                        shrinks by 1; a drop shrinks it by 1 too. Vegas and
                        Gradient2 decide once per `interval` (1 s) window.
Gradient2Limiter        delay-based with averages instead of the minimum,
                        in the spirit of Netflix's Gradient2: a short
                        (this window's) and a long (exponential average over
                        `window` windows) RTT; gradient = clamp(tolerance *
                        long / short, 0.5, 1); new limit = limit * gradient +
                        queue (sqrt of the limit), smoothed by `smoothing`.
                        When queueing shows (short above the long average),
                        the limit falls; when latency recovers, it grows.

The delay-based ones only grow while at least half the limit is in use
(Netflix's rule against growing on an idle limit).

Every limiter keeps `limit` (a float for the delay-based ones; the gate
uses int(limit), never below min_limit), `in_use`, `waiting`, and the
`history` of (time, limit) after each change. RTTs are measured on
time.monotonic(), the virtual clock.
"""

import asyncio
import collections
import math
import time
from asyncio import Semaphore


class SeedAdaptiveSemaphore:
    """Example 5 from the seed, unchanged except for the prints' emoji."""

    def __init__(self, initial_limit=10):
        self.limit = initial_limit
        self.sem = Semaphore(initial_limit)
        self.successes = 0
        self.failures = 0

    async def __aenter__(self):
        await self.sem.acquire()
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self.sem.release()
        if exc_type is None:
            self.successes += 1
            if self.successes % 10 == 0 and self.limit < 50:
                self.limit += 5
                print(f"Increasing limit to {self.limit}")
                self._adjust_semaphore()
        else:
            self.failures += 1
            if self.failures % 3 == 0 and self.limit > 5:
                self.limit -= 5
                print(f"Decreasing limit to {self.limit}")
                self._adjust_semaphore()

    def _adjust_semaphore(self):
        # The bug: waiters of the old semaphore stay blocked on it forever.
        self.sem = Semaphore(self.limit)


class Limiter:
    """The gate every corrected limiter shares; subclasses decide on_sample."""

    def __init__(self, initial=10, min_limit=1, max_limit=1000):
        self.limit = initial
        self.min_limit = min_limit
        self.max_limit = max_limit
        self.in_use = 0
        self.successes = 0
        self.failures = 0
        self.history = [(time.monotonic(), initial)]
        self._waiters = collections.deque()
        self._running = {}

    @property
    def waiting(self):
        return len(self._waiters)

    def gate(self):
        return max(self.min_limit, int(self.limit))

    def set_limit(self, value):
        value = min(self.max_limit, max(self.min_limit, value))
        if value != self.limit:
            self.limit = value
            self.history.append((time.monotonic(), value))
        self._wake()

    def _wake(self):
        while self._waiters and self.in_use < self.gate():
            fut = self._waiters.popleft()
            if not fut.done():
                self.in_use += 1
                fut.set_result(None)

    async def __aenter__(self):
        if self.in_use < self.gate() and not self._waiters:
            self.in_use += 1
        else:
            fut = asyncio.get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            except BaseException:
                if fut.done() and not fut.cancelled():
                    self.in_use -= 1  # admitted, then cancelled before running
                    self._wake()
                elif fut in self._waiters:
                    self._waiters.remove(fut)
                raise
        # One entry per task at a time: the start time and how full the gate
        # was are looked up again by __aexit__.
        self._running[asyncio.current_task()] = (time.monotonic(), self.in_use)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        started, used = self._running.pop(asyncio.current_task())
        rtt = time.monotonic() - started
        self.in_use -= 1
        ok = exc_type is None
        if ok:
            self.successes += 1
        else:
            self.failures += 1
        self.on_sample(rtt, used, ok)
        self._wake()
        return False

    def on_sample(self, rtt, used, ok):
        """Adjust the limit after one call (rtt seconds; `used` calls were
        running, this one included, when it started)."""


class AdaptiveLimiter(Limiter):
    """The seed's policy on a limit that changes in place."""

    def __init__(self, initial=10, min_limit=5, max_limit=50, step=5):
        Limiter.__init__(self, initial, min_limit, max_limit)
        self.step = step

    def on_sample(self, rtt, used, ok):
        if ok and self.successes % 10 == 0 and self.limit < self.max_limit:
            self.set_limit(self.limit + self.step)
        elif not ok and self.failures % 3 == 0 and self.limit > self.min_limit:
            self.set_limit(self.limit - self.step)


class AIMDLimiter(Limiter):
    def __init__(self, initial=10, min_limit=1, max_limit=200, backoff=0.9):
        Limiter.__init__(self, initial, min_limit, max_limit)
        self.backoff = backoff

    def on_sample(self, rtt, used, ok):
        if not ok:
            self.set_limit(max(self.min_limit, int(self.limit * self.backoff)))
        elif used >= self.limit:
            self.set_limit(self.limit + 1)


class WindowedLimiter(Limiter):
    """Delay-based limiters decide once per window of `interval` seconds, on
    the window's average RTT, its largest `used` and whether anything
    dropped (as Netflix's WindowedLimit feeds its delay-based limits):
    deciding per sample would react 40 times before the first slowed-down
    answer is back."""

    def __init__(self, initial, min_limit, max_limit, interval):
        Limiter.__init__(self, initial, min_limit, max_limit)
        self.interval = interval
        self._window_start = time.monotonic()
        self._rtt_sum = 0.0
        self._count = 0
        self._used = 0
        self._dropped = False

    def on_sample(self, rtt, used, ok):
        self._rtt_sum += rtt
        self._count += 1
        self._used = max(self._used, used)
        self._dropped = self._dropped or not ok
        now = time.monotonic()
        if now - self._window_start < self.interval:
            return
        self.on_window(self._rtt_sum / self._count, self._used, self._dropped)
        self._window_start = now
        self._rtt_sum = 0.0
        self._count = 0
        self._used = 0
        self._dropped = False

    def on_window(self, rtt, used, dropped):
        pass


class VegasLimiter(WindowedLimiter):
    def __init__(self, initial=10, min_limit=1, max_limit=200, alpha=3, beta=6, interval=1.0):
        WindowedLimiter.__init__(self, initial, min_limit, max_limit, interval)
        self.alpha = alpha
        self.beta = beta
        self.min_rtt = None

    def on_window(self, rtt, used, dropped):
        if dropped:
            self.set_limit(self.limit - 1)
            return
        if self.min_rtt is None or rtt < self.min_rtt:
            self.min_rtt = rtt
        queue = self.limit * (1 - self.min_rtt / rtt) if rtt > 0 else 0.0
        if queue < self.alpha and used * 2 >= self.limit:
            self.set_limit(self.limit + 1)
        elif queue > self.beta:
            self.set_limit(self.limit - 1)


class Gradient2Limiter(WindowedLimiter):
    def __init__(self, initial=10, min_limit=1, max_limit=200, window=20, tolerance=1.5, smoothing=0.2,
                 interval=1.0):
        WindowedLimiter.__init__(self, float(initial), min_limit, max_limit, interval)
        self.window = window
        self.tolerance = tolerance
        self.smoothing = smoothing
        self.long_rtt = None
        self.samples = 0

    def on_window(self, rtt, used, dropped):
        self.samples += 1
        if self.long_rtt is None:
            self.long_rtt = rtt
        else:
            n = min(self.samples, self.window)
            self.long_rtt = self.long_rtt + (rtt - self.long_rtt) / n
        if dropped:
            self.set_limit(self.limit * 0.9)
            return
        if rtt <= 0:
            return
        if used * 2 < self.limit:
            return  # the caller is not using the limit: no evidence to grow on
        gradient = max(0.5, min(1.0, self.tolerance * self.long_rtt / rtt))
        new = self.limit * gradient + math.sqrt(self.limit)
        self.set_limit(self.limit * (1 - self.smoothing) + new * self.smoothing)
