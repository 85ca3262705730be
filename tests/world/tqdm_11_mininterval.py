# Redraws are throttled: at most one per mininterval seconds (default 0.1)
# and, once the rate is known, only every miniters items (tuned
# automatically). A loop of 1000 quick items (1 ms each) draws only a
# handful of bars. mininterval=0 and miniters=1 redraw on every item.
import time

from tqdm import tqdm

for i in tqdm(range(1000), ascii=True, desc="fast"):
    time.sleep(0.001)

for i in tqdm(range(4), mininterval=0, miniters=1, ncols=50, desc="every item"):
    time.sleep(0.01)

bar = tqdm(range(50), mininterval=1, desc="slow redraw")
for i in bar:
    time.sleep(0.05)
print("miniters became", bar.miniters)
