# pins: ExitStack pop_all/close/push of a manager and of a callable, callbacks run LIFO and only once, an exit that raises replaces the exception (chained from it), enter_context on a non-manager, suppress with no classes, nullcontext and closing
import contextlib


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False


def on_exit(et, ev, tb):
    print("pushed callable sees", et.__name__ if et else None)


with contextlib.ExitStack() as stack:
    stack.enter_context(Res("a"))
    stack.callback(print, "cb", sep="-")
    moved = stack.pop_all()
print("moved away; closing now")
moved.close()
moved.close()

with contextlib.ExitStack() as stack:
    stack.push(on_exit)
    stack.push(Res("pushed"))
    print("body")


def boom(*details):
    raise KeyError("from exit")


try:
    with contextlib.ExitStack() as stack:
        stack.push(on_exit)
        stack.push(boom)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)

try:
    with contextlib.suppress():
        raise ValueError("x")
except ValueError as e:
    print("suppress() suppresses nothing:", e)

with contextlib.nullcontext(5) as five:
    print("nullcontext", five)


class Thing:
    def close(self):
        print("closed")


with contextlib.closing(Thing()) as t:
    print("using", type(t).__name__)
