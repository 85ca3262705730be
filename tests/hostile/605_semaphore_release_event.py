# expect: AttributeError: 'Event' object has no attribute '_wake_up_next'
# asyncio.Semaphore.release called on an Event.
import asyncio
asyncio.Semaphore.release(asyncio.Event())
