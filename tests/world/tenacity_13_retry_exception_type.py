# Retry only what is worth retrying: timeouts are transient, a ValueError
# (bad input) is not - it is raised straight away, without a RetryError.
from tenacity import retry, retry_if_exception_type, stop_after_attempt

calls = []


@retry(retry=retry_if_exception_type((TimeoutError, ConnectionError)),
       stop=stop_after_attempt(5))
def lookup(key):
    calls.append(key)
    if key == "bad key!":
        raise ValueError("invalid key: " + key)
    if len(calls) < 3:
        raise TimeoutError("slow replica")
    return key.upper()


print(lookup("user:1"), "after", len(calls), "calls")
calls.clear()
try:
    lookup("bad key!")
except ValueError as e:
    print("not retried:", type(e).__name__, e, "- calls:", len(calls))
