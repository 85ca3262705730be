# expect: ok
# random.seed(2**200000): more bits than Turnstile's documented big-int cap.
import random
random.seed(2**200000 + 12345)
print(random.random())
