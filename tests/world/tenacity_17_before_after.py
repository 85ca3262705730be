# before runs before every attempt, after runs after every failed attempt.
# Both get the RetryCallState: attempt number, timings, the outcome.
import time

from tenacity import retry, stop_after_attempt, wait_fixed


def before(rs):
    print("before attempt", rs.attempt_number, "outcome:", rs.outcome,
          "fn:", rs.fn.__name__, "args:", rs.args, rs.kwargs)


def after(rs):
    print("after attempt", rs.attempt_number, "raised", repr(rs.outcome.exception()),
          "at %.2f s since start" % rs.seconds_since_start)


count = [0]


@retry(before=before, after=after, stop=stop_after_attempt(4), wait=wait_fixed(0.25))
def upload(path, retries_wanted=2):
    count[0] += 1
    time.sleep(0.1)
    if count[0] <= retries_wanted:
        raise BrokenPipeError("upload interrupted")
    return "uploaded " + path


print(upload("/tmp/report.pdf", retries_wanted=2))
