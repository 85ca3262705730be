# expect: AttributeError: 'list' object has no attribute '_queue'
# asyncio.Queue.qsize called on a list.
import asyncio
print(asyncio.Queue.qsize([1, 2]))
