# shape: background job runner with logging: workers log progress with %(relativeCreated)d, failures logged with logger.exception and retried once
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(relativeCreated)6d %(levelname)-5s [%(name)s] %(message)s")
logging.getLogger("asyncio").setLevel(logging.WARNING)
log = logging.getLogger("jobs")

JOBS = {"resize": 0.4, "encode": 0.9, "upload": 0.3, "notify": 0.1}
FLAKY = {"encode": 1}


async def run_job(name):
    await asyncio.sleep(JOBS[name])
    if FLAKY.get(name, 0) > 0:
        FLAKY[name] -= 1
        raise IOError(f"{name}: disk busy")
    return len(name)


async def worker(wid, queue):
    wlog = log.getChild(f"w{wid}")
    while True:
        name, attempt = await queue.get()
        wlog.debug("picked %s (attempt %d)", name, attempt)
        try:
            result = await run_job(name)
        except OSError:
            wlog.exception("job %s failed", name)
            if attempt < 2:
                queue.put_nowait((name, attempt + 1))
        else:
            wlog.info("job %s -> %d", name, result)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for name in JOBS:
        queue.put_nowait((name, 1))
    workers = [asyncio.create_task(worker(i, queue)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    log.info("all jobs processed")


asyncio.run(main())
