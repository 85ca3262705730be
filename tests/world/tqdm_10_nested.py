# Nested bars: an outer bar over folders and, for each folder, an inner bar
# on the line below (position 1) that is removed when done (leave=False).
# Moving between lines uses "\n" and the escape code ESC [ A (cursor up).
import time

from tqdm import tqdm

folders = {"docs": 2, "src": 3}
for name in tqdm(folders, desc="folders"):
    for f in tqdm(range(folders[name]), desc=name, leave=False):
        time.sleep(0.4)
print("scanned", sum(folders.values()), "files")
