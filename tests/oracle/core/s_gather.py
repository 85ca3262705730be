import asyncio, vloop
async def ok(name, d):
    await asyncio.sleep(d)
    print(name, "finished")
    return name
async def bad(d):
    await asyncio.sleep(d)
    print("bad raising")
    raise ValueError("boom")
async def main():
    try:
        await asyncio.gather(ok("x", 2), bad(1), ok("y", 3))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(5)
    r = await asyncio.gather(ok("p", 1), bad(1), ok("q", 0), return_exceptions=True)
    print("results", [type(v).__name__ for v in r])
vloop.run(main())
