# A tour of the other options: unit_scale (SI prefixes), initial= (resume),
# reset(), position=, delay=, leave=None, bar_format, ncols, postfix=,
# set_postfix_str / set_description_str, float counts, unknown arguments.
import time

from tqdm import tqdm, TqdmKeyError

with tqdm(total=3_500_000, unit="B", unit_scale=True, unit_divisor=1024, desc="resume",
          initial=1_000_000) as bar:
    for _ in range(5):
        time.sleep(0.5)
        bar.update(500_000)

bar = tqdm(total=4, desc="twice", postfix={"pass": 1})
for _ in range(4):
    time.sleep(0.2)
    bar.update()
bar.reset(total=2)
bar.set_postfix_str("pass=2")
for _ in range(2):
    time.sleep(0.2)
    bar.update()
bar.close()

with tqdm(total=1.0, bar_format="{desc} |{bar:12}| {n:.2f}/{total:.2f} {elapsed}<{remaining}",
          desc="float") as bar:
    for _ in range(4):
        time.sleep(0.3)
        bar.update(0.25)

with tqdm(total=10, ncols=38, desc="a rather long description") as bar:
    time.sleep(1)
    bar.update(3)
    bar.set_description_str("short ")
    time.sleep(1)
    bar.update(7)

with tqdm(total=3, delay=1.5, desc="delayed") as bar:
    for _ in range(3):
        time.sleep(1)
        bar.update()

with tqdm(total=2, delay=5, desc="never shown") as bar:
    bar.update(2)

for x in tqdm(range(2), position=2, leave=None, desc="third line"):
    time.sleep(0.5)

with tqdm(total=3, desc="\u4e0b\u8f7d") as bar:  # wide characters take two columns
    time.sleep(0.5)
    bar.update(3)

try:
    tqdm(range(3), colour_scheme="dark")
except TqdmKeyError as e:
    print("TqdmKeyError:", e)

bar = tqdm(total=5, desc="paused")
time.sleep(1)
bar.update(1)
time.sleep(100)  # coffee break
bar.unpause()
time.sleep(1)
bar.update(4)
print("before close:", bar)
bar.close()
