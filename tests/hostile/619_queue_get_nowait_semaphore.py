# expect: AttributeError: 'Semaphore' object has no attribute 'empty'
# asyncio.Queue.get_nowait called on a Semaphore.
import asyncio
asyncio.Queue.get_nowait(asyncio.Semaphore())
