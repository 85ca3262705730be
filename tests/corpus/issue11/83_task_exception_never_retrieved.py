# pins: a failed task that nobody references reports "Task exception was never retrieved" through the loop's exception handler as soon as it is freed (right after it fails); a retrieved one never does (default handler: stderr; here a handler prints to stdout)
import asyncio
import gc


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], "|", type(exc).__name__, exc, "|", context["future"].get_name())


async def fails():
    await asyncio.sleep(0.5)
    raise RuntimeError("lost error")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(fails(), name="orphan")
    await asyncio.sleep(1)
    print("collecting at", asyncio.get_running_loop().time())
    gc.collect()
    await asyncio.sleep(0)
    retrieved = asyncio.create_task(fails(), name="checked")
    await asyncio.sleep(1)
    print("retrieved:", repr(retrieved.exception()))
    del retrieved
    gc.collect()
    print("no report for the retrieved one")


asyncio.run(main())
