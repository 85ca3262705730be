# reraise=True: when giving up, raise the last attempt's own exception
# instead of RetryError - callers see the error they already know how to
# handle. If the last attempt did not raise (retry on result), RetryError is
# raised after all.
from tenacity import RetryError, retry, retry_if_result, stop_after_attempt

n = [0]


@retry(stop=stop_after_attempt(3), reraise=True)
def read_sensor():
    n[0] += 1
    raise TimeoutError("sensor %d timed out" % n[0])


try:
    read_sensor()
except TimeoutError as e:
    print("caught the original:", repr(e))
except RetryError:
    print("unexpected RetryError")


@retry(stop=stop_after_attempt(2), reraise=True, retry=retry_if_result(lambda v: v < 0))
def temperature():
    return -273


try:
    temperature()
except RetryError as e:
    print("RetryError even with reraise; last result", e.last_attempt.result())
