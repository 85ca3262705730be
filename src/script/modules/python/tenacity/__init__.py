"""Turnstile's tenacity: retrying for plain and async functions.

Behaves like tenacity 8.2.1 (same sleeps, same random draws for jitter, same
callbacks in the same order, same exceptions and statistics); written anew
for Turnstile, so it is smaller than the original.

    @retry(stop=stop_after_attempt(3), wait=wait_fixed(1))
    async def fetch(): ...

One attempt cycle, as the controller runs it (BaseRetrying.iter):
  before(state) -> call fn -> outcome -> retry(state)? no: return the result
  (or raise the exception) -> after(state) -> stop(state)? yes: give up
  (retry_error_callback, reraise or RetryError) -> wait(state) seconds ->
  before_sleep(state) -> sleep -> next attempt.
"""

import asyncio
import functools
import time
from inspect import iscoroutinefunction

from tenacity.retry import (  # noqa: F401
    retry_all,
    retry_always,
    retry_any,
    retry_base,
    retry_if_exception,
    retry_if_exception_cause_type,
    retry_if_exception_message,
    retry_if_exception_type,
    retry_if_not_exception_message,
    retry_if_not_exception_type,
    retry_if_not_result,
    retry_if_result,
    retry_never,
    retry_unless_exception_type,
)
from tenacity.nap import sleep, sleep_using_event  # noqa: F401
from tenacity.stop import (  # noqa: F401
    stop_after_attempt,
    stop_after_delay,
    stop_all,
    stop_any,
    stop_base,
    stop_never,
    stop_when_event_set,
)
from tenacity.wait import (  # noqa: F401
    wait_base,
    wait_chain,
    wait_combine,
    wait_exponential,
    wait_exponential_jitter,
    wait_fixed,
    wait_full_jitter,
    wait_incrementing,
    wait_none,
    wait_random,
    wait_random_exponential,
)
from tenacity.before import before_log, before_nothing  # noqa: F401
from tenacity.after import after_log, after_nothing  # noqa: F401
from tenacity.before_sleep import before_sleep_log, before_sleep_nothing  # noqa: F401

try:  # Turnstile's trace (turnstile/_events.py: retry.*); absent under CPython
    from _turnstile import emit as _emit
except ImportError:
    _emit = None


def _say(kind, retry_state, **fields):
    """Tell the trace about an attempt, a sleep or the end of a call."""
    if _emit is None:
        return
    fn = retry_state.fn
    fields["fn"] = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or "attempt block"
    fields["attempt"] = retry_state.attempt_number
    _emit(kind, fields)


class TryAgain(Exception):
    """Raise it inside the retried function to force another attempt."""


NO_RESULT = object()


class DoAttempt:
    """Controller decision: run the function (again)."""


class DoSleep:
    """Controller decision: sleep this many seconds, then attempt again."""

    def __init__(self, seconds):
        self.seconds = float(seconds)


class BaseAction:
    """An action decided by the controller; repr shows REPR_FIELDS."""

    REPR_FIELDS = ()
    NAME = None

    def __repr__(self):
        fields = ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.REPR_FIELDS)
        return "%s(%s)" % (type(self).__name__, fields)

    def __str__(self):
        return repr(self)


class RetryAction(BaseAction):
    """retry_state.next_action while sleeping: .sleep is the wait in seconds."""

    REPR_FIELDS = ("sleep",)
    NAME = "retry"

    def __init__(self, sleep):
        self.sleep = float(sleep)


class RetryError(Exception):
    """Raised on giving up; .last_attempt is the Future of the last attempt."""

    def __init__(self, last_attempt):
        Exception.__init__(self, last_attempt)
        self.last_attempt = last_attempt

    def reraise(self):
        if self.last_attempt.failed:
            raise self.last_attempt.result()
        raise self

    def __str__(self):
        return "%s[%s]" % (type(self).__name__, self.last_attempt)


