# No iterable: give total= and call update(k) yourself, e.g. per chunk of a
# download. unit= names what is counted; print(bar) shows the bar text.
import time

from tqdm import tqdm

chunks = [4096, 4096, 8192, 2048, 1024]
with tqdm(total=sum(chunks), desc="download", unit="B") as bar:
    for c in chunks:
        time.sleep(0.25)
        bar.update(c)
    print("inside the with block:", bar)
    print("n =", bar.n, "total =", bar.total)
print("after close:", bar)
