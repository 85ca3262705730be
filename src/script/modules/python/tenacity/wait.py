"""Wait strategies: called with the RetryCallState after a failed attempt,
they return how many seconds to sleep before the next one. Add them with +.

The arithmetic is written exactly as tenacity 8.2.1 evaluates it (int vs
float results, the order of random calls), so that seeded jitter and the
statistics match CPython running the real library."""

import random

from tenacity import _utils


class wait_base:
    """Base class of wait strategies; subclasses define __call__."""

    def __call__(self, retry_state):
        raise NotImplementedError

    def __add__(self, other):
        return wait_combine(self, other)

    def __radd__(self, other):
        # sum([w1, w2]) starts from 0
        if other == 0:
            return self
        return self.__add__(other)


class wait_fixed(wait_base):
    """Always the same wait."""

    def __init__(self, wait):
        self.wait_fixed = _utils.to_seconds(wait)

    def __call__(self, retry_state):
        return self.wait_fixed


class wait_none(wait_fixed):
    """No wait at all."""

    def __init__(self):
        wait_fixed.__init__(self, 0)


class wait_random(wait_base):
    """A uniformly random wait in [min, max]: one random.random() per call."""

    def __init__(self, min=0, max=1):
        self.wait_random_min = _utils.to_seconds(min)
        self.wait_random_max = _utils.to_seconds(max)

    def __call__(self, retry_state):
        span = self.wait_random_max - self.wait_random_min
        return self.wait_random_min + (random.random() * span)


class wait_combine(wait_base):
    """The sum of several waits (what + builds)."""

    def __init__(self, *strategies):
        self.wait_funcs = strategies

    def __call__(self, retry_state):
        return sum(w(retry_state=retry_state) for w in self.wait_funcs)


class wait_chain(wait_base):
    """Strategy k for attempt k; the last one for every attempt after."""

    def __init__(self, *strategies):
        self.strategies = strategies

    def __call__(self, retry_state):
        k = min(max(retry_state.attempt_number, 1), len(self.strategies))
        return self.strategies[k - 1](retry_state=retry_state)


class wait_incrementing(wait_base):
    """start, start + increment, start + 2 * increment, ... capped at max."""

    def __init__(self, start=0, increment=100, max=_utils.MAX_WAIT):
        self.start = _utils.to_seconds(start)
        self.increment = _utils.to_seconds(increment)
        self.max = _utils.to_seconds(max)

    def __call__(self, retry_state):
        result = self.start + (self.increment * (retry_state.attempt_number - 1))
        return max(0, min(result, self.max))


class wait_exponential(wait_base):
    """multiplier * exp_base ** (attempt - 1), clamped to [min, max].

    No jitter: every client that failed together retries together. Use
    wait_random_exponential (or add a wait_random) to spread them out."""

    def __init__(self, multiplier=1, max=_utils.MAX_WAIT, exp_base=2, min=0):
        self.multiplier = multiplier
        self.min = _utils.to_seconds(min)
        self.max = _utils.to_seconds(max)
        self.exp_base = exp_base

    def __call__(self, retry_state):
        try:
            result = self.multiplier * (self.exp_base ** (retry_state.attempt_number - 1))
        except OverflowError:
            return self.max
        return max(max(0, self.min), min(result, self.max))


class wait_random_exponential(wait_exponential):
    """"Full jitter": uniform in [0, the wait_exponential value]."""

    def __call__(self, retry_state):
        high = wait_exponential.__call__(self, retry_state=retry_state)
        return random.uniform(0, high)


wait_full_jitter = wait_random_exponential


class wait_exponential_jitter(wait_base):
    """initial * exp_base ** (attempt - 1) + uniform(0, jitter), capped at max."""

    def __init__(self, initial=1, max=_utils.MAX_WAIT, exp_base=2, jitter=1):
        self.initial = initial
        self.max = max
        self.exp_base = exp_base
        self.jitter = jitter

    def __call__(self, retry_state):
        jitter = random.uniform(0, self.jitter)
        try:
            result = self.initial * (self.exp_base ** (retry_state.attempt_number - 1)) + jitter
        except OverflowError:
            result = self.max
        return max(0, min(result, self.max))
