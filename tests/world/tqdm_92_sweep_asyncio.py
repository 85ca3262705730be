# Not a lesson: random gather / as_completed / async for / trange runs (a
# private Random) compared with the real tqdm.asyncio.
import asyncio
import random

from tqdm.asyncio import tqdm, tqdm_asyncio, trange

R = random.Random(5)
async def job(i, d):
    await asyncio.sleep(d)
    return i * 10
async def agen(ds):
    for d in ds:
        await asyncio.sleep(d)
        yield d
async def main():
    for k in range(60):
        n = R.randint(0, 8)
        ds = R.sample([0.01 * j for j in range(1, 300)], n)
        kw = {}
        if R.random() < 0.5: kw['desc'] = 'g%d' % k
        if R.random() < 0.3: kw['mininterval'] = R.choice([0, 0.5])
        if R.random() < 0.3: kw['miniters'] = R.choice([1, 2])
        if R.random() < 0.3: kw['leave'] = False
        m = R.choice(['gather', 'asc', 'afor', 'afor-sync', 'trange'])
        if m == 'gather':
            print(k, await tqdm_asyncio.gather(*[job(i, d) for i, d in enumerate(ds)], **kw))
        elif m == 'asc':
            for f in tqdm_asyncio.as_completed([job(i, d) for i, d in enumerate(ds)], **kw):
                print(k, await f)
        elif m == 'afor':
            async for x in tqdm(agen(ds), total=R.choice([None, n]), **kw):
                print(k, x)
        elif m == 'afor-sync':
            async for x in tqdm(ds, **kw):
                await asyncio.sleep(x)
        else:
            for i in trange(n, **kw):
                await asyncio.sleep(ds[i])
asyncio.run(main())
