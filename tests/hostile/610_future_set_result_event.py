# expect: TypeError: descriptor 'set_result' for '_asyncio.Future' objects doesn't apply to a 'Event' object
# asyncio.Future.set_result called on an Event.
import asyncio
asyncio.Future.set_result(asyncio.Event(), 1)
