"""Processes and process pools, as CPython 3.11's multiprocessing behaves on
Linux (the fork start method), on the virtual clock.

Turnstile's own code, written from CPython's documented behaviour. A worker
process (_turnstile_cpu.start_process) starts after a fork's start-up cost
and computes on a core of its own: up to cpu_count() workers run CPU work in
parallel.

A worker is isolated as a forked child is: at start() it gets a copy of the
script's globals and of what it is handed (_fork), and the script's functions
run over that copy there, so a global it sets or a list it appends to is its
own and the parent's is untouched. What a pool sends through its pipes (a
task's function and arguments, a result) is copied as pickle would (_pickled):
a lambda fails with PicklingError, a lock with TypeError. The simulator's own
objects -- threads, queues, locks, events, the pools, modules -- are shared,
not copied: they are the pipes and the kernel here. Not modelled: a copy of a
class's attributes (a class is shared, as a module is).
"""

import copy
import itertools
import queue
import threading
import types
from pickle import PicklingError

import _turnstile_cpu

__all__ = ['Process', 'Pool', 'cpu_count', 'current_process', 'ProcessError', 'TimeoutError']


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


def cpu_count():
    return _turnstile_cpu.cpu_count()


def get_start_method(allow_none=False):
    return 'fork'


# ---- fork and pickle ------------------------------------------------------

# The packages whose objects a fork shares rather than copies (see above).
_PLUMBING = frozenset(['threading', 'queue', 'multiprocessing', 'concurrent', 'asyncio', 'logging',
                       'turnstile', 'openai', 'tqdm', 'tenacity', 'contextvars', '_thread',
                       '_asyncio_threads', 'copy', 'pickle'])


def _shared(x):
    cls = type(x)
    if cls is types.ModuleType:
        return True
    if (getattr(cls, '__module__', None) or '').partition('.')[0] in _PLUMBING:
        return True
    # A native object a copy cannot rebuild (a generator, a coroutine) stays itself.
    return not isinstance(x, (int, str, float, tuple, list, dict, set, frozenset, BaseException)) \
        and cls is not object and not copy._has_state(x)


def _fork(handed):
    """What a child forked now starts with: (its copy of the script's globals,
    its copy of `handed`), through one memo, so what they share stays shared."""
    parent = _turnstile_cpu.script_globals()
    child = {}
    memo = {copy._SHARE: _shared, id(parent): child}
    for name, value in parent.items():
        child[name] = value if name == '__builtins__' else copy.deepcopy(value, memo)
    return child, copy.deepcopy(handed, memo)


def _unpicklable(x):
    # pickle saves a function by name: a lambda or a nested function has none to find.
    if type(x) is types.FunctionType:
        if '<lambda>' in x.__qualname__:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (x, x.__name__, x.__module__))
        if '<locals>' in x.__qualname__:
            raise AttributeError("Can't pickle local object %r" % x.__qualname__)
        return True
    return False


def _pickled(obj):
    """obj as the other end of a pipe gets it: pickled and unpickled."""
    return copy.deepcopy(obj, {copy._SHARE: _unpicklable})


_counter = itertools.count(1)   # Process-N, ForkPoolWorker-N, ForkProcess-N share it
_current = {}                   # a worker's thread ident -> its process


class _ProcessMainThread(threading.Thread):
    """threading.current_thread() inside a worker process: its MainThread."""

    def __init__(self):
        threading.Thread.__init__(self, name="MainThread", daemon=True)
        self._started.set()
        self._ident = threading.get_ident()


class Process:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        self._identity = next(_counter)
        self._name = name or "%s-%d" % (type(self).__name__, self._identity)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self.daemon = bool(daemon)
        self._popen = None
        self._done = threading.Event()
        self.exitcode = None
        self.pid = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        assert self._popen is None, 'cannot start a process twice'
        self._popen = True
        # The fork: the child runs its own copy of this object (a subclass's
        # run() and attributes) and of the target's arguments.
        globals_, (child, target, args, kwargs) = _fork((self, self._target, self._args, self._kwargs))
        if type(self).run is Process.run:
            body = (lambda: target(*args, **kwargs)) if target else (lambda: None)
        else:
            body = child.run
        self.pid = _turnstile_cpu.start_process(self._bootstrap, (body,), globals_)

    def _bootstrap(self, body):
        me = threading.get_ident()
        _current[me] = self
        threading._active[me] = _ProcessMainThread()
        try:
            body()
            self.exitcode = 0
        except SystemExit as e:
            self.exitcode = e.code if isinstance(e.code, int) else 1
        except BaseException as exc:
            import sys
            print("Process %s:" % self._name, file=sys.stderr)
            threading.excepthook(threading.ExceptHookArgs(type(exc), exc, None, None))
            self.exitcode = 1
        finally:
            threading._active.pop(me, None)
            del _current[me]
            self._done.set()

    def join(self, timeout=None):
        assert self._popen is not None, 'can only join a started process'
        self._done.wait(timeout)

    def is_alive(self):
        return self._popen is not None and not self._done.is_set()

    def terminate(self):
        # A worker blocked for good ends with the run; its state is what is kept.
        if self.is_alive():
            self.exitcode = -15
            self._done.set()

    kill = terminate

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def ident(self):
        return self.pid

    def __repr__(self):
        status = 'initial' if self._popen is None else (
            'started' if self.exitcode is None else 'stopped exitcode=%s' % self.exitcode)
        return '<%s name=%r %s>' % (type(self).__name__, self._name, status)


class ForkProcess(Process):
    pass


class _MainProcess:
    name = "MainProcess"
    daemon = False
    pid = 1
    exitcode = None

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_main_process = _MainProcess()


def current_process():
    return _current.get(threading.get_ident(), _main_process)


def parent_process():
    return None


from multiprocessing.pool import Pool
