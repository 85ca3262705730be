# What the wait strategies compute for attempts 1..7 - a backoff table.
# Note the types: wait_exponential returns an int while the curve is between
# min and max, the bound (a float) when clamped.
from tenacity import (
    RetryCallState, wait_chain, wait_exponential, wait_exponential_jitter, wait_fixed,
    wait_incrementing, wait_none, wait_random, wait_random_exponential,
)

state = RetryCallState(retry_object=None, fn=None, args=(), kwargs={})

strategies = [
    ("none", wait_none()),
    ("fixed(2)", wait_fixed(2)),
    ("exponential()", wait_exponential()),
    ("exponential(1, min=4, max=10)", wait_exponential(multiplier=1, min=4, max=10)),
    ("exponential(0.5, exp_base=3)", wait_exponential(multiplier=0.5, exp_base=3)),
    ("incrementing(0.5, 0.5, 2)", wait_incrementing(0.5, 0.5, 2)),
    ("chain", wait_chain(wait_fixed(1), wait_fixed(2) + wait_fixed(0.5))),
    ("random(0, 10)", wait_random(0, 10)),
    ("random_exponential(max=16)", wait_random_exponential(max=16)),
    ("exponential_jitter(jitter=0.5)", wait_exponential_jitter(jitter=0.5)),
]
for label, w in strategies:
    row = []
    for n in range(1, 8):
        state.attempt_number = n
        v = w(state)
        row.append(repr(v) if isinstance(v, int) else "%.3f" % v)
    print("%-32s %s" % (label, " ".join(row)))

big = wait_exponential(multiplier=1.5)
state.attempt_number = 2000
print("overflow clamps to max:", big(state))
