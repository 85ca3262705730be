# pins: a coroutine is named after its function when called (functools.wraps), co_firstlineno of a decorated def, docstrings, __code__.co_flags, inspect predicates
import asyncio, functools
def deco(f):
    @functools.wraps(f)
    async def wrapped(*a):
        return await f(*a)
    return wrapped
@deco
async def job(x):
    await asyncio.sleep(0.1)
    return x
async def main():
    c = job(1)
    print(c.__name__, c.__qualname__)
    t = asyncio.create_task(c)
    print(t)
    print(await t)
    def g():
        yield 1
    gen = g()
    print(gen.__name__, gen.__qualname__)
asyncio.run(main())

import inspect
def documented():
    """Says what it does."""
class K:
    """A class."""
    async def m(self):
        pass
print(documented.__doc__, K.__doc__, K.m.__doc__)
print(job.__code__.co_flags, documented.__code__.co_flags, job.__wrapped__.__code__.co_firstlineno)
print(inspect.iscoroutinefunction(job), inspect.iscoroutinefunction(K().m), inspect.isfunction(K.m), inspect.ismethod(K().m))
print(job.__module__, job.__qualname__, job.__wrapped__.__qualname__)
