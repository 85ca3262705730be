# expect: AttributeError: 'int' object has no attribute '_value'
# asyncio.Event.set called on an int.
import asyncio
asyncio.Event.set(1)
