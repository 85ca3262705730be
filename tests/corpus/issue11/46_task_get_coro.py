# pins: Task.get_coro() returns the wrapped coroutine (its __name__, __qualname__, cr_frame None once done); Task.get_name/set_name
import asyncio


class Service:
    async def run(self):
        await asyncio.sleep(1)
        return "served"


async def main():
    t = asyncio.create_task(Service().run())
    coro = t.get_coro()
    print(coro.__name__, coro.__qualname__, coro.cr_frame is not None)
    t.set_name("svc")
    print(t.get_name(), await t)
    print("after:", coro.cr_frame, t.get_coro() is coro)
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__qualname__)


asyncio.run(main())
