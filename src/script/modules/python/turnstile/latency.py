"""Latency models: how long a simulated service takes to answer.

Each model is an object with sample(rng, tokens) -> seconds, where rng is the
service's own random.Random (so a run is reproducible, under CPython and in
Turnstile alike) and tokens is the number of tokens the answer carries (0
for a plain API call). Models that ignore tokens ignore it.

    fixed(0.5)                  always 0.5 s
    uniform(0.2, 1.0)           rng.uniform(0.2, 1.0)
    exponential(1.0)            rng.expovariate(1 / mean): mean 1 s
    lognormal(1.0, 0.25)        exp(normalvariate(log(median), sigma)):
                                median 1 s, the long right tail of real APIs
    per_token(0.3, 0.02)        0.3 + 0.02 * tokens (time to first token plus
                                generation), optionally plus jitter=<model>
"""

import math


class Latency:
    def sample(self, rng, tokens=0):
        raise NotImplementedError


class fixed(Latency):
    def __init__(self, seconds):
        self.seconds = seconds

    def sample(self, rng, tokens=0):
        return self.seconds

    def __repr__(self):
        return "fixed(%r)" % (self.seconds,)


class uniform(Latency):
    def __init__(self, low, high):
        self.low = low
        self.high = high

    def sample(self, rng, tokens=0):
        return rng.uniform(self.low, self.high)

    def __repr__(self):
        return "uniform(%r, %r)" % (self.low, self.high)


class exponential(Latency):
    def __init__(self, mean):
        self.mean = mean

    def sample(self, rng, tokens=0):
        return rng.expovariate(1.0 / self.mean)

    def __repr__(self):
        return "exponential(%r)" % (self.mean,)


class lognormal(Latency):
    """Median `median` seconds; sigma is the spread of log(latency).
    Computed as exp(normalvariate(log(median), sigma)), which is exactly what
    random.lognormvariate does."""

    def __init__(self, median, sigma=0.5):
        self.median = median
        self.sigma = sigma

    def sample(self, rng, tokens=0):
        return math.exp(rng.normalvariate(math.log(self.median), self.sigma))

    def __repr__(self):
        return "lognormal(%r, %r)" % (self.median, self.sigma)


class per_token(Latency):
    """base + per_token * tokens, plus a sample of `jitter` if given."""

    def __init__(self, base, per_token, jitter=None):
        self.base = base
        self.per_token = per_token
        self.jitter = jitter

    def sample(self, rng, tokens=0):
        t = self.base + self.per_token * tokens
        if self.jitter is not None:
            t = t + self.jitter.sample(rng, tokens)
        return t

    def __repr__(self):
        return "per_token(%r, %r, jitter=%r)" % (self.base, self.per_token, self.jitter)


def as_model(value):
    """A number means fixed(number)."""
    if isinstance(value, Latency):
        return value
    return fixed(value)
