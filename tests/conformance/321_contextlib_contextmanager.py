# pins: @contextmanager: code before yield is __enter__, the yielded value is bound by as, exceptions are thrown in at the yield
import contextlib
import time


@contextlib.contextmanager
def timer(label):
    start = time.monotonic()
    print("enter", label)
    try:
        yield label.upper()
    except ValueError as e:
        print("handled inside:", e)
    finally:
        print("exit", label, "took", time.monotonic() - start)


with timer("first") as tag:
    time.sleep(0.5)
    print("body sees", tag)
with timer("second"):
    time.sleep(0.25)
    raise ValueError("swallowed by the generator")
print("continues")
try:
    with timer("third"):
        raise KeyError("escapes")
except KeyError as e:
    print("KeyError", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
