# pins: stop() before run_forever runs exactly one iteration: the ready callbacks, not the ones they schedule
import asyncio

loop = asyncio.new_event_loop()


def first():
    print("first at", loop.time())
    loop.call_soon(second)


def second():
    print("second at", loop.time())


loop.call_soon(first)
loop.stop()
loop.run_forever()
print("after one iteration")
loop.call_soon(loop.stop)
loop.run_forever()
print("after second run")
loop.close()
