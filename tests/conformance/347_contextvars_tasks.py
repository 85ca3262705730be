# pins: contextvars.ContextVar: each task copies the context at creation, so a set() in one task is invisible to others and to the parent; default, token reset
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handler(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    print("handler", rid, "sees", request_id.get(), asyncio.get_running_loop().time())


async def main():
    print("parent before", request_id.get())
    token = request_id.set("parent")
    await asyncio.gather(handler("r1", 1), handler("r2", 0.5))
    print("parent after", request_id.get())
    request_id.reset(token)
    print("after reset", request_id.get())
    print(request_id.name, repr(contextvars.ContextVar("no_default").get("fallback")))
    missing = contextvars.ContextVar("missing")
    try:
        missing.get()
    except LookupError as e:
        print("LookupError carries the variable:", e.args[0] is missing)


asyncio.run(main())
