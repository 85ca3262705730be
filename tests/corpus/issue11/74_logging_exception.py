# pins: logger.exception inside except logs ERROR plus the traceback (file, line, caret line) through a stdout handler; exc_info=True on warning
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(relativeCreated)d %(levelname)s %(message)s")
log = logging.getLogger(__name__)


async def parse(text):
    await asyncio.sleep(0.5)
    return int(text)


async def main():
    try:
        await parse("x1")
    except ValueError:
        log.exception("could not parse %r", "x1")
    try:
        {}["k"]
    except KeyError:
        log.warning("lookup failed", exc_info=True)
    log.error("plain error, no traceback")


asyncio.run(main())
