# Not a lesson: 300 random retry configurations (stop, wait, retry, callbacks,
# reraise, error callback; sync and async; decorator, call and async for)
# against random outcomes, compared with the real tenacity. The strategies
# come from a private Random; the jitter uses the seeded global one.
import asyncio
import random
import time

import tenacity as t

R = random.Random(99)

def mk_stop():
    c = R.choice(['att', 'delay', 'any', 'all', 'or', 'and', 'never'])
    if c == 'att': return t.stop_after_attempt(R.randint(1, 6))
    if c == 'delay': return t.stop_after_delay(R.choice([0, 0.5, 2, 5]))
    if c == 'any': return t.stop_any(t.stop_after_attempt(R.randint(1, 5)), t.stop_after_delay(R.choice([1, 3])))
    if c == 'all': return t.stop_all(t.stop_after_attempt(R.randint(1, 5)), t.stop_after_delay(R.choice([0, 1])))
    if c == 'or': return t.stop_after_attempt(R.randint(1, 5)) | t.stop_after_delay(R.choice([1, 3]))
    if c == 'and': return t.stop_after_attempt(R.randint(1, 4)) & t.stop_after_delay(R.choice([0, 1]))
    return t.stop_after_attempt(8)

def mk_wait(depth=0):
    c = R.choice(['fixed', 'none', 'random', 'exp', 'rexp', 'chain', 'inc', 'sum', 'jit', 'fn'] if depth < 2 else ['fixed', 'random', 'exp'])
    if c == 'fixed': return t.wait_fixed(R.choice([0, 1, 0.25, 2]))
    if c == 'none': return t.wait_none()
    if c == 'random': return t.wait_random(R.choice([0, 1]), R.choice([1, 2.5]))
    if c == 'exp': return t.wait_exponential(multiplier=R.choice([1, 0.5, 2]), min=R.choice([0, 1, 3]), max=R.choice([4, 10, 100]), exp_base=R.choice([2, 3, 1.5]))
    if c == 'rexp': return t.wait_random_exponential(multiplier=R.choice([1, 0.5]), max=R.choice([4, 60]))
    if c == 'chain': return t.wait_chain(*[mk_wait(depth + 1) for _ in range(R.randint(1, 3))])
    if c == 'inc': return t.wait_incrementing(start=R.choice([0, 1]), increment=R.choice([1, -1, 0.5]), max=R.choice([3, 100]))
    if c == 'sum': return mk_wait(depth + 1) + mk_wait(depth + 1)
    if c == 'jit': return t.wait_exponential_jitter(initial=R.choice([0.5, 1]), jitter=R.choice([0, 1]), max=R.choice([5, 60]))
    return lambda rs: rs.attempt_number * 0.1

def mk_retry():
    c = R.choice(['type', 'nottype', 'result', 'notresult', 'or', 'and', 'default', 'always', 'never', 'unless'])
    if c == 'type': return t.retry_if_exception_type(R.choice([ValueError, (ValueError, KeyError), Exception]))
    if c == 'nottype': return t.retry_if_not_exception_type(KeyError)
    if c == 'result': return t.retry_if_result(lambda r: r is None)
    if c == 'notresult': return t.retry_if_not_result(lambda r: r == 3)
    if c == 'or': return t.retry_if_exception_type(ValueError) | t.retry_if_result(lambda r: r is None)
    if c == 'and': return t.retry_if_exception_type(Exception) & t.retry_if_not_exception_type(KeyError)
    if c == 'always': return t.retry_always
    if c == 'never': return t.retry_never
    if c == 'unless': return t.retry_unless_exception_type(KeyError)
    return t.retry_if_exception_type()

def cb(name):
    def f(rs):
        o = rs.outcome
        desc = 'none' if o is None else ('exc %r' % (o.exception(),) if o.failed else 'res %r' % (o.result(),))
        na = rs.next_action
        print(' ', name, rs.attempt_number, desc, None if na is None else na.sleep, rs.idle_for, rs.seconds_since_start, repr(na))
    return f

def outcomes():
    return [R.choice([None, 3, 'ok', ValueError('v'), KeyError('k'), t.TryAgain(), 0.5]) for _ in range(10)]

def kwargs():
    kw = dict(stop=mk_stop(), wait=mk_wait(), retry=mk_retry())
    if R.random() < 0.5: kw['before'] = cb('before')
    if R.random() < 0.5: kw['after'] = cb('after')
    if R.random() < 0.5: kw['before_sleep'] = cb('before_sleep')
    if R.random() < 0.2: kw['reraise'] = True
    if R.random() < 0.2: kw['retry_error_callback'] = lambda rs: ('fallback', rs.attempt_number)
    return kw

def show_exc(e):
    if isinstance(e, t.RetryError):
        la = e.last_attempt
        return 'RetryError n=%d failed=%s %r cause=%r' % (la.attempt_number, la.failed, la.exception() if la.failed else la.result(), e.__cause__)
    return 'raised %r' % (e,)

for k in range(150):
    seq = outcomes()
    it = iter(seq)
    def step():
        time.sleep(R.choice([0, 0.1, 0.5]))
        x = next(it)
        if isinstance(x, BaseException): raise x
        return x
    r = t.Retrying(**kwargs())
    try:
        print(k, 'result', r(step))
    except Exception as e:
        print(k, show_exc(e))
    print(k, r.statistics)

async def amain():
    for k in range(150):
        seq = outcomes()
        it = iter(seq)
        async def step():
            await asyncio.sleep(R.choice([0, 0.1, 0.5]))
            x = next(it)
            if isinstance(x, BaseException): raise x
            return x
        mode = R.choice(['call', 'deco', 'afor'])
        kw = kwargs()
        try:
            if mode == 'call':
                r = t.AsyncRetrying(**kw)
                print(k, 'result', await r(step))
            elif mode == 'deco':
                f = t.retry(**kw)(step)
                r = f.retry
                print(k, 'result', await f())
            else:
                r = t.AsyncRetrying(**kw)
                async for attempt in r:
                    with attempt:
                        v = await step()
                        print('  in block', v)
                    if not attempt.retry_state.outcome.failed:
                        attempt.retry_state.set_result(v)
                print(k, 'afor done')
        except Exception as e:
            print(k, show_exc(e))
        print(k, r.statistics, random.random())

asyncio.run(amain())
