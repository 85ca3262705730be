"""ProcessPoolExecutor (CPython 3.11's behaviour with the fork start method):
at the first submit it starts max_workers worker processes (ForkProcess-N),
which take the work items in order and compute on cores of their own.

Two threads of the parent serve it, as in CPython: the executor's manager
thread (Thread-N), which sets each future from the result a worker sends
back, so done-callbacks run in the parent over the parent's globals, and the
call queue's QueueFeederThread, which pickles each call (a lambda fails its
future with PicklingError). A worker pickles what it returns."""

import queue
import threading

import multiprocessing
from concurrent.futures import _base
from concurrent.futures.thread import _WorkItem


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly."""


# Module functions, not methods: a thread or worker holding its executor would be a cycle.

def _process_worker(call_queue, result_queue, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        call = call_queue.get(block=True)
        if call is None:
            return
        future, fn, args, kwargs = call
        try:
            result = (True, multiprocessing._pickled(fn(*args, **kwargs)))
        except BaseException as exc:
            result = (False, exc)
        result_queue.put((future, result))
        del call, future, result


def _feed(feed, call_queue, result_queue, processes):
    # The QueueFeederThread: a future goes in running (or is dropped, cancelled).
    while True:
        work_item = feed.get()
        if work_item is None:
            break
        if not work_item.future.set_running_or_notify_cancel():
            continue
        try:
            call = multiprocessing._pickled((work_item.fn, work_item.args, work_item.kwargs))
        except BaseException as exc:
            work_item.future.set_exception(exc)
            continue
        call_queue.put((work_item.future,) + call)
    for _ in processes:
        call_queue.put(None)
    result_queue.put(None)


class _ExecutorManagerThread(threading.Thread):
    def __init__(self, result_queue):
        super().__init__(daemon=True)
        self._result_queue = result_queue

    def run(self):
        while True:
            item = self._result_queue.get()
            if item is None:
                return
            future, (ok, value) = item
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = multiprocessing.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs
        self._feed = queue.SimpleQueue()
        self._call_queue = queue.SimpleQueue()
        self._result_queue = queue.SimpleQueue()
        self._manager = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False

    def _start(self):
        # At the first submit: fork every worker, then start the helper threads.
        for _ in range(self._max_workers):
            p = multiprocessing.ForkProcess(
                target=_process_worker, args=(self._call_queue, self._result_queue, self._initializer, self._initargs))
            p.start()
            self._processes[p.pid] = p
        self._manager = _ExecutorManagerThread(self._result_queue)
        self._manager.start()
        threading.Thread(target=_feed, name='QueueFeederThread', daemon=True,
                         args=(self._feed, self._call_queue, self._result_queue, list(self._processes))).start()

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            self._feed.put(_WorkItem(f, fn, args, kwargs))
            if self._manager is None:
                self._start()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._feed.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            if self._manager is not None:
                self._feed.put(None)
        if wait:
            for p in self._processes.values():
                p.join()
