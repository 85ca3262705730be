# pins: TaskGroup waits for all children (including ones created while running); results via task.result(); exit time is the slowest child
import asyncio


async def fetch(name, delay, tg=None):
    await asyncio.sleep(delay)
    print("fetched", name, asyncio.get_running_loop().time())
    if tg is not None:
        tg.create_task(fetch(name + "-child", 0.5))
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("a", 1))
        b = tg.create_task(fetch("b", 0.5, tg), name="bee")
        print("created", a.get_name(), b.get_name())
    print("group done at", asyncio.get_running_loop().time(), a.result(), b.result())


asyncio.run(main())
