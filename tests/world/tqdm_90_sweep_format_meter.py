# Not a lesson: a sweep over format_meter's arguments (4000 combinations from
# a private Random) to catch any difference from the real tqdm's bar text.
import random

from tqdm import tqdm

R = random.Random(12345)
vals = [0, 1, 2, 3, 7, 10, 99, 100, 999, 1000, 1001, 12345, 10**6, 2.5, 0.3, 1e-3, 1e9]
for i in range(4000):
    n = R.choice(vals); total = R.choice(vals + [None, None])
    elapsed = R.choice([0, 0.001, 0.5, 1, 59.99, 61, 3600, 86400*3, 12.3456])
    kw = {}
    if R.random() < 0.3: kw['ncols'] = R.choice([0, 1, 5, 20, 40, 80])
    if R.random() < 0.3: kw['prefix'] = R.choice(['x', 'desc: ', 'long description here', '\u4e0b\u8f7d'])
    if R.random() < 0.3: kw['ascii'] = R.choice([True, False, ' .oO@'])
    if R.random() < 0.3: kw['unit_scale'] = R.choice([True, 1, 2.5, 1024])
    if R.random() < 0.2: kw['unit_divisor'] = 1024
    if R.random() < 0.3: kw['rate'] = R.choice([None, 0.1, 3.3, 1e6])
    if R.random() < 0.2: kw['postfix'] = R.choice(['a=1', '', 5])
    if R.random() < 0.2: kw['initial'] = R.choice([0, 1])
    if R.random() < 0.2: kw['colour'] = R.choice(['red', '#00ff00', None])
    if R.random() < 0.2: kw['bar_format'] = R.choice(['{l_bar}{bar}{r_bar}', '{desc}: {bar:5u}|{n_fmt}', '{percentage:3.0f}% {bar:-3}', '{n}/{total} no bar', '{bar:b}{rate_fmt}{postfix}'])
    kw['unit'] = R.choice(['it', 'B'])
    if total and total < n < total + 0.5:
        continue  # tqdm would warn (on stderr, naming its file) and clamp
    try:
        print(i, repr(tqdm.format_meter(n, total, elapsed, **kw)))
    except Exception as e:
        print(i, 'EXC', type(e).__name__, e)
for x in [0, 1, 0.1, 1.5, 123.456, 1e10, -5, 10**20, True, 3.0, 0.00001234, 1e-100]:
    print(tqdm.format_num(x), tqdm.format_sizeof(x), tqdm.format_sizeof(x, 'B', 1024))
