import asyncio, vloop
async def t(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)
async def main():
    a = asyncio.create_task(t("a"))
    b = asyncio.create_task(t("b"))
    print("main before")
    await asyncio.sleep(0)
    print("main after 1")
    await asyncio.sleep(0)
    print("main after 2")
    await a; await b
    print("done")
vloop.run(main())
