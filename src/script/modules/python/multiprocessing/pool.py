"""multiprocessing.Pool (CPython 3.11's behaviour): worker processes named
ForkPoolWorker-N take tasks (chunks of a map) from one queue in order.

As in CPython, three threads of the parent serve the pool: _handle_workers
(here it only waits for close() or terminate(), then ends the task stream),
_handle_tasks (moves each task from the pool's task queue to the workers'
queue, pickling its function and arguments: a lambda's PicklingError is the
task's result) and _handle_results (hands each worker's result to its job, so
callbacks run in the parent, over the parent's globals). A worker pickles
what it returns (an unpicklable result is a MaybeEncodingError)."""

import queue
import threading

import multiprocessing
from multiprocessing import TimeoutError

__all__ = ['Pool']

RUN = 0
CLOSE = 1
TERMINATE = 2


class MaybeEncodingError(Exception):
    """A worker's result could not be pickled."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


# Module functions, not methods: a thread or worker holding its pool would be a cycle.

def _worker(inqueue, outqueue, initializer=None, initargs=()):
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = inqueue.get()
        if task is None:
            return
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        if result[0]:
            try:
                result = (True, multiprocessing._pickled(result[1]))
            except Exception as e:
                result = (False, MaybeEncodingError(e, result[1]))
        outqueue.put((job, i, result))


def _handle_workers(change, taskqueue):
    change.wait()
    taskqueue.put(None)


def _handle_tasks(taskqueue, inqueue, outqueue, status, workers):
    while True:
        task = taskqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            func, args, kwds = multiprocessing._pickled((func, args, kwds))
        except Exception as e:
            job._set(i, (False, e))
            continue
        status[1] += 1
        inqueue.put((job, i, func, args, kwds))
    outqueue.put(None)  # the result handler ends once the results in flight are in
    for _ in range(workers):
        inqueue.put(None)


def _handle_results(outqueue, status):
    # status: [the pool's state, the tasks sent whose results are not in]
    ending = False
    while not (ending and status[1] == 0):
        task = outqueue.get()
        if task is None:
            if status[0] == TERMINATE:
                return
            ending = True
            continue
        job, i, result = task
        status[1] -= 1
        job._set(i, result)


def mapstar(args):
    # A loop of Python calls (not map()), so the function can block its worker.
    func, items = args
    return [func(x) for x in items]


def starmapstar(args):
    return [args[0](*a) for a in args[1]]


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._event.set()
        else:
            if not success and self._success:
                self._success = False
                self._value = result
                if self._error_callback:
                    self._error_callback(self._value)
            if self._number_left == 0:
                self._event.set()


class IMapIterator:
    def __init__(self, ordered):
        self._cond = threading.Condition(threading.Lock())
        self._items = {}
        self._order = []
        self._index = 0
        self._length = None
        self._ordered = ordered

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._ordered and self._index in self._items:
                    success, value = self._items.pop(self._index)
                    break
                if not self._ordered and self._order:
                    success, value = self._order.pop(0)
                    break
                if self._index == self._length:
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    if timeout is not None:
                        raise TimeoutError from None
            self._index += 1
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            success, result = obj
            if success:
                for j, value in enumerate(result):
                    self._put(i[0] + j, (True, value))
            else:
                self._put(i[0], obj)
            self._cond.notify()

    def _put(self, i, obj):
        if self._ordered:
            self._items[i] = obj
        else:
            self._order.append(obj)

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify()


class Pool:
    """A pool of worker processes."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = multiprocessing.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._taskqueue = queue.SimpleQueue()
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
        self._change = threading.Event()
        self._status = [RUN, 0]
        self._state = RUN
        self._pool = []
        for i in range(processes):
            w = multiprocessing.ForkProcess(target=_worker,
                                            args=(self._inqueue, self._outqueue, initializer, initargs))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._worker_handler = threading.Thread(target=_handle_workers, args=(self._change, self._taskqueue),
                                                daemon=True)
        self._task_handler = threading.Thread(
            target=_handle_tasks, daemon=True,
            args=(self._taskqueue, self._inqueue, self._outqueue, self._status, processes))
        self._result_handler = threading.Thread(target=_handle_results, args=(self._outqueue, self._status),
                                                daemon=True)
        for t in (self._worker_handler, self._task_handler, self._result_handler):
            t.start()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _put(self, job, i, func, args, kwds={}):
        self._taskqueue.put((job, i, func, args, kwds))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put(result, 0, func, args, kwds)
        return result

    def _chunks(self, iterable, chunksize):
        it = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(it), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(it) == 0:
            chunksize = 0
        return it, chunksize

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        items, chunksize = self._chunks(iterable, chunksize)
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        if chunksize:
            for i in range(0, len(items), chunksize):
                self._put(result, i // chunksize, mapper, ((func, items[i:i + chunksize]),))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(ordered)
        items = list(iterable)
        for i in range(0, len(items), chunksize):
            self._put(result, (i, i // chunksize), mapstar, ((func, items[i:i + chunksize]),))
        result._set_length(len(items))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = self._status[0] = CLOSE
            self._change.set()

    def terminate(self):
        self._state = self._status[0] = TERMINATE
        self._change.set()
        self._outqueue.put(None)
        for w in self._pool:
            w.terminate()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for w in self._pool:
            w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')
