# Building retry conditions: | (either), & (both), exception messages,
# exceptions chained with `raise ... from`, and the "until" forms.
from tenacity import (
    RetryError, Retrying, retry_if_exception_cause_type, retry_if_exception_message,
    retry_if_exception_type, retry_if_not_exception_message, retry_if_not_result,
    retry_unless_exception_type, stop_after_attempt,
)


def run(label, retry, outcomes):
    seq = iter(outcomes)

    def step():
        x = next(seq)
        if isinstance(x, BaseException):
            raise x
        return x

    r = Retrying(retry=retry, stop=stop_after_attempt(len(outcomes)))
    try:
        value = r(step)
        print(label, "->", repr(value), "after", r.statistics["attempt_number"])
    except RetryError as e:
        print(label, "-> RetryError after", e.last_attempt.attempt_number)
    except Exception as e:
        print(label, "-> raised", repr(e), "after", r.statistics["attempt_number"])


class DbError(Exception):
    pass


def wrapped(msg):
    try:
        raise TimeoutError(msg)
    except TimeoutError as inner:
        try:
            raise DbError("query failed") from inner
        except DbError as outer:
            return outer


transient = retry_if_exception_type(OSError) & retry_if_exception_message(match=r"E(AGAIN|BUSY)")
run("and+match", transient, [OSError("EAGAIN"), OSError("EBUSY: try later"), OSError("ENOENT"), 1])
run("message", retry_if_exception_message(message="busy"), [ValueError("busy"), ValueError("idle"), 2])
run("not message", retry_if_not_exception_message(message="fatal"), [3, ValueError("x"), ValueError("fatal")])
run("cause", retry_if_exception_cause_type(TimeoutError), [wrapped("slow"), wrapped("slower"), "rows"])
run("not result", retry_if_not_result(lambda v: v == "ok"), ["wait", "wait", "ok"])
run("unless", retry_unless_exception_type(StopIteration), [1, 2, StopIteration("end")])
run("or", retry_if_exception_type(KeyError) | retry_if_not_result(bool), [KeyError("k"), 0, "", 5])
try:
    retry_if_exception_message(message="a", match="b")
except TypeError as e:
    print("TypeError:", e)
try:
    retry_if_exception_message()
except TypeError as e:
    print("TypeError:", e)
