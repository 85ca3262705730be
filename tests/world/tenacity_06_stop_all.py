# stop_all / `&`: stop only when BOTH hold - at least 3 attempts AND at least
# 1.5 seconds. Useful for "try a few times, but don't give up too quickly".
import time

from tenacity import RetryError, Retrying, stop_after_attempt, stop_after_delay, stop_all, wait_fixed

log = []


def ping():
    log.append(round(time.monotonic(), 3))
    raise OSError("host unreachable")


for label, stop in [
    ("3 attempts & 1.5 s, fast waits", stop_after_attempt(3) & stop_after_delay(1.5)),
    ("stop_all(3 attempts, 0.2 s)", stop_all(stop_after_attempt(3), stop_after_delay(0.2))),
]:
    log.clear()
    start = time.monotonic()
    try:
        Retrying(stop=stop, wait=wait_fixed(0.4))(ping)
    except RetryError as e:
        print(label, "->", len(log), "attempts at", [round(t - start, 3) for t in log])
