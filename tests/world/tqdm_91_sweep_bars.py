# Not a lesson: 300 bars with random options, sleeps and updates (a private
# Random), to catch any difference from the real tqdm in the redraw
# throttling, rates, padding, positions and close behaviour.
import random
import sys
import time

from tqdm import tqdm

R = random.Random(777)
for k in range(300):
    kw = {}
    kw['mininterval'] = R.choice([0, 0.1, 1, None])
    kw['miniters'] = R.choice([None, None, 1, 5, 0])
    kw['smoothing'] = R.choice([0, 0.3, 1, None])
    kw['maxinterval'] = R.choice([10, 0.5, 0, None])
    kw['leave'] = R.choice([True, False, None])
    kw['delay'] = R.choice([0, 0, 0.5])
    if R.random() < 0.2: kw['position'] = R.choice([0, 1, 2])
    if R.random() < 0.3: kw['desc'] = 'bar%d' % k
    if R.random() < 0.2: kw['unit_scale'] = True
    if R.random() < 0.2: kw['postfix'] = R.choice([{'a': 1, 'b': 'x'}, 'str', 7])
    if R.random() < 0.1: kw['dynamic_ncols'] = True
    if R.random() < 0.1: kw['ncols'] = R.choice([30, 60])
    if R.random() < 0.1: kw['file'] = sys.stdout
    steps = R.randint(0, 12)
    sleeps = [R.choice([0, 0.001, 0.05, 0.1, 0.3, 1, 11]) for _ in range(steps)]
    mode = R.choice(['iter', 'manual', 'gen'])
    if mode == 'iter':
        for i in tqdm(range(steps), **kw):
            time.sleep(sleeps[i])
    elif mode == 'gen':
        def g():
            for s in sleeps:
                time.sleep(s)
                yield s
        kw['total'] = R.choice([None, steps, steps + 2])
        for x in tqdm(g(), **kw):
            pass
    else:
        kw['total'] = R.choice([None, 10, 3.5, 0])
        bar = tqdm(**kw)
        for s in sleeps:
            time.sleep(s)
            r = R.random()
            if r < 0.1:
                bar.set_postfix(loss=R.random(), step=k)
            elif r < 0.15:
                tqdm.write('msg %d' % k)
            elif r < 0.2:
                print('str:', bar)
            elif r < 0.22:
                bar.reset(total=R.choice([None, 5]))
            elif r < 0.25:
                bar.set_description(R.choice(['', 'd', 'long-desc']))
            elif r < 0.27:
                bar.unpause()
            elif r < 0.3:
                bar.refresh()
            inc = R.choice([1, 1, 2, 0, 0.5, -1, 3])
            m = bar.n + inc
            if m < 0 or (bar.total and bar.total < m < bar.total + 0.5):
                inc = 0  # tqdm would warn (on stderr, naming its file) and clamp
            print('upd', bar.update(inc))
        bar.close()
    print(k, 'done')
