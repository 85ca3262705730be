# pins: (a whole program) callback-only program (no coroutines): a callback that reschedules itself with call_later a few times, then stops the loop
import asyncio
import time


def tick(loop, remaining, period):
    print("tick at", time.strftime("%H:%M:%S"), f"(loop time {loop.time():.1f})")
    if remaining > 1:
        loop.call_later(period, tick, loop, remaining - 1, period * 2)
    else:
        loop.call_soon(goodbye, loop)


def goodbye(loop):
    print("goodbye")
    loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(print, "hello from call_soon")
loop.call_soon(tick, loop, 4, 1)
try:
    loop.run_forever()
finally:
    loop.close()
print("elapsed", time.monotonic())
