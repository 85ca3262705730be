# The sync client's own retries sleep with time.sleep: a 429 followed by the
# SDK's wait of retry-after seconds, all of it blocking. Then tenacity
# wrapped around the sync client, reading retry-after from the exception's
# response to choose its own wait.
import time

from openai import OpenAI, RateLimitError
from tenacity import retry, retry_if_exception_type, stop_after_attempt
from turnstile import Provider

provider = Provider(rpm=30, enforce="second", latency=0.4)
client = OpenAI(provider=provider)
msg = [{"role": "user", "content": "x"}]

for i in range(3):
    r = client.chat.completions.create(model="m", messages=msg, max_tokens=3)
    print("%.3f call %d done after %d attempts so far" % (time.monotonic(), i, provider.requests))


def wait_retry_after(state):
    e = state.outcome.exception()
    return float(e.response.headers["retry-after"])


@retry(retry=retry_if_exception_type(RateLimitError), stop=stop_after_attempt(4), wait=wait_retry_after)
def once():
    return client.with_options(max_retries=0).chat.completions.create(model="m", messages=msg, max_tokens=3)


for i in range(3):
    once()
    print("%.3f tenacity call %d done, attempts %d, statistics %s" % (
        time.monotonic(), i, provider.requests, once.retry.statistics["attempt_number"]))
