# before_sleep: called after the wait is chosen, just before sleeping - the
# natural place to log "retrying in N seconds". next_action is a RetryAction.
import asyncio

from tenacity import retry, stop_after_attempt, wait_exponential

replies = iter([503, 503, 502, 200])


def announce(rs):
    exc = rs.outcome.exception()
    print("[%s] %s; retrying in %s s (%r), idle %s" % (
        rs.attempt_number, exc, rs.next_action.sleep, rs.next_action, rs.idle_for))


@retry(wait=wait_exponential(multiplier=0.5), stop=stop_after_attempt(5), before_sleep=announce)
async def health_check():
    code = next(replies)
    if code != 200:
        raise ConnectionError("HTTP %d" % code)
    return "healthy"


async def main():
    print(await health_check())
    print(health_check.retry.statistics)


asyncio.run(main())
