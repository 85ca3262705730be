# pins: contextvars edges: get defaults, set/reset with Token (var, old_value, MISSING), reset errors, Context mapping API and run() isolation, re-entering a context, tasks copying the context at creation, call_soon/call_later/add_done_callback with context=
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="dflt")
plain = contextvars.ContextVar("plain")

print(var.get(), plain.get("given"), var.get("override"), var.name)
t1 = var.set("one")
print(t1.var is var, t1.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
t2 = var.set("two")
print(var.get(), t2.old_value)
var.reset(t2)
print("after reset t2:", var.get())
for bad in [lambda: var.reset(t2), lambda: plain.reset(t1), lambda: var.reset("x"),
            lambda: contextvars.ContextVar(5), lambda: contextvars.Token(), lambda: contextvars.Context(1),
            lambda: var.get(1, 2), lambda: contextvars.copy_context()["k"]]:
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0].split("<Token")[0] or "<token message>")
var.reset(t1)
print("after reset t1:", var.get(), var in contextvars.copy_context())

ctx = contextvars.copy_context()


def change(value):
    var.set(value)
    plain.set(value * 2)
    return var.get()


print("run returns", ctx.run(change, "in-ctx"), "| outside:", var.get())
print("ctx:", ctx[var], ctx.get(plain), ctx.get(contextvars.ContextVar("other"), "none"), len(ctx))
print("keys:", sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print("items:", sorted((k.name, v) for k, v in ctx.items()), sorted(ctx.values()))
copy = ctx.copy()
ctx.run(var.set, "later")
print("copy unchanged:", copy[var], "ctx now:", ctx[var])
try:
    ctx.run(ctx.run, print, "never")
except RuntimeError as e:
    print("RuntimeError", str(e).split(" <")[0])
empty = contextvars.Context()
print("empty:", len(empty), list(empty), empty.run(var.get))
t3 = var.set("outer")
try:
    ctx.run(var.reset, t3)
except ValueError as e:
    print("ValueError", "different Context" in str(e))
var.reset(t3)


async def child(name, delay):
    print(name, "starts with", var.get())
    var.set(name)
    await asyncio.sleep(delay)
    print(name, "ends with", var.get())
    return var.get()


def cb(tag):
    print(tag, var.get())
    var.set("cb-changed")


async def main():
    var.set("main")
    a = asyncio.create_task(child("a", 0.2))
    var.set("main-2")  # after a was created: a does not see it
    b = asyncio.create_task(child("b", 0.1))
    print(await asyncio.gather(a, b), var.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "call_soon sees")
    loop.call_soon(cb, "call_soon ctx sees", context=ctx)
    loop.call_later(0.1, cb, "call_later ctx sees", context=ctx)
    await asyncio.sleep(0.2)
    print("main after callbacks", var.get(), "ctx", ctx[var])
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback sees", var.get()), context=ctx)
    fut.set_result(1)
    await asyncio.sleep(0)
    t = asyncio.create_task(child("c", 0.1), context=ctx)
    await t
    print("ctx after task c:", ctx[var], "main:", var.get())

    async def in_group(n):
        var.set(n)
        await asyncio.sleep(0.1)
        return var.get()

    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(in_group(f"g{i}")) for i in range(3)]
    print([t.result() for t in ts], var.get())


asyncio.run(main())
print("module level after run:", var.get())
