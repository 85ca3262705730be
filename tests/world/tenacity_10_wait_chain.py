# wait_chain: a schedule of waits. Here: 1 s for the first two retries, then
# 3 s, then 5 s for every retry after that (the last strategy repeats).
import time

from tenacity import RetryError, retry, stop_after_attempt, wait_chain, wait_fixed

t0 = time.monotonic()


@retry(
    stop=stop_after_attempt(6),
    wait=wait_chain(*[wait_fixed(1)] * 2, wait_fixed(3), wait_fixed(5)),
)
def sync_mailbox():
    print("sync at t=%.1f" % (time.monotonic() - t0))
    raise IOError("IMAP server busy")


try:
    sync_mailbox()
except RetryError as e:
    print("gave up after", e.last_attempt.attempt_number, "attempts")
print("idle_for:", sync_mailbox.retry.statistics["idle_for"])
