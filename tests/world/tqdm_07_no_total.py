# Without a known total (a generator, or total=None) tqdm cannot draw a bar
# or an ETA: it shows the count, the elapsed time and the rate. Slow items
# show the rate inverted, in seconds per item.
import time

from tqdm import tqdm


def lines():
    for text in ["alpha", "beta", "gamma", "delta"]:
        time.sleep(0.5)
        yield text


for line in tqdm(lines(), desc="read"):
    pass


def slow():
    for i in range(3):
        time.sleep(2.5)
        yield i


for i in tqdm(slow(), unit="batch"):
    pass
print("done")
