"""ProcessPoolExecutor (CPython 3.11's behaviour with the fork start method):
at the first submit it starts max_workers worker processes (ForkProcess-N),
which take the work items in order and compute on cores of their own."""

import queue
import threading

import multiprocessing
from concurrent.futures import _base
from concurrent.futures.thread import _WorkItem


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly."""


def _process_worker(call_queue, initializer, initargs):
    # A module function, not a method: a worker holding its executor would be a cycle.
    if initializer is not None:
        initializer(*initargs)
    while True:
        work_item = call_queue.get(block=True)
        if work_item is None:
            return
        work_item.run()
        del work_item


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
        self._call_queue = queue.SimpleQueue()
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False

    def _launch_processes(self):
        for _ in range(len(self._processes), self._max_workers):
            p = multiprocessing.ForkProcess(target=_process_worker,
                                            args=(self._call_queue, self._initializer, self._initargs))
            p.start()
            self._processes[p.pid] = p

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            self._call_queue.put(_WorkItem(f, fn, args, kwargs))
            self._launch_processes()
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
                        work_item = self._call_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            for _ in self._processes:
                self._call_queue.put(None)
        if wait:
            for p in self._processes.values():
                p.join()
