# fn.retry_with(...) makes a variant of the decorated function with some
# settings replaced - e.g. fewer attempts in a test, no waiting. The
# original keeps its own settings and its own statistics.
from tenacity import RetryError, retry, stop_after_attempt, wait_fixed, wait_none

calls = [0]


@retry(stop=stop_after_attempt(5), wait=wait_fixed(3))
def charge_card(amount):
    calls[0] += 1
    raise ConnectionError("payment gateway timeout")


quick = charge_card.retry_with(stop=stop_after_attempt(2), wait=wait_none())
try:
    quick(9.99)
except RetryError as e:
    print("quick variant: attempts", e.last_attempt.attempt_number, "calls", calls[0])
print("quick stats:", quick.retry.statistics)
print("original untouched:", charge_card.retry.statistics,
      type(charge_card.retry.stop).__name__, charge_card.retry.stop.max_attempt_number)
print("variant is a new controller:", quick.retry is not charge_card.retry)
print("variant of the same function:", quick.__name__)
