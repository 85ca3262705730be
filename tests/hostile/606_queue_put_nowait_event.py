# expect: AttributeError: 'Event' object has no attribute 'full'
# asyncio.Queue.put_nowait called on an Event.
import asyncio
asyncio.Queue.put_nowait(asyncio.Event(), 1)
