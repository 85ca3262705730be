"""Stop strategies: called with the RetryCallState after a failed attempt,
they answer "give up now?". Combine them with | (any) and & (all)."""

from tenacity import _utils


class stop_base:
    """Base class of stop strategies; subclasses define __call__."""

    def __call__(self, retry_state):
        raise NotImplementedError

    def __and__(self, other):
        return stop_all(self, other)

    def __or__(self, other):
        return stop_any(self, other)


class stop_any(stop_base):
    """Stop as soon as one of the strategies says stop."""

    def __init__(self, *stops):
        self.stops = stops

    def __call__(self, retry_state):
        return any(s(retry_state) for s in self.stops)


class stop_all(stop_base):
    """Stop only when every strategy says stop."""

    def __init__(self, *stops):
        self.stops = stops

    def __call__(self, retry_state):
        return all(s(retry_state) for s in self.stops)


class _stop_never(stop_base):
    def __call__(self, retry_state):
        return False


stop_never = _stop_never()


class stop_when_event_set(stop_base):
    """Stop once event.is_set() is true."""

    def __init__(self, event):
        self.event = event

    def __call__(self, retry_state):
        return self.event.is_set()


class stop_after_attempt(stop_base):
    """Stop when the attempt that just finished was number max_attempt_number."""

    def __init__(self, max_attempt_number):
        self.max_attempt_number = max_attempt_number

    def __call__(self, retry_state):
        return retry_state.attempt_number >= self.max_attempt_number


class stop_after_delay(stop_base):
    """Stop when max_delay seconds have passed between the first call and
    the end of the attempt that just finished."""

    def __init__(self, max_delay):
        self.max_delay = _utils.to_seconds(max_delay)

    def __call__(self, retry_state):
        elapsed = retry_state.seconds_since_start
        if elapsed is None:
            raise RuntimeError("__call__() called but seconds_since_start is not set")
        return elapsed >= self.max_delay
