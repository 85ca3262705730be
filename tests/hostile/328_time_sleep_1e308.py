# expect: ok
# time.sleep(1e308) jumps the virtual clock: the stamp has 309 digits.
import time
time.sleep(1e308)
print("late")
