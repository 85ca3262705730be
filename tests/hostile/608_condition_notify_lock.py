# expect: RuntimeError: cannot notify on un-acquired lock
# asyncio.Condition.notify called on a Lock.
import asyncio
asyncio.Condition.notify(asyncio.Lock())
