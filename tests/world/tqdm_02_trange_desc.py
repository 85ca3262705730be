# trange(n) is tqdm(range(n)); desc= puts a label in front of the bar.
# Steps of different lengths: the rate is smoothed (an exponential moving
# average), so it changes gradually; the final line shows the overall
# average.
import time

from tqdm import trange

durations = [0.2, 0.2, 1.0, 0.2, 0.4, 0.2]
for step in trange(len(durations), desc="training"):
    time.sleep(durations[step])
print("trained", len(durations), "epochs")
