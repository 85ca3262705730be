# pins: logging.basicConfig(stream=sys.stdout) with %(asctime)s and %(relativeCreated)d on the virtual clock, levels filter, %-style args
import asyncio
import logging
import sys

logging.basicConfig(
    stream=sys.stdout,
    level=logging.INFO,
    format="%(asctime)s +%(relativeCreated)dms %(levelname)-7s %(name)s: %(message)s",
)
log = logging.getLogger("worker")


async def work(n):
    log.debug("not shown %d", n)
    await asyncio.sleep(n * 0.75)
    log.info("job %d done after %.2fs", n, n * 0.75)
    if n == 2:
        log.warning("job %s was slow", n)


async def main():
    await asyncio.gather(work(1), work(2))
    log.error("finished with %d jobs", 2)


asyncio.run(main())
