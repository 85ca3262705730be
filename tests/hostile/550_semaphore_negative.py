# expect: ValueError: Semaphore initial value must be >= 0
# Semaphore(-1).
import asyncio
asyncio.Semaphore(-1)
