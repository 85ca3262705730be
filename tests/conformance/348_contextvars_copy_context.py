# pins: copy_context().run isolates changes, Context mapping API, create_task(context=...) (3.11) runs the task in a given context, call_soon(context=)
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anon")


def show(tag):
    print(tag, user.get())


async def main():
    ctx = contextvars.copy_context()
    ctx.run(user.set, "alice")
    show("outside after ctx.run:")
    print("ctx holds", ctx[user], user in ctx, len(ctx) >= 1)
    t = asyncio.create_task(asyncio.sleep(0.5, result="x"), context=ctx)
    await t
    loop = asyncio.get_running_loop()
    loop.call_soon(show, "call_soon in ctx:", context=ctx)
    await asyncio.sleep(0.5)

    async def reader():
        await asyncio.sleep(0.25)
        show("task in ctx:")

    await asyncio.create_task(reader(), context=ctx)
    show("main still:")


asyncio.run(main())
