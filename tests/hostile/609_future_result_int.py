# expect: TypeError: descriptor 'result' for '_asyncio.Future' objects doesn't apply to a 'int' object
# asyncio.Future.result called on an int (C-implemented in CPython: a descriptor error).
import asyncio
asyncio.Future.result(1)
