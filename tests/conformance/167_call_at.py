# pins: call_at with absolute loop.time() deadlines, including one in the past; drift-free periodic rescheduling with call_at
import asyncio

loop = asyncio.new_event_loop()
start = loop.time()
count = 0


def periodic(when):
    global count
    count += 1
    print("periodic", count, "scheduled", when, "now", loop.time())
    if count < 4:
        loop.call_at(when + 0.75, periodic, when + 0.75)
    else:
        loop.stop()


loop.call_at(start + 0.75, periodic, start + 0.75)
loop.call_at(start - 5, print, "past deadline runs first")
loop.run_forever()
print("final", loop.time())
loop.close()
