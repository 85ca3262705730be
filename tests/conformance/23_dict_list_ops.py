# pins: dict and list methods: order-preserving updates, get/setdefault/pop/update, list mutators and sort stability
d = {"b": 2, "a": 1}
d.update({"c": 3, "a": 10})
d.setdefault("d", [])
d["d"].append("x")
print(d, d.setdefault("b", 99), d.pop("b"), d.pop("zz", "missing"), d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for word in ["ant", "bee", "ape", "bat", "cow"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
for k in list(d.keys()):
    if k != "a":
        d.pop(k)
print(d, len(d), list(d.items()))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
lst = [5, 3, 8]
lst.append(1)
lst.extend([7, 7])
lst.insert(0, 100)
lst.insert(-1, 50)
print(lst, lst.index(8), lst.count(7), lst.pop(), lst.pop(0), lst)
lst.sort()
print(lst)
lst.reverse()
print(lst, lst.copy() == lst, lst + [0], [0] + lst[:2])
lst.remove(7)
print(lst, 50 in lst, lst * 2 if len(lst) < 3 else len(lst * 2))
pairs = [(1, "b"), (0, "c"), (1, "a"), (0, "d")]
pairs.sort(key=lambda p: p[0])
print(pairs)
m = {i: i * i for i in range(4)}
print(m, sum(m.values()), max(m, key=lambda k: m[k]), list(m)[-1])
stack = []
stack.append(1)
stack.append(2)
print(stack.pop(), stack, [].copy())
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
e = {}
e[(1, 2)] = "tuple key"
e[3.0] = "float key"
e[3] = "int overrides float key"
print(e)
