import asyncio, vloop
async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(e.args))
        raise
    if fail:
        print(name, "fails")
        raise ValueError(name)
    print(name, "ok")
    return name
async def main():
    # wait FIRST_COMPLETED with timeout
    ts = [asyncio.create_task(job(f"w{i}", d)) for i, d in enumerate([3, 1, 2])]
    done, pending = await asyncio.wait(ts, timeout=5, return_when=asyncio.FIRST_COMPLETED)
    print("wait1", len(done), len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print("wait2", len(done), len(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("wait3", len(done), len(pending))
    # FIRST_EXCEPTION
    ts = [asyncio.create_task(job("e1", 1, True)), asyncio.create_task(job("e2", 2))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("wait4", len(done), len(pending))
    await asyncio.sleep(2)
    # cancel a task blocked on gather -> children cancelled
    async def parent():
        await asyncio.gather(job("g1", 5), job("g2", 6))
    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel("bye")
    try:
        await p
    except asyncio.CancelledError as e:
        print("parent cancelled", repr(e.args))
    # gather.cancel() directly
    g = asyncio.gather(job("h1", 1), job("h2", 2))
    await asyncio.sleep(0)
    print("gcancel", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e.args))
    # wait_for where the caller is cancelled
    async def caller():
        try:
            await asyncio.wait_for(job("inner", 5), 10)
        except asyncio.CancelledError:
            print("caller saw cancel")
            raise
    c = asyncio.create_task(caller())
    await asyncio.sleep(1)
    c.cancel()
    r = await asyncio.gather(c, return_exceptions=True)
    print("caller result", type(r[0]).__name__)
    # task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("stubborn ignores")
        await asyncio.sleep(1)
        return "survived"
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    s.cancel()
    print("stubborn result", await s, s.cancelling())
    # wait_for timeout 0 and done
    try:
        await asyncio.wait_for(job("z", 1), 0)
    except asyncio.TimeoutError:
        print("timeout0")
    print("end")
vloop.run(main())
