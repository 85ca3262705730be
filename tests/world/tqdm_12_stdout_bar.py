# file= sends the bar somewhere else, e.g. stdout (here it is stamped with
# the virtual time like any output). leave=False erases the bar at the end.
# disable=True turns the bar off entirely.
import sys
import time

from tqdm import tqdm

for x in tqdm([1, 2, 3], file=sys.stdout, leave=False, desc="quiet"):
    time.sleep(1)
print()
for x in tqdm([1, 2, 3], file=sys.stdout, desc="kept", colour="green"):
    time.sleep(1)
for x in tqdm([1, 2, 3], disable=True):
    pass
print("len:", len(tqdm(range(7), disable=True)), "bool:", bool(tqdm(total=0, disable=True)))
