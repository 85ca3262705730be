# expect: ok
# time.sleep(nan): the virtual clock becomes NaN, so the stamps print nan.
import time
print("before")
time.sleep(float("nan"))
print("after", time.time() != time.time())
