import asyncio, vloop
async def w(ev, name):
    print(name, "waiting")
    await ev.wait()
async def main():
    ev = asyncio.Event()
    sem = asyncio.Semaphore(0)
    async def s():
        await sem.acquire()
    await asyncio.gather(w(ev, "a"), w(ev, "b"), s())
vloop.run(main())
