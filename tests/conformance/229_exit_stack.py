# pins: ExitStack: enter_context, callback with args, LIFO order, an exception in the body reaches every exit, suppression by one of them
import contextlib


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress


with contextlib.ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "callback", "with", "args")
    print("inside", names)

with contextlib.ExitStack() as stack:
    stack.enter_context(Res("outer-suppressor", suppress=True))
    stack.enter_context(Res("inner"))
    raise ValueError("boom")
print("suppressed by the outer one")
