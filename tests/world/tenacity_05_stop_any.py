# Two limits, whichever comes first: at most 10 attempts OR 2 seconds.
# `a | b` builds stop_any(a, b); written out with stop_any it is the same.
import time

from tenacity import RetryError, retry, stop_after_attempt, stop_after_delay, stop_any, wait_fixed

attempts = []


@retry(stop=stop_after_attempt(10) | stop_after_delay(2), wait=wait_fixed(0.75))
def poll_queue():
    attempts.append(time.monotonic())
    print("polling at", time.monotonic())
    raise LookupError("queue empty")


try:
    poll_queue()
except RetryError as e:
    print("stopped after", len(attempts), "attempts; last:", e.last_attempt.exception())

print(type(stop_after_attempt(1) | stop_after_delay(1)).__name__)

attempts.clear()
explicit = poll_queue.retry_with(stop=stop_any(stop_after_attempt(2), stop_after_delay(100)))
try:
    explicit()
except RetryError as e:
    print("explicit stop_any:", len(attempts), "attempts")
