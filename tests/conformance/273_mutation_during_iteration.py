# Changing a dict's or a set's size while iterating it raises RuntimeError;
# replacing a dict's keys at the same size too; changing values does not.
def attempt(name, fn):
    try:
        fn()
        print(name, "ok")
    except RuntimeError as e:
        print(name, "RuntimeError:", e)


def dict_add():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0


def dict_same_size():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
        d[k + 100] = k


def dict_items_view():
    d = {1: 1}
    for k, v in d.items():
        d.pop(k)


def dict_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d[3] = 3


def dict_change_values():
    d = {i: i for i in range(5)}
    for k in d:
        d[k] = k * 10
    print(d)


def set_add():
    s = {1, 2}
    for x in s:
        s.add(x + 10)


def set_discard():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)


def set_same_size():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
        s.add(x + 100)
        break
    print(sorted(s))


def set_comprehension():
    s = {1, 2}
    print(sorted({y for y in s}))


for f in (dict_add, dict_same_size, dict_items_view, dict_values, dict_change_values, set_add, set_discard,
          set_same_size, set_comprehension):
    attempt(f.__name__, f)
it = iter({1, 2, 3})
s = {1}
it2 = iter(s)
s.add(2)
try:
    next(it2)
except RuntimeError as e:
    print(e)
try:
    list(it2)  # the failure is sticky
except RuntimeError as e:
    print("again:", e)
print(next(it), len(list(it)))
d = {1: 1}
itd = iter(d)
d[2] = 2
for _ in range(2):
    try:
        next(itd)
    except RuntimeError as e:
        print(e)
