#!/usr/bin/env python3
"""CPython oracle for Turnstile: run a scenario under real asyncio on a virtual clock.

Usage: python3 tests/oracle/run_cpython.py [--stamp] [--seed N] FILE.py

Conventions (the C++ runner `turnstile run` must match them byte for byte):

* Virtual clock: starts at 0.0. loop.time(), time.time(), time.monotonic()
  and time.perf_counter() all return the virtual time (time.time()'s epoch is
  0.0, so time.strftime('%H:%M:%S') shows 00:00:00 at start; strftime,
  gmtime and localtime format the virtual time as UTC). The *_ns variants
  return int(virtual * 1e9).
* The loop is asyncio's own BaseSelectorEventLoop (so _run_once, heapq timers,
  ready-queue order are CPython's) with a fake selector: select(timeout) with
  a number does `virtual = virtual + timeout` (the timeout is the one
  _run_once computed: min(max(0, when - time()), 86400)) and returns no
  events; loop._clock_resolution is fixed at 1e-09.
* Every event loop is a virtual one, not only asyncio.run's: the policy's
  new_event_loop() (so asyncio.new_event_loop(), get_event_loop(),
  asyncio.Runner) makes one, and selectors.DefaultSelector is the fake
  selector, so asyncio.SelectorEventLoop() made directly is virtual too. All
  loops share the one clock: it never goes back when a loop closes. The loop
  and selector classes keep CPython's names (asyncio.unix_events.
  _UnixSelectorEventLoop, selectors.EpollSelector), so reprs match.
  Threads are not modelled: a select(None) while another thread could still
  call call_soon_threadsafe() is a deadlock all the same.
* logging: relativeCreated counts from virtual 0.0 and %(asctime)s formats
  the virtual time as UTC (logging is imported before the clock is patched,
  so its start time and Formatter.converter are reset).
* time.sleep(s) does `virtual = virtual + s` (blocking the whole loop);
  a negative s raises ValueError("sleep length must be non-negative").
* Deadlock: select(None) (nothing ready, no timers) prints, on stdout, after
  the output so far, the line "%.3f DEADLOCK %d tasks blocked\n" % (virtual,
  len(asyncio.all_tasks(loop))) -- the same line with or without --stamp (it
  is never stamped a second time; "tasks" even when n == 1) -- then a list of
  the blocked tasks on stderr, and exits 3. If the previous output did not end
  with a newline, a newline is written first.
* --stamp: every output line is prefixed with "%.3f " % virtual time at the
  moment the line's first character (or its newline, for an empty line) was
  written; so an empty print() gives "1.000 \n" (trailing space).
* --seed N: random.seed(N) before the script runs; default N = 0.
  uuid.uuid4() draws from its own random.Random(N) (CPython's reads
  os.urandom): UUID(int=rng.getrandbits(128), version=4).
* Exit codes: 0 normal end; 1 uncaught exception (traceback on stderr, last
  line "Type: message"); 2 syntax error ("FILE:LINE:COL: message" on stderr);
  3 deadlock. A SystemExit from the script keeps its code.
* The script runs as module __main__ with __file__ set; stdout is UTF-8.
"""

import asyncio
import asyncio.events
import os
import random
import selectors
import sys
import time
import traceback
import types

_real_time = time  # the real module object; we patch its attributes


class VirtualClock:
    __slots__ = ("now",)

    def __init__(self):
        self.now = 0.0


CLOCK = VirtualClock()
_DEADLOCK_HOOK = [None]


class VirtualSelector(selectors._BaseSelectorImpl):
    """Never reports I/O; advances the virtual clock by the select timeout."""

    def select(self, timeout=None):
        if timeout is None:
            _DEADLOCK_HOOK[0]()
            raise SystemExit(3)  # not reached: the hook exits
        if timeout > 0:
            CLOCK.now = CLOCK.now + timeout
        return []


# asyncio logs "Using selector: NAME" at DEBUG level: show Linux CPython's.
VirtualSelector.__name__ = VirtualSelector.__qualname__ = "EpollSelector"
VirtualSelector.__module__ = "selectors"


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self, selector=None):
        super().__init__(VirtualSelector() if selector is None else selector)
        self._clock_resolution = 1e-09

    def time(self):
        return CLOCK.now


# Scripts print loops (repr, type name): show CPython's class name.
VirtualLoop.__name__ = asyncio.SelectorEventLoop.__name__
VirtualLoop.__qualname__ = asyncio.SelectorEventLoop.__qualname__
VirtualLoop.__module__ = asyncio.SelectorEventLoop.__module__


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualLoop()


class StampedWriter:
    """Text stream wrapper that prefixes each line with the virtual time."""

    def __init__(self, raw, stamp):
        self._raw = raw
        self._stamp = stamp
        self.bol = True  # at beginning of line

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not s:
            return 0
        if not self._stamp:
            self.bol = s[-1] == "\n"
            self._raw.write(s)
            return len(s)
        out = []
        parts = s.split("\n")
        last = len(parts) - 1
        for i, p in enumerate(parts):
            if (p or i != last) and self.bol:
                out.append("%.3f " % CLOCK.now)
                self.bol = False
            out.append(p)
            if i != last:
                out.append("\n")
                self.bol = True
        self._raw.write("".join(out))
        return len(s)

    def flush(self):
        self._raw.flush()

    def isatty(self):
        return False

    def writable(self):
        return True

    @property
    def encoding(self):
        return self._raw.encoding

    def __getattr__(self, name):
        return getattr(self._raw, name)


