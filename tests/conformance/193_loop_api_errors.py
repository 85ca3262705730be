# pins: the loop API's RuntimeError/TypeError/ValueError messages: closed loops, running loops, other loops, the policy, Runner, TaskGroup and Timeout misuse, ExceptionGroup construction
import asyncio


def attempt(label, fn, *args):
    try:
        fn(*args)
        print(label, "-> ok")
    except (RuntimeError, TypeError, ValueError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)


async def noop():
    return "noop"


loop = asyncio.new_event_loop()
other = asyncio.new_event_loop()
foreign = other.create_future()
attempt("foreign future", loop.run_until_complete, foreign)
attempt("set_event_loop(5)", asyncio.set_event_loop, 5)
attempt("set_exception_handler(5)", loop.set_exception_handler, 5)
attempt("get_running_loop", asyncio.get_running_loop)
attempt("current_task", asyncio.current_task)
attempt("all_tasks", asyncio.all_tasks)
attempt("timeout", asyncio.timeout, 1)
attempt("call_later(None)", loop.call_later, None, print)
attempt("call_at(None)", loop.call_at, None, print)


async def inside():
    fut = loop.create_future()
    attempt("nested run_until_complete", loop.run_until_complete, fut)
    attempt("run_forever while running", loop.run_forever)
    attempt("other loop inside", other.run_until_complete, foreign)
    attempt("close running", loop.close)
    attempt("asyncio.run inside", asyncio.run, 5)
    g = asyncio.TaskGroup()
    attempt("TaskGroup before enter", g.create_task, 5)
    t = asyncio.timeout(5)
    attempt("reschedule before enter", t.reschedule, 1)
    print(repr(t))
    async with t:
        print(repr(t).replace(str(t.when()), "WHEN"))
    print(repr(t), t.expired())
    fut.cancel()


loop.run_until_complete(inside())
loop.close()
other.close()
attempt("call_soon closed", loop.call_soon, print)
attempt("call_later closed", loop.call_later, 1, print)
attempt("create_task closed", loop.create_task, 5)
attempt("run_forever closed", loop.run_forever)
attempt("run_until_complete closed", loop.run_until_complete, foreign)
asyncio.set_event_loop(None)
attempt("get_event_loop after None", asyncio.get_event_loop)
runner = asyncio.Runner()
print(runner.run(noop()))
runner.close()
attempt("closed Runner", runner.get_loop)
attempt("Runner.run(5)", runner.run, 5)
attempt("run(5)", asyncio.run, 5)
attempt("ExceptionGroup()", ExceptionGroup, "x")
attempt("ExceptionGroup empty", ExceptionGroup, "x", [])
attempt("ExceptionGroup not exc", ExceptionGroup, "x", [1])
attempt("ExceptionGroup msg", ExceptionGroup, 1, [ValueError()])
attempt("ExceptionGroup base", ExceptionGroup, "x", [KeyboardInterrupt()])
attempt("split(5)", ExceptionGroup("x", [ValueError()]).split, 5)
