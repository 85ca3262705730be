# When retrying on results runs out of attempts, RetryError's last attempt
# holds a *result*, not an exception: last_attempt.result() returns it and
# __cause__ is None. retry strategies combine with | as well.
from tenacity import RetryError, retry, retry_if_exception_type, retry_if_result, stop_after_attempt

answers = iter([None, KeyError("missing"), None])


@retry(retry=retry_if_result(lambda r: r is None) | retry_if_exception_type(KeyError),
       stop=stop_after_attempt(3))
def read_config():
    a = next(answers)
    print("read_config ->", repr(a))
    if isinstance(a, Exception):
        raise a
    return a


try:
    read_config()
except RetryError as e:
    print("gave up; failed:", e.last_attempt.failed)
    print("last result:", e.last_attempt.result())
    print("cause:", e.__cause__)
    print("str starts with:", str(e).split(" at ")[0])