def _install_uuid_patch(seed):
    """uuid.uuid4() from random.Random(seed), a generator of its own, as
    Turnstile's (src/script/modules/python/uuid.py): CPython's reads
    os.urandom, so no two runs would print the same ids."""
    import uuid
    rng = random.Random(seed)

    def uuid4():
        return uuid.UUID(int=rng.getrandbits(128), version=4)

    uuid.uuid4 = uuid4


def _install_time_patches():
    def v_time():
        return CLOCK.now

    def v_ns():
        return int(CLOCK.now * 1e9)

    real_gmtime = _real_time.gmtime
    real_strftime = _real_time.strftime

    def v_gmtime(secs=None):
        return real_gmtime(CLOCK.now if secs is None else secs)

    def v_strftime(fmt, t=None):
        if t is None:
            t = real_gmtime(CLOCK.now)
        return real_strftime(fmt, t)

    def v_ctime(secs=None):
        return _real_time.asctime(v_gmtime(secs))

    def v_sleep(secs):
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        CLOCK.now = CLOCK.now + secs

    _real_time.time = v_time
    _real_time.monotonic = v_time
    _real_time.perf_counter = v_time
    _real_time.time_ns = v_ns
    _real_time.monotonic_ns = v_ns
    _real_time.perf_counter_ns = v_ns
    _real_time.gmtime = v_gmtime
    _real_time.localtime = v_gmtime
    _real_time.strftime = v_strftime
    _real_time.ctime = v_ctime
    _real_time.sleep = v_sleep

    # asyncio imported logging before these patches: its start time and the
    # converter bound at class creation are still the real clock's.
    import logging
    logging._startTime = CLOCK.now
    logging.Formatter.converter = staticmethod(v_gmtime)
    # Loops made without the policy (asyncio.SelectorEventLoop()) are virtual too.
    selectors.DefaultSelector = VirtualSelector


def _usage():
    sys.stderr.write("usage: run_cpython.py [--stamp] [--seed N] FILE.py\n")
    sys.exit(2)


def main(argv):
    stamp = False
    seed = 0
    path = None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--stamp":
            stamp = True
        elif a == "--seed":
            i += 1
            if i >= len(argv):
                _usage()
            seed = int(argv[i])
        elif a.startswith("--seed="):
            seed = int(a[len("--seed="):])
        elif a.startswith("-") or path is not None:
            _usage()
        else:
            path = a
        i += 1
    if path is None:
        _usage()
    with open(path, "rb") as f:
        source = f.read()
    run(source, path, stamp, seed)


def run(source, path, stamp=False, seed=0):
    """Runs source (bytes or str) as the script at path; never returns
    (exits with the script's code). A scenario exported from Turnstile
    calls this with its bundled source."""
    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        sys.stderr.write("%s:%s:%s: %s\n" % (path, e.lineno, e.offset, e.msg))
        sys.exit(2)

    os.environ.pop("PYTHONASYNCIODEBUG", None)
    raw = sys.stdout
    raw.reconfigure(encoding="utf-8", newline="\n", line_buffering=False)
    out = StampedWriter(raw, stamp)
    sys.stdout = out

    def on_deadlock():
        loop = asyncio.events._get_running_loop()
        tasks = list(asyncio.all_tasks(loop)) if loop is not None else []

        def order(t):
            n = t.get_name()
            return int(n[5:]) if n.startswith("Task-") and n[5:].isdigit() else 1 << 60
        tasks.sort(key=order)
        if not out.bol:
            raw.write("\n")
        raw.write("%.3f DEADLOCK %d tasks blocked\n" % (CLOCK.now, len(tasks)))
        raw.flush()
        for t in tasks[:20]:
            coro = t.get_coro()
            frame = getattr(coro, "cr_frame", None)
            where = "line %d" % frame.f_lineno if frame is not None else "?"
            waits = getattr(t, "_fut_waiter", None)
            sys.stderr.write("  %s %s() at %s waiting on %s\n" % (
                t.get_name(), getattr(coro, "__qualname__", "?"), where,
                type(waits).__name__ if waits is not None else "?"))
        if len(tasks) > 20:
            sys.stderr.write("  ... and %d more\n" % (len(tasks) - 20))
        sys.stderr.flush()
        os._exit(3)

    _DEADLOCK_HOOK[0] = on_deadlock
    _install_time_patches()
    asyncio.set_event_loop_policy(VirtualPolicy())
    random.seed(seed)
    _install_uuid_patch(seed)

    mod = types.ModuleType("__main__")
    mod.__file__ = os.path.abspath(path)
    mod.__builtins__ = __builtins__
    sys.modules["__main__"] = mod
    sys.argv = [path]
    rc = 0
    try:
        exec(code, mod.__dict__)
    except SystemExit as e:
        c = e.code
        if c is None:
            rc = 0
        elif isinstance(c, int):
            rc = c
        else:
            sys.stderr.write("%s\n" % (c,))
            rc = 1
    except BaseException as e:  # noqa: B902 - we report everything
        raw.flush()
        tb = e.__traceback__
        if tb is not None and tb.tb_frame.f_code is run.__code__:
            tb = tb.tb_next
        sys.stderr.write("".join(traceback.format_exception(type(e), e, tb)))
        rc = 1
    raw.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: GC of pending tasks would log noise.
    os._exit(rc)


if __name__ == "__main__":
    main(sys.argv[1:])
