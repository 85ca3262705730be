# tenacity ships ready-made callbacks that write to a logger: before_log,
# after_log and before_sleep_log. Any object with a .log(level, msg) method
# will do; this one prints.
import asyncio

from tenacity import after_log, before_log, before_sleep_log, retry, stop_after_attempt, wait_fixed

INFO, WARNING = 20, 30


class PrintLogger:
    def log(self, level, msg, exc_info=None):
        print("LOG %d %s%s" % (level, msg, " [exc_info=%r]" % (exc_info,) if exc_info is not None else ""))


log = PrintLogger()
tries = {"n": 0}


@retry(stop=stop_after_attempt(3), wait=wait_fixed(1.5),
       before=before_log(log, INFO),
       after=after_log(log, WARNING),
       before_sleep=before_sleep_log(log, WARNING))
async def resolve(host):
    tries["n"] += 1
    await asyncio.sleep(0.125)
    if tries["n"] < 3:
        raise OSError("Temporary failure in name resolution")
    return "10.0.0.7"


@retry(stop=stop_after_attempt(2), after=after_log(log, INFO, sec_format="%.1f"),
       before_sleep=before_sleep_log(log, INFO, exc_info=True))
def checksum():
    raise ValueError("mismatch")


async def main():
    print(await resolve("db.internal"))
    try:
        checksum()
    except Exception as e:
        print(type(e).__name__)


asyncio.run(main())
