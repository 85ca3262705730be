# expect: TypeError: descriptor 'get_name' for '_asyncio.Task' objects doesn't apply to a 'int' object
# asyncio.Task.get_name called on an int.
import asyncio
asyncio.Task.get_name(5)
