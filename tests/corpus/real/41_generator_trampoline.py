# shape: pre-async cooperative multitasking: a tiny scheduler of plain generators that yield sleep requests, driven by heapq on time.monotonic
import heapq
import itertools
import time


class Sleep:
    def __init__(self, seconds):
        self.seconds = seconds


class Scheduler:
    def __init__(self):
        self.ready = []
        self.seq = itertools.count()

    def spawn(self, gen, name):
        heapq.heappush(self.ready, (time.monotonic(), next(self.seq), name, gen, None))

    def run(self):
        while self.ready:
            when, _, name, gen, value = heapq.heappop(self.ready)
            now = time.monotonic()
            if when > now:
                time.sleep(when - now)
            try:
                request = gen.send(value)
            except StopIteration as stop:
                print(f"{time.monotonic():.2f} {name} finished -> {stop.value}")
                continue
            if isinstance(request, Sleep):
                heapq.heappush(self.ready, (time.monotonic() + request.seconds, next(self.seq), name, gen, request.seconds))
            else:
                heapq.heappush(self.ready, (time.monotonic(), next(self.seq), name, gen, request))


def countdown(label, n, delay):
    total = 0
    while n > 0:
        slept = yield Sleep(delay)
        total += slept
        print(f"{time.monotonic():.2f} {label} {n}")
        n -= 1
    return f"{label} slept {total:.1f}s"


def echo():
    got = yield "ping"
    print(f"{time.monotonic():.2f} echo got back {got!r}")
    yield Sleep(0.7)
    return "echo done"


s = Scheduler()
s.spawn(countdown("A", 3, 0.5), "A")
s.spawn(countdown("B", 2, 0.8), "B")
s.spawn(echo(), "echo")
s.run()
print("end", time.monotonic())
