# The classic: wrap any iterable in tqdm() and get a progress bar on stderr.
# Each item takes 0.5 s (time.sleep advances the virtual clock), so with the
# default mininterval of 0.1 s every item redraws the bar. The bar knows the
# total from len(), so it shows a percentage, the rate and the time left.
import time

from tqdm import tqdm

files = ["a.csv", "b.csv", "c.csv", "d.csv", "e.csv"]
rows = 0
for name in tqdm(files):
    time.sleep(0.5)
    rows += len(name)
print("rows:", rows)
