# 20 blocking calls (1 unit each) on 5 threads: 4 units.
import time
from concurrent.futures import ThreadPoolExecutor
UNIT = 1.0
t0 = time.monotonic()
with ThreadPoolExecutor(max_workers=5) as ex:
    list(ex.map(time.sleep, [UNIT] * 20))
print("elapsed %.3f" % (time.monotonic() - t0))
