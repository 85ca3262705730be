#!/usr/bin/env python3
"""What a task, a thread and a process cost CPython 3.11 on this machine:
memory (resident, from /proc) and a process's start-up time (fork and
spawn). Turnstile's world model (src/world/threads.h, Policy) uses these
numbers; README.md cites them.

  python3 tests/tools/memory_per_strategy.py

Memory per unit is measured as the growth of the resident set (RSS, what
the units actually touch) and of the virtual size (VmSize, what they
reserve: a thread's stack is reserved in full but touched only as deep as
it runs) while N units are alive, divided by N.
"""
import asyncio
import multiprocessing as mp
import os
import threading
import time

N = 200


def status(field, pid="self"):
    with open("/proc/%s/status" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def per_thread():
    gate = threading.Event()
    started = threading.Semaphore(0)

    def body():
        started.release()
        gate.wait()
    rss0, vm0 = status("VmRSS"), status("VmSize")
    ts = [threading.Thread(target=body) for _ in range(N)]
    for t in ts:
        t.start()
    for _ in ts:
        started.acquire()
    rss1, vm1 = status("VmRSS"), status("VmSize")
    gate.set()
    for t in ts:
        t.join()
    return (rss1 - rss0) / N, (vm1 - vm0) / N


def per_task():
    async def body(gate):
        await gate.wait()

    async def main():
        gate = asyncio.Event()
        rss0 = status("VmRSS")
        ts = [asyncio.create_task(body(gate)) for _ in range(N * 10)]
        await asyncio.sleep(0)
        rss1 = status("VmRSS")
        gate.set()
        await asyncio.gather(*ts)
        return (rss1 - rss0) / (N * 10)
    return asyncio.run(main())


def child(q):
    # A worker's own memory: its resident set (shared pages of a fork count
    # in full here; the unique share is smaller).
    q.put((status("VmRSS"), private_bytes()))
    time.sleep(0.2)


def private_bytes():
    total = 0
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith(("Private_Clean:", "Private_Dirty:")):
                total += int(line.split()[1]) * 1024
    return total


def per_process(method, n=5):
    ctx = mp.get_context(method)
    q = ctx.Queue()
    starts, rss, private = [], [], []
    for _ in range(n):
        t0 = time.perf_counter()
        p = ctx.Process(target=child, args=(q,))
        p.start()
        r, u = q.get()
        starts.append(time.perf_counter() - t0)
        rss.append(r)
        private.append(u)
        p.join()
    starts.sort()
    return starts[len(starts) // 2], sum(rss) / n, sum(private) / n


def main():
    rss, virt = per_thread()
    print("thread: %.0f KiB resident, %.0f KiB reserved (virtual)" % (rss / 1024, virt / 1024))
    print("task (coroutine + Task): %.2f KiB resident" % (per_task() / 1024))
    for method in ("fork", "spawn"):
        start, rss, private = per_process(method)
        print("process (%s): start-up %.1f ms, %.0f KiB resident, %.0f KiB private" % (
            method, start * 1000, rss / 1024, private / 1024))


if __name__ == "__main__":
    main()