class Future:
    """The outcome of one attempt: a result or an exception, never pending.

    (tenacity subclasses concurrent.futures.Future; only the finished-state
    part of that interface is here.)"""

    def __init__(self, attempt_number):
        self.attempt_number = attempt_number
        self._done = False
        self._result = None
        self._exception = None

    @classmethod
    def construct(cls, attempt_number, value, has_exception):
        fut = cls(attempt_number)
        if has_exception:
            fut.set_exception(value)
        else:
            fut.set_result(value)
        return fut

    def set_result(self, result):
        self._result = result
        self._done = True

    def set_exception(self, exception):
        self._exception = exception
        self._done = True

    def result(self, timeout=None):
        """The attempt's return value; re-raises the attempt's exception."""
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        return self._exception

    @property
    def failed(self):
        return self._exception is not None

    def done(self):
        return self._done

    def running(self):
        return False

    def cancelled(self):
        return False

    def __repr__(self):
        head = "<%s at %#x state=" % (type(self).__name__, id(self))
        if not self._done:
            return head + "pending>"
        if self._exception is not None:
            return head + "finished raised %s>" % type(self._exception).__name__
        return head + "finished returned %s>" % type(self._result).__name__


class RetryCallState:
    """Everything the strategies and callbacks may look at for one call."""

    def __init__(self, retry_object, fn, args, kwargs):
        self.start_time = time.monotonic()
        self.retry_object = retry_object
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.attempt_number = 1
        self.outcome = None
        self.outcome_timestamp = None
        self.idle_for = 0.0
        self.next_action = None

    @property
    def seconds_since_start(self):
        if self.outcome_timestamp is None:
            return None
        return self.outcome_timestamp - self.start_time

    def prepare_for_next_attempt(self):
        self.outcome = None
        self.outcome_timestamp = None
        self.attempt_number += 1
        self.next_action = None

    def set_result(self, val):
        ts = time.monotonic()
        fut = Future(self.attempt_number)
        fut.set_result(val)
        self.outcome = fut
        self.outcome_timestamp = ts

    def set_exception(self, exc_info):
        """exc_info is a (type, value, traceback) triple, as sys.exc_info()."""
        ts = time.monotonic()
        fut = Future(self.attempt_number)
        fut.set_exception(exc_info[1])
        self.outcome = fut
        self.outcome_timestamp = ts

    def __repr__(self):
        if self.outcome is None:
            result = "none yet"
        elif self.outcome.failed:
            exc = self.outcome.exception()
            result = "failed (%s %s)" % (type(exc).__name__, exc)
        else:
            result = "returned %s" % (self.outcome.result(),)
        return "<%s %d: attempt #%d; slept for %s; last result: %s>" % (
            type(self).__name__, id(self), self.attempt_number,
            float(round(self.idle_for, 2)), result)


class AttemptManager:
    """What `for attempt in Retrying(...)` yields: `with attempt:` records
    the block's exception (and swallows it) or a None result."""

    def __init__(self, retry_state):
        self.retry_state = retry_state

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None and exc_value is not None:
            self.retry_state.set_exception((exc_type, exc_value, traceback))
            return True
        self.retry_state.set_result(None)
        return None


def _outcome_text(fut, failed):
    """How a call ends, for the trace: "returned", "raised ValueError",
    "gave up after ValueError" ("gave up after a result" when it retried on
    results)."""
    if fut.failed:
        return failed + type(fut.exception()).__name__
    return "returned" if failed == "raised " else failed + "a result"


_unset = object()


def _first_set(first, second):
    return second if first is _unset else first


