# expect: ok
# time.sleep(inf): the virtual clock becomes inf.
import time
time.sleep(float("inf"))
print("after", time.time())
