# retry_if_result: poll a job until its status is "done". No exception is
# involved: the *result* decides whether to try again.
import asyncio

from tenacity import retry, retry_if_result, stop_after_attempt, wait_fixed

statuses = iter(["queued", "running", "running", "done"])


def not_done(status):
    return status != "done"


@retry(retry=retry_if_result(not_done), wait=wait_fixed(2), stop=stop_after_attempt(10))
async def job_status(job_id):
    s = next(statuses)
    print("job", job_id, "is", s)
    return s


async def main():
    print("final:", await job_status(42))
    print("polled", job_status.retry.statistics["attempt_number"], "times")


asyncio.run(main())
