"""Retry strategies: called with the RetryCallState after each attempt, they
answer "was that a failure worth another attempt?". Combine them with |
(any) and & (all)."""


class retry_base:
    """Base class of retry strategies; subclasses define __call__."""

    def __call__(self, retry_state):
        raise NotImplementedError

    def __and__(self, other):
        return retry_all(self, other)

    def __or__(self, other):
        return retry_any(self, other)


def _outcome(retry_state):
    if retry_state.outcome is None:
        raise RuntimeError("__call__() called before outcome was set")
    return retry_state.outcome


def _exception(outcome):
    exc = outcome.exception()
    if exc is None:
        raise RuntimeError("outcome failed but the exception is None")
    return exc


class _retry_never(retry_base):
    def __call__(self, retry_state):
        return False


retry_never = _retry_never()


class _retry_always(retry_base):
    def __call__(self, retry_state):
        return True


retry_always = _retry_always()


class retry_if_exception(retry_base):
    """Retry when the attempt raised an exception that satisfies predicate."""

    def __init__(self, predicate):
        self.predicate = predicate

    def __call__(self, retry_state):
        outcome = _outcome(retry_state)
        if outcome.failed:
            return self.predicate(_exception(outcome))
        return False


def _is_instance_of(types):
    return lambda e: isinstance(e, types)


def _is_not_instance_of(types):
    return lambda e: not isinstance(e, types)


class retry_if_exception_type(retry_if_exception):
    """Retry when the attempt raised one of exception_types (the default
    retry strategy is retry_if_exception_type(Exception))."""

    def __init__(self, exception_types=Exception):
        self.exception_types = exception_types
        retry_if_exception.__init__(self, _is_instance_of(exception_types))


class retry_if_not_exception_type(retry_if_exception):
    """Retry when the attempt raised anything except exception_types."""

    def __init__(self, exception_types=Exception):
        self.exception_types = exception_types
        retry_if_exception.__init__(self, _is_not_instance_of(exception_types))


class retry_unless_exception_type(retry_if_exception):
    """Retry (even on success) until the attempt raises one of exception_types."""

    def __init__(self, exception_types=Exception):
        self.exception_types = exception_types
        retry_if_exception.__init__(self, _is_not_instance_of(exception_types))

    def __call__(self, retry_state):
        outcome = _outcome(retry_state)
        if not outcome.failed:
            return True
        return self.predicate(_exception(outcome))


class retry_if_exception_cause_type(retry_base):
    """Retry when some exception in the __cause__ chain is of exception_types."""

    def __init__(self, exception_types=Exception):
        self.exception_cause_types = exception_types

    def __call__(self, retry_state):
        if retry_state.outcome is None:
            raise RuntimeError("__call__ called before outcome was set")
        if retry_state.outcome.failed:
            exc = retry_state.outcome.exception()
            while exc is not None:
                if isinstance(exc.__cause__, self.exception_cause_types):
                    return True
                exc = exc.__cause__
        return False


class retry_if_result(retry_base):
    """Retry when the attempt returned a value that satisfies predicate."""

    def __init__(self, predicate):
        self.predicate = predicate

    def __call__(self, retry_state):
        outcome = _outcome(retry_state)
        if not outcome.failed:
            return self.predicate(outcome.result())
        return False


class retry_if_not_result(retry_base):
    """Retry when the attempt returned a value that fails predicate."""

    def __init__(self, predicate):
        self.predicate = predicate

    def __call__(self, retry_state):
        outcome = _outcome(retry_state)
        if not outcome.failed:
            return not self.predicate(outcome.result())
        return False


class retry_if_exception_message(retry_if_exception):
    """Retry when str(exception) equals message, or matches the regex match."""

    def __init__(self, message=None, match=None):
        name = type(self).__name__
        if message and match:
            raise TypeError(name + "() takes either 'message' or 'match', not both")
        if message:
            predicate = lambda e: message == str(e)  # noqa: E731
        elif match:
            import re  # only this strategy needs regular expressions

            prog = re.compile(match)
            predicate = lambda e: bool(prog.match(str(e)))  # noqa: E731
        else:
            raise TypeError(name + "() missing 1 required argument 'message' or 'match'")
        retry_if_exception.__init__(self, predicate)


class retry_if_not_exception_message(retry_if_exception_message):
    """Retry (even on success) until str(exception) equals message / matches."""

    def __init__(self, message=None, match=None):
        retry_if_exception_message.__init__(self, message, match)
        positive = self.predicate
        self.predicate = lambda *args, **kwargs: not positive(*args, **kwargs)

    def __call__(self, retry_state):
        outcome = _outcome(retry_state)
        if not outcome.failed:
            return True
        return self.predicate(_exception(outcome))


class retry_any(retry_base):
    """Retry if any strategy says retry (stops asking at the first yes)."""

    def __init__(self, *retries):
        self.retries = retries

    def __call__(self, retry_state):
        return any(r(retry_state) for r in self.retries)


class retry_all(retry_base):
    """Retry if every strategy says retry (stops asking at the first no)."""

    def __init__(self, *retries):
        self.retries = retries

    def __call__(self, retry_state):
        return all(r(retry_state) for r in self.retries)
