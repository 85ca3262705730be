# wait_incrementing(start, increment, max): linear backoff 1, 3, 5, 6, 6 ...
# The waits are floats, and the statistics add them up.
import time

from tenacity import retry, stop_after_attempt, wait_incrementing

failures = {"left": 5}


def before_sleep(rs):
    print("attempt", rs.attempt_number, "-> wait", rs.next_action.sleep,
          "(idle so far %s)" % rs.idle_for)


@retry(wait=wait_incrementing(start=1, increment=2, max=6), stop=stop_after_attempt(10),
       before_sleep=before_sleep)
def flush_cache():
    if failures["left"]:
        failures["left"] -= 1
        raise RuntimeError("cache locked")
    return "flushed at t=%.1f" % time.monotonic()


print(flush_cache())
print(flush_cache.retry.statistics)

# The strategy is a plain callable of the retry state:
w = wait_incrementing(start=10, increment=-4)
class State:
    attempt_number = 1


rs = State()
for n in range(1, 6):
    rs.attempt_number = n
    print("negative increment, attempt", n, "->", w(rs))
