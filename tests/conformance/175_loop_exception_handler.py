# pins: an exception in a plain callback goes to loop.set_exception_handler's handler (context message and exception); the loop keeps running
import asyncio

loop = asyncio.new_event_loop()


def handler(lp, context):
    print("handler:", context["message"], "|", repr(context.get("exception")), "| same loop:", lp is loop)


def bad():
    raise KeyError("missing")


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_later(1, bad)
loop.call_later(2, print, "still running at", 2.0)
loop.call_later(3, loop.stop)
loop.run_forever()
loop.call_exception_handler({"message": "custom report"})
loop.close()
