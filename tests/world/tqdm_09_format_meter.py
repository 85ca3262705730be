# The formatting helpers on their own: the bar line for given numbers, clock
# times, and SI-prefixed sizes. Everything the bar shows comes from these.
from tqdm import tqdm

fm = tqdm.format_meter
print(fm(n=0, total=10, elapsed=0))
print(fm(n=3, total=10, elapsed=1.5))
print(fm(n=3, total=10, elapsed=1.5, prefix="copy", ncols=60))
print(fm(n=3, total=10, elapsed=1.5, ncols=0))
print(fm(n=7, total=10, elapsed=21, ascii=True))
print(fm(n=7, total=10, elapsed=21, unit="file", rate=0.25))
print(fm(n=123456, total=1000000, elapsed=12, unit="B", unit_scale=True, unit_divisor=1024))
print(fm(n=42, total=None, elapsed=4, postfix="eta=soon"))
print(fm(n=5, total=10, elapsed=2, bar_format="{desc}: {percentage:.1f}% ({n_fmt}/{total_fmt}) {bar:8a}|"))
print(fm(n=5, total=10, elapsed=2, bar_format="{l_bar}{bar}| {rate_fmt}", prefix="job"))
print(fm(n=11, total=10, elapsed=2))
print([tqdm.format_interval(t) for t in (0, 59.9, 61, 3599, 3600, 86399.5)])
print([tqdm.format_sizeof(x) for x in (0.5, 9.994, 9.996, 99.9, 999.4, 999.6, 12345678, 1e30)])
print([tqdm.format_num(x) for x in (1, 0.5, 123456789, 0.000012, 1.0, 2e-05, 1000.0)])
