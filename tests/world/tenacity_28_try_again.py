# raise TryAgain: ask for another attempt explicitly, whatever the retry
# strategy says. Here retry=retry_never (no automatic retries at all), yet
# the function still gets retried when it raises TryAgain.
from tenacity import RetryError, TryAgain, retry, retry_never, stop_after_attempt

queue = ["", "", "job-17"]


@retry(retry=retry_never, stop=stop_after_attempt(5))
def next_job():
    item = queue.pop(0)
    print("popped", repr(item))
    if not item:
        raise TryAgain
    return item


print("job:", next_job())


@retry(retry=retry_never, stop=stop_after_attempt(2))
def never_ready():
    raise TryAgain


try:
    never_ready()
except RetryError as e:
    print("TryAgain until stop:", type(e.last_attempt.exception()).__name__)
