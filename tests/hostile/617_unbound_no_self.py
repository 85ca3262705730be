# expect: TypeError: Event.set() missing 1 required positional argument: 'self'
# An unbound native method called with no receiver at all.
import asyncio
asyncio.Event.set()
