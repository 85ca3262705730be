"""Progress bars for asyncio: `async for` over (async) iterables, and
tqdm_asyncio.gather / tqdm_asyncio.as_completed, whose bar counts finished
awaitables."""

import asyncio

from tqdm.std import tqdm as std_tqdm

__all__ = ["tqdm_asyncio", "tarange", "tqdm", "trange"]


def _next_of(iterator):
    return lambda: next(iterator)


def _index(pair):
    return pair[0]


class tqdm_asyncio(std_tqdm):
    """tqdm that also works with `async for`; counts each item as soon as
    it arrives (a plain `for` counts it when the next one is asked for)."""

    def __init__(self, iterable=None, *args, **kwargs):
        std_tqdm.__init__(self, iterable, *args, **kwargs)
        self.iterable_awaitable = False
        if iterable is not None:
            if hasattr(iterable, "__anext__"):
                self.iterable_next = iterable.__anext__
                self.iterable_awaitable = True
            elif hasattr(iterable, "__next__"):
                self.iterable_next = _next_of(iterable)
            else:
                self.iterable_iterator = iter(iterable)
                self.iterable_next = _next_of(self.iterable_iterator)

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            if self.iterable_awaitable:
                res = await self.iterable_next()
            else:
                res = self.iterable_next()
            self.update()
            return res
        except StopIteration:
            self.close()
            raise StopAsyncIteration
        except BaseException:
            self.close()
            raise

    def send(self, *args, **kwargs):
        return self.iterable.send(*args, **kwargs)

    @classmethod
    def as_completed(cls, fs, *, loop=None, timeout=None, total=None, **tqdm_kwargs):
        """asyncio.as_completed(fs) with a bar of total=len(fs)."""
        if total is None:
            total = len(fs)
        yield from cls(asyncio.as_completed(fs, timeout=timeout), total=total, **tqdm_kwargs)

    @classmethod
    async def gather(cls, *fs, loop=None, timeout=None, total=None, **tqdm_kwargs):
        """asyncio.gather(*fs) with a bar: the results in the order of fs."""

        async def numbered(i, f):
            return i, await f

        pending = [numbered(i, f) for i, f in enumerate(fs)]
        done = []
        for f in cls.as_completed(pending, loop=loop, timeout=timeout, total=total,
                                  **tqdm_kwargs):
            done.append(await f)
        return [result for _, result in sorted(done, key=_index)]


def tarange(*args, **kwargs):
    """tqdm_asyncio(range(*args), **kwargs)"""
    return tqdm_asyncio(range(*args), **kwargs)


tqdm = tqdm_asyncio
trange = tarange
