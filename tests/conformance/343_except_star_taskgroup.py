# pins: except* splits a TaskGroup's ExceptionGroup by type; two children failing at the same time both land in the group
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 1))
            tg.create_task(fail(TypeError("t1"), 1))
            tg.create_task(fail(ValueError("v2"), 1))
            tg.create_task(fail(KeyError("never"), 3))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions], asyncio.get_running_loop().time())
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
    print("after except*")


asyncio.run(main())
