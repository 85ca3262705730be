# pins: ThreadPoolExecutor submit/map/shutdown/with and its worker names (ThreadPoolExecutor-N_M, thread_name_prefix), Future result/exception/done/cancelled/running and add_done_callback (at once when done), a raising job, set_result twice, map order, as_completed and wait (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION) on finished futures, submit after shutdown, max_workers=0
import threading
from concurrent.futures import (ThreadPoolExecutor, Future, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED, CancelledError, InvalidStateError)
import concurrent.futures


def square(x):
    return x * x


def name_of(_):
    return threading.current_thread().name


def boom(x):
    raise ValueError("bad %d" % x)


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.cancelled(), f.running(), f.exception())
    print(list(ex.map(square, range(5))))
    print(ex.submit(name_of, 0).result())
    g = ex.submit(boom, 3)
    print(type(g.exception()).__name__, g.exception())
    try:
        g.result()
    except ValueError as e:
        print("ValueError:", e)
    seen = []
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(seen)

with ThreadPoolExecutor(max_workers=1, thread_name_prefix="io") as ex:
    print(ex.submit(name_of, 0).result())
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(name_of, 0).result())

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

fut = Future()
print(fut.done(), fut.running(), fut.cancel(), fut.cancelled(), fut.done())
try:
    fut.result()
except CancelledError:
    print("CancelledError")
fut2 = Future()
calls = []
fut2.add_done_callback(lambda f: calls.append("cb1"))
print(fut2.set_running_or_notify_cancel(), fut2.running(), fut2.cancel())
fut2.set_result(42)
print(calls, fut2.result())
try:
    fut2.set_result(1)
except InvalidStateError:
    print("InvalidStateError")
print(concurrent.futures.TimeoutError is TimeoutError)

done_futs = []
for i in range(3):
    d = Future()
    d.set_result(i)
    done_futs.append(d)
print(sorted(f.result() for f in as_completed(done_futs)))
res = wait(done_futs)
print(len(res.done), len(res.not_done), len(res[0]))
pending = Future()
d, nd = wait(done_futs + [pending], timeout=0, return_when=FIRST_COMPLETED)
print(len(d), len(nd))
bad = Future()
bad.set_exception(KeyError("k"))
d, nd = wait([bad, pending], return_when=FIRST_EXCEPTION)
print(len(d), len(nd), ALL_COMPLETED)
