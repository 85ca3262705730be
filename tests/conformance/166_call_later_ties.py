# pins: call_later orders by deadline, ties keep scheduling order; TimerHandle.when() and cancel(); zero and negative delays
import asyncio

loop = asyncio.new_event_loop()


def say(msg):
    print(msg, "at", loop.time())


h1 = loop.call_later(2, say, "two-a")
h2 = loop.call_later(1, say, "one")
h3 = loop.call_later(2, say, "two-b")
h4 = loop.call_later(3, say, "three (cancelled)")
loop.call_later(0, say, "zero")
loop.call_later(-1, say, "negative")
print("whens:", h1.when(), h2.when(), h3.when())
h4.cancel()
loop.call_later(4, loop.stop)
loop.run_forever()
print("end", loop.time())
loop.close()
