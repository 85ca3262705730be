# 4 CPU-bound jobs (1 unit each) on 4 threads: the GIL serialises them, 4 units.
import time
import threading
from _turnstile_cpu import cpu
UNIT = 1.0
t0 = time.monotonic()
ts = [threading.Thread(target=cpu, args=(UNIT,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("elapsed %.3f" % (time.monotonic() - t0))