class BaseRetrying:
    """The retry controller: strategies plus the per-attempt decision."""

    def __init__(
        self,
        sleep=sleep,
        stop=stop_never,
        wait=wait_none(),
        retry=retry_if_exception_type(),
        before=before_nothing,
        after=after_nothing,
        before_sleep=None,
        reraise=False,
        retry_error_cls=RetryError,
        retry_error_callback=None,
    ):
        self.sleep = sleep
        self.stop = stop
        self.wait = wait
        self.retry = retry
        self.before = before
        self.after = after
        self.before_sleep = before_sleep
        self.reraise = reraise
        self.retry_error_cls = retry_error_cls
        self.retry_error_callback = retry_error_callback
        self._statistics = None

    def copy(self, sleep=_unset, stop=_unset, wait=_unset, retry=_unset, before=_unset,
             after=_unset, before_sleep=_unset, reraise=_unset, retry_error_cls=_unset,
             retry_error_callback=_unset):
        """A new controller of the same class, with some settings replaced."""
        return type(self)(
            sleep=_first_set(sleep, self.sleep),
            stop=_first_set(stop, self.stop),
            wait=_first_set(wait, self.wait),
            retry=_first_set(retry, self.retry),
            before=_first_set(before, self.before),
            after=_first_set(after, self.after),
            before_sleep=_first_set(before_sleep, self.before_sleep),
            reraise=_first_set(reraise, self.reraise),
            retry_error_cls=_first_set(retry_error_cls, self.retry_error_cls),
            retry_error_callback=_first_set(retry_error_callback, self.retry_error_callback),
        )

    def __repr__(self):
        return "<%s object at %#x (stop=%s, wait=%s, sleep=%s, retry=%s, before=%s, after=%s)>" % (
            type(self).__name__, id(self), self.stop, self.wait, self.sleep, self.retry,
            self.before, self.after)

    @property
    def statistics(self):
        """start_time, attempt_number, idle_for and (once an attempt failed)
        delay_since_first_attempt of the latest call. One dict per
        controller, emptied and refilled by each call."""
        if self._statistics is None:
            self._statistics = {}
        return self._statistics

    def wraps(self, f):
        """f wrapped so that each call runs through this controller."""

        @functools.wraps(f)
        def wrapped_f(*args, **kw):
            return self(f, *args, **kw)

        self._decorate(f, wrapped_f)
        return wrapped_f

    def _decorate(self, f, wrapper):
        def retry_with(*args, **kwargs):
            return self.copy(*args, **kwargs).wraps(f)

        wrapper.retry = self
        wrapper.retry_with = retry_with

    def begin(self):
        stats = self.statistics
        stats.clear()
        stats["start_time"] = time.monotonic()
        stats["attempt_number"] = 1
        stats["idle_for"] = 0

    def iter(self, retry_state):
        """Decide what follows the current state: DoAttempt(), DoSleep(s),
        or the final value (returned) / exception (raised)."""
        fut = retry_state.outcome
        if fut is None:
            if self.before is not None:
                self.before(retry_state)
            _say("retry.attempt", retry_state)
            return DoAttempt()

        is_explicit_retry = fut.failed and isinstance(fut.exception(), TryAgain)
        if not (is_explicit_retry or self.retry(retry_state)):
            _say("retry.end", retry_state, outcome=_outcome_text(fut, "raised "))
            return fut.result()

        if self.after is not None:
            self.after(retry_state)

        self.statistics["delay_since_first_attempt"] = retry_state.seconds_since_start
        if self.stop(retry_state):
            _say("retry.end", retry_state, outcome=_outcome_text(fut, "gave up after "))
            if self.retry_error_callback:
                return self.retry_error_callback(retry_state)
            retry_exc = self.retry_error_cls(fut)
            if self.reraise:
                raise retry_exc.reraise()
            raise retry_exc from fut.exception()

        if self.wait:
            seconds = self.wait(retry_state)
        else:
            seconds = 0.0
        retry_state.next_action = RetryAction(seconds)
        retry_state.idle_for += seconds
        self.statistics["idle_for"] += seconds
        self.statistics["attempt_number"] += 1

        if self.before_sleep is not None:
            self.before_sleep(retry_state)
        _say("retry.sleep", retry_state, delay=seconds,
             reason=type(fut.exception()).__name__ if fut.failed else "result")
        return DoSleep(seconds)

    def __iter__(self):
        """for attempt in Retrying(...): with attempt: ..."""
        self.begin()
        retry_state = RetryCallState(self, fn=None, args=(), kwargs={})
        while True:
            do = self.iter(retry_state=retry_state)
            if isinstance(do, DoAttempt):
                yield AttemptManager(retry_state=retry_state)
            elif isinstance(do, DoSleep):
                retry_state.prepare_for_next_attempt()
                self.sleep(do.seconds)
            else:
                break

    def __call__(self, fn, *args, **kwargs):
        raise NotImplementedError


