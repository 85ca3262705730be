"""Token buckets on the virtual clock: how a rate limit is enforced.

The refill rule (both `enforce` grains):

  enforce="minute"  capacity = limit, refilled continuously at limit / 60 per
                    second. A fresh bucket is full, so a 500 RPM limit lets a
                    burst of 500 requests through at once, then about 8.33
                    per second.
  enforce="second"  capacity = ceil(limit / 60), refilled continuously at
                    limit / 60 per second: OpenAI's finer grain ("500 RPM may
                    be enforced as ~8 requests per second"). A 500 RPM limit
                    lets a burst of 9 through, then about 8.33 per second.

A request takes `amount` (1 for requests, its token estimate for tokens) if
the bucket holds at least that much; otherwise it is refused and the bucket is
unchanged. The clock is time.monotonic(), the virtual clock in Turnstile and
in the CPython oracle.
"""

import math
import time


class TokenBucket:
    def __init__(self, limit, enforce="minute"):
        if enforce not in ("minute", "second"):
            raise ValueError("enforce must be 'minute' or 'second', not %r" % (enforce,))
        self.limit = limit
        self.enforce = enforce
        self.rate = limit / 60.0
        self.capacity = limit if enforce == "minute" else math.ceil(limit / 60.0)
        self.level = float(self.capacity)
        self.updated = time.monotonic()

    def _refill(self):
        now = time.monotonic()
        if now > self.updated:
            self.level = min(float(self.capacity), self.level + (now - self.updated) * self.rate)
            self.updated = now

    def fits(self, amount):
        """Could `amount` ever be taken (is it at most the capacity)?"""
        return amount <= self.capacity

    def available(self, amount):
        self._refill()
        return self.level >= amount

    def take(self, amount):
        self._refill()
        self.level = self.level - amount

    def wait_for(self, amount):
        """Seconds until `amount` is available (0.0 if it is now)."""
        self._refill()
        if self.level >= amount:
            return 0.0
        return (amount - self.level) / self.rate

    def remaining(self):
        self._refill()
        return int(self.level)

    def reset(self):
        """Seconds until the bucket is full again."""
        self._refill()
        return (self.capacity - self.level) / self.rate


def duration(seconds):
    """A reset time as OpenAI's x-ratelimit-reset-* headers write it (Go's
    duration syntax, to the millisecond, rounded up): "0s", "120ms", "8.64s",
    "6m0s"."""
    ms = math.ceil(seconds * 1000)
    if ms <= 0:
        return "0s"
    if ms < 1000:
        return "%dms" % ms
    minutes, rest = divmod(ms, 60000)
    secs = "%d" % (rest // 1000)
    if rest % 1000:
        secs = secs + "." + ("%03d" % (rest % 1000)).rstrip("0")
    if minutes:
        return "%dm%ss" % (minutes, secs)
    return secs + "s"
