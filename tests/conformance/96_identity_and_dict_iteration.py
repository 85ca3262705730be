# pins: containers compare items identity first (nan in [nan], [nan] == [nan], {nan: 1}[nan]) while nan == nan stays False; a dict whose keys are replaced while iterated raises "keys changed", one that grows "changed size"; a set whose size stays the same iterates on
n = float("nan")
print(n in [n], [n] == [n], len({n, n}), n == n, (n,) == (n,), {n: 1}.get(n))
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for x in s:
        s.discard(x); s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
try:
    for k in d:
        d[5] = 5
except RuntimeError as e:
    print("RuntimeError:", e)
