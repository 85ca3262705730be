# Differential fuzz: random asyncio programs in a tiny op language, run on a
# virtual-clock CPython loop. Prints "PROGRAM <line>" then expected output.
import asyncio, random, sys, vloop, io, contextlib

COND = False
def gen(rng):
    ntasks = rng.randint(2, 6)
    tasks = []
    for t in range(ntasks):
        ops = []
        for _ in range(rng.randint(1, 6)):
            k = rng.random()
            if k < 0.2: ops.append(f"s{rng.choice(['0','0.5','1','2'])}")
            elif k < 0.4: ops.append(f"A{rng.randint(0,1)}:{rng.choice(['0','0.5','1','2'])}")
            elif k < 0.5: ops.append(f"L{rng.choice(['0','1'])}")
            elif k < 0.6: ops.append(f"w{rng.randint(0,1)}")
            elif k < 0.67: ops.append(f"e{rng.randint(0,1)}")
            elif k < 0.72: ops.append(f"c{rng.randint(0,1)}")
            elif k < 0.8: ops.append(f"P{rng.randint(0,9)}")
            elif k < 0.87: ops.append("G")
            elif k < 0.93: ops.append(f"x{rng.randint(0,ntasks-1)}")
            elif k < 0.96 or not COND: ops.append(f"T{rng.choice(['0.5','1.5'])}:{rng.choice(['0','1','3'])}")
            elif k < 0.98: ops.append("W")
            else: ops.append(f"N{rng.randint(1,2)}")
        tasks.append(" ".join(ops))
    return " | ".join(tasks)

async def run_prog(prog):
    sems = [asyncio.Semaphore(1), asyncio.Semaphore(2)]
    lock = asyncio.Lock()
    evs = [asyncio.Event(), asyncio.Event()]
    q = asyncio.Queue(2)
    cond = asyncio.Condition()
    tasks = []
    async def body(i, ops):
        try:
            for n, op in enumerate(ops.split()):
                c, arg = op[0], op[1:]
                if c == 's':
                    await asyncio.sleep(float(arg))
                elif c == 'A':
                    k, d = arg.split(':')
                    async with sems[int(k)]:
                        print(i, n, "in", k)
                        await asyncio.sleep(float(d))
                    print(i, n, "out", k)
                elif c == 'L':
                    async with lock:
                        print(i, n, "locked")
                        await asyncio.sleep(float(arg))
                elif c == 'w':
                    await asyncio.wait_for(evs[int(arg)].wait(), 3)
                    print(i, n, "event", arg)
                elif c == 'e':
                    evs[int(arg)].set()
                elif c == 'c':
                    evs[int(arg)].clear()
                elif c == 'P':
                    await q.put(int(arg))
                    print(i, n, "put", arg)
                elif c == 'G':
                    v = await asyncio.wait_for(q.get(), 2.5)
                    print(i, n, "got", v)
                elif c == 'x':
                    j = int(arg)
                    if j < len(tasks):
                        print(i, n, "cancel", j, tasks[j].cancel())
                elif c == 'W':
                    async with cond:
                        print(i, n, "cwait")
                        await asyncio.wait_for(cond.wait(), 2)
                        print(i, n, "cwoke")
                elif c == 'N':
                    async with cond:
                        cond.notify(int(arg))
                        print(i, n, "notified")
                elif c == 'T':
                    to, d = arg.split(':')
                    try:
                        r = await asyncio.wait_for(asyncio.sleep(float(d), 7), float(to))
                        print(i, n, "wf", r)
                    except asyncio.TimeoutError:
                        print(i, n, "wf timeout")
        except asyncio.CancelledError:
            print(i, "cancelled")
            raise
        except asyncio.TimeoutError:
            print(i, "timeout")
        return i
    specs = prog.split(" | ")
    for i, ops in enumerate(specs):
        tasks.append(asyncio.create_task(body(i, ops)))
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print("res", " ".join(type(r).__name__ for r in res))

if __name__ == "__main__":
    rng = random.Random(int(sys.argv[1]))
    COND = len(sys.argv) > 3
    n = int(sys.argv[2])
    for _ in range(n):
        prog = gen(rng)
        buf = io.StringIO()
        import subprocess
        out = subprocess.run([sys.executable, "-c", f"import fuzz, vloop; vloop.run(fuzz.run_prog({prog!r}))"],
                             capture_output=True, text=True)
        print("PROGRAM", prog)
        for line in out.stdout.splitlines():
            print(line)
        if out.returncode not in (0, 3):
            print("PYERR", out.stderr[-300:], file=sys.stderr)
        print("END")
