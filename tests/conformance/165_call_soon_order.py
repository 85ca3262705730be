# pins: call_soon runs callbacks FIFO with their positional args; Handle.cancel() skips one; callbacks scheduled while running go to the next iteration
import asyncio

loop = asyncio.new_event_loop()
log = []


def cb(tag, *rest):
    log.append(tag)
    print("cb", tag, rest, loop.time())
    if tag == "b":
        loop.call_soon(cb, "d")


loop.call_soon(cb, "a")
h = loop.call_soon(cb, "x", 1, 2)
loop.call_soon(cb, "b", "extra")
loop.call_soon(cb, "c")
h.cancel()
print("cancelled:", h.cancelled())
loop.call_later(1, loop.stop)
loop.run_forever()
print(log)
loop.close()
