# The latency models, sampled from one seeded random.Random: the same
# numbers under CPython and in Turnstile.
import random
import statistics

from turnstile import latency

models = [
    latency.fixed(0.5),
    latency.uniform(0.2, 1.0),
    latency.exponential(1.0),
    latency.lognormal(1.0, 0.25),
    latency.lognormal(0.5, 1.0),
    latency.per_token(0.3, 0.02),
    latency.per_token(0.3, 0.02, jitter=latency.exponential(0.1)),
]
for m in models:
    rng = random.Random(42)
    xs = [m.sample(rng, 50) for _ in range(1000)]
    print("%-52r mean %.4f median %.4f min %.4f max %.4f" % (
        m, statistics.mean(xs), statistics.median(xs), min(xs), max(xs)))
print(latency.as_model(0.25), latency.as_model(latency.fixed(1)))
rng = random.Random(1)
print([round(latency.lognormal(1.0, 0.25).sample(rng), 6) for _ in range(5)])
