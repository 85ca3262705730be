# dict views print like CPython's and stay live.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["c"] = 3
print(k, len(v), list(i))
print("a" in k, 3 in v, ("c", 3) in i, ("c", 4) in i)
print(list(reversed(k)), sorted(v, reverse=True))
print(bool({}.keys()), bool(k), bool(d.values()))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({}.keys(), {}.items(), {1: [2]}.values())
