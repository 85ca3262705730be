# expect: TypeError: descriptor 'add_done_callback' for '_asyncio.Future' objects doesn't apply to a 'Semaphore' object
# A Future's add_done_callback borrowed onto a Semaphore.
import asyncio
asyncio.Future.add_done_callback(asyncio.Semaphore(), print)
