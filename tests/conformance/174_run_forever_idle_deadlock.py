# pins: run_forever with nothing left to do (no stop) is reported as a deadlock with 0 tasks after the last timer
import asyncio

loop = asyncio.new_event_loop()
loop.call_later(1, print, "last timer")
loop.call_later(2, print, "really last")
loop.run_forever()
print("unreachable")
