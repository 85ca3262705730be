# expect: AttributeError: 'Semaphore' object has no attribute '_locked'
# asyncio.Lock.release called on a Semaphore (another native lock type).
import asyncio
asyncio.Lock.release(asyncio.Semaphore())
