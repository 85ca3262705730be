# The block form for plain code: `for attempt in Retrying(...)`. The waits
# use time.sleep (the virtual clock here), so the time stamps move.
from tenacity import RetryError, Retrying, stop_after_attempt, wait_fixed

disk = {"free_after": 2}

for attempt in Retrying(stop=stop_after_attempt(4), wait=wait_fixed(1.5)):
    with attempt:
        n = attempt.retry_state.attempt_number
        print("writing, attempt", n)
        if n <= disk["free_after"]:
            raise OSError(28, "No space left on device")
        print("written")

print("outcome:", attempt.retry_state.outcome.result(),
      "slept:", attempt.retry_state.idle_for)

try:
    for attempt in Retrying(stop=stop_after_attempt(2), reraise=True):
        with attempt:
            int("forty-two")
except ValueError as e:
    print("reraised:", e)
