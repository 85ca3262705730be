# compare: output
# A forked worker has its own copy of the script's state: what it changes
# stays in the child; arguments and results cross as pickled copies; callbacks
# run in the parent; a lambda cannot be sent to a pool.
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process

counter = 0
seen = []
config = {"mode": "parent"}


class Box:
    def __init__(self, items):
        self.items = items


def work(x):
    global counter
    counter += 1
    seen.append(x)
    return x * x


def mutate(box):
    box.items.append("child")
    return box


def report(tag):
    print(tag, counter, seen, config["mode"], flush=True)


def child_main(box, tag):
    config["mode"] = "child"
    box.items.append(tag)
    report("in child:")


def collect(r):
    seen.append(("callback", r))


class Worker(Process):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def run(self):
        self.calls += 1
        print("run() of the child's copy, calls =", self.calls, flush=True)


if __name__ == "__main__":
    with Pool(2) as p:
        print(sorted(t.name for t in threading.enumerate()))
        print(p.map(work, range(6)))
        print(p.apply_async(work, (7,), callback=collect).get())
        b = Box(["parent"])
        b2 = p.apply(mutate, (b,))
        print(b.items, b2.items, b2 is b)
        try:
            p.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, type(e).__module__)
    report("after the pool:")

    box = Box([])
    proc = Process(target=child_main, args=(box, "sent"))
    proc.start()
    proc.join()
    print("exit code", proc.exitcode, "box in the parent:", box.items)
    report("after the process:")

    w = Worker()
    w.start()
    w.join()
    print("parent's calls =", w.calls)

    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(work, 5)
        f.add_done_callback(lambda fut: seen.append(("done", fut.result())))
        print(f.result())
        print(sorted(t.name for t in threading.enumerate()))
        g = ex.submit(lambda: 1)
        try:
            g.result()
        except Exception as e:
            print(type(e).__name__)
    report("after the executor:")
