#!/usr/bin/env python3
"""The thread scenarios of tests/threads/ on a real clock: each runs under
CPython with real threads, real time.sleep and a busy loop for
_turnstile_cpu.cpu (CPU time of the calling thread, so threads share the
GIL), scaled to a quarter of a unit; its printed elapsed time must match
Turnstile's virtual one (the same scaled script, `turnstile run`) within 10 %.
On a loaded machine the wall time of CPU work stretches with the CPU share
the process gets, so for CPU-bound work the process's CPU time counts as
well: with the GIL only one thread computes at a time, so on an idle machine
it is the wall time.

A scenario with a "# compare: output" line prints no times: its stdout
under CPython (real processes, real pickling) and under Turnstile must be
the same, byte for byte (process isolation: what a forked worker changes
stays in it).

Usage: threads_realtime.py TURNSTILE_BINARY
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIOS = os.path.join(HERE, "..", "threads")
SCALE = "UNIT = 0.25"

# What _turnstile_cpu.cpu is on CPython: busy Python code for `seconds` of
# this thread's CPU time (it holds the GIL while it runs).
FAKE_CPU = '''
import time

def cpu(seconds):
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass

def getswitchinterval():
    import sys
    return sys.getswitchinterval()
'''


# Runs a scenario and prints the CPU time it used.
RUNNER = """
import runpy, sys, time
c0 = time.process_time()
runpy.run_path(sys.argv[1], run_name="__main__")
print("process cpu %.3f" % (time.process_time() - c0))
"""


def elapsed(out):
    m = re.search(r"elapsed ([0-9.]+)", out)
    return float(m.group(1)) if m else None


def main():
    turnstile = sys.argv[1]
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "_turnstile_cpu.py"), "w") as f:
            f.write(FAKE_CPU)
        for name in sorted(os.listdir(SCENARIOS)):
            if not name.endswith(".py"):
                continue
            src = open(os.path.join(SCENARIOS, name)).read().replace("UNIT = 1.0", SCALE)
            m = re.search(r"^# cores: (\d+)", src, re.M)
            if m and (os.cpu_count() or 1) < int(m.group(1)):
                # Turnstile's model has that many cores; this machine has fewer.
                print("%-24s skipped: needs %s cores, this machine has %s" % (name, m.group(1), os.cpu_count()))
                continue
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(src)
            real = subprocess.run([sys.executable, "-c", RUNNER, path], capture_output=True, text=True, cwd=tmp,
                                  env=dict(os.environ, PYTHONPATH=tmp))
            ours = subprocess.run([turnstile, "run", path], capture_output=True, text=True)
            if re.search(r"^# compare: output$", src, re.M):
                want = re.sub(r"process cpu [0-9.]+\n$", "", real.stdout)
                ok = real.returncode == 0 and ours.returncode == 0 and want == ours.stdout
                print("%-24s output %s" % (name, "same as CPython's" if ok else "MISMATCH"))
                if not ok:
                    failed += 1
                    sys.stdout.write("--- CPython\n" + want + real.stderr + "--- Turnstile\n" + ours.stdout + ours.stderr)
                continue
            r, v = elapsed(real.stdout), elapsed(ours.stdout)
            m = re.search(r"process cpu ([0-9.]+)", real.stdout)
            c = float(m.group(1)) if m else None
            close = lambda x: x is not None and v is not None and abs(x - v) <= 0.1 * v
            ok = close(r) or ("cpu" in name and close(c))
            print("%-24s real %s (cpu %.3f)  virtual %s  %s" % (name, r, c or 0, v, "ok" if ok else "MISMATCH"))
            if not ok:
                failed += 1
                sys.stdout.write(real.stderr + ours.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
