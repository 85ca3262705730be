# 4 CPU-bound jobs (1 unit each) on 4 processes: in parallel, 1 unit plus a fork's start-up.
# cores: 4
import time
from multiprocessing import Pool
from _turnstile_cpu import cpu
UNIT = 1.0


def job(n):
    cpu(UNIT)
    return n


if __name__ == "__main__":
    t0 = time.monotonic()
    with Pool(4) as p:
        print(p.map(job, range(4)))
    print("elapsed %.3f" % (time.monotonic() - t0))
