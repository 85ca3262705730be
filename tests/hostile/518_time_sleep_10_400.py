# expect: OverflowError: int too large to convert to float
# time.sleep(10**400).
import time
time.sleep(10**400)
