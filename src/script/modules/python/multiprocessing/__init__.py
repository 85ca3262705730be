"""Processes and process pools, as CPython 3.11's multiprocessing behaves on
Linux (the fork start method), on the virtual clock.

Turnstile's own code, written from CPython's documented behaviour. A worker
process (_turnstile_cpu.start_process) starts after a fork's start-up cost
and computes on a core of its own: up to cpu_count() workers run CPU work in
parallel. Not modelled: isolation -- a worker shares the parent's objects,
where CPython's gets copies (pickled arguments and results).
"""

import itertools
import queue
import threading

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
        self.pid = _turnstile_cpu.start_process(self._bootstrap, ())

    def _bootstrap(self):
        me = threading.get_ident()
        _current[me] = self
        threading._active[me] = _ProcessMainThread()
        try:
            self.run()
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
