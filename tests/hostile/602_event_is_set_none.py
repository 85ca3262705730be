# expect: AttributeError: 'NoneType' object has no attribute '_value'
# asyncio.Event.is_set called on None.
import asyncio
print(asyncio.Event.is_set(None))