class Retrying(BaseRetrying):
    """Controller for plain functions: sleeps with time.sleep."""

    def __call__(self, fn, *args, **kwargs):
        self.begin()
        retry_state = RetryCallState(retry_object=self, fn=fn, args=args, kwargs=kwargs)
        while True:
            do = self.iter(retry_state=retry_state)
            if isinstance(do, DoAttempt):
                try:
                    result = fn(*args, **kwargs)
                except BaseException as e:  # noqa: B902 - tenacity records everything
                    # only the exception is kept, so no traceback is passed
                    retry_state.set_exception((type(e), e, None))
                else:
                    retry_state.set_result(result)
            elif isinstance(do, DoSleep):
                retry_state.prepare_for_next_attempt()
                self.sleep(do.seconds)
            else:
                return do


class AsyncRetrying(BaseRetrying):
    """Controller for coroutine functions: sleeps with asyncio.sleep.
    Also `async for attempt in AsyncRetrying(...): with attempt: ...`."""

    def __init__(self, sleep=asyncio.sleep, **kwargs):
        BaseRetrying.__init__(self, **kwargs)
        self.sleep = sleep

    async def __call__(self, fn, *args, **kwargs):
        self.begin()
        retry_state = RetryCallState(retry_object=self, fn=fn, args=args, kwargs=kwargs)
        while True:
            do = self.iter(retry_state=retry_state)
            if isinstance(do, DoAttempt):
                try:
                    result = await fn(*args, **kwargs)
                except BaseException as e:  # noqa: B902 - CancelledError too
                    retry_state.set_exception((type(e), e, None))
                else:
                    retry_state.set_result(result)
            elif isinstance(do, DoSleep):
                retry_state.prepare_for_next_attempt()
                await self.sleep(do.seconds)
            else:
                return do

    def __iter__(self):
        raise TypeError("AsyncRetrying object is not iterable")

    def __aiter__(self):
        self.begin()
        self._retry_state = RetryCallState(self, fn=None, args=(), kwargs={})
        return self

    async def __anext__(self):
        while True:
            do = self.iter(retry_state=self._retry_state)
            if isinstance(do, DoAttempt):
                return AttemptManager(retry_state=self._retry_state)
            if not isinstance(do, DoSleep):
                raise StopAsyncIteration
            self._retry_state.prepare_for_next_attempt()
            await self.sleep(do.seconds)

    def wraps(self, f):
        @functools.wraps(f)
        async def async_wrapped(*args, **kwargs):
            return await self(f, *args, **kwargs)

        self._decorate(f, async_wrapped)
        return async_wrapped


def retry(*dargs, **dkw):
    """Decorator: @retry or @retry(stop=..., wait=..., ...). Coroutine
    functions get an AsyncRetrying controller, others a Retrying one; the
    wrapper's .retry is the controller (.retry.statistics) and
    .retry_with(...) makes a copy with some settings replaced."""
    if len(dargs) == 1 and callable(dargs[0]):
        return retry()(dargs[0])

    def wrap(f):
        if iscoroutinefunction(f):
            r = AsyncRetrying(*dargs, **dkw)
        else:
            r = Retrying(*dargs, **dkw)
        return r.wraps(f)

    return wrap
