# expect: AttributeError: 'str' object has no attribute '_locked'
# asyncio.Lock.locked called on a str.
import asyncio
print(asyncio.Lock.locked("x"))
