# wait_random(1, 3): a random pause in [1, 3] seconds before each retry, so
# that many clients do not hammer the server in lock step. `random` is seeded
# (the runner seeds 0), so the "random" waits are the same on every run - and
# the same in Turnstile as in CPython with the real tenacity.
import asyncio
import random

from tenacity import retry, stop_after_attempt, wait_random


def show_wait(retry_state):
    print("  attempt %d failed; sleeping %.6f s" % (
        retry_state.attempt_number, retry_state.next_action.sleep))


@retry(stop=stop_after_attempt(4), wait=wait_random(1, 3), before_sleep=show_wait)
async def send_sms():
    print("sending sms")
    raise ConnectionError("gateway busy")


async def main():
    try:
        await send_sms()
    except Exception as e:
        print(type(e).__name__)
    print("idle for %.6f s in total" % send_sms.retry.statistics["idle_for"])
    print("next random number:", random.random())


asyncio.run(main())
