# expect: ok
# repr of self-referencing list and dict (CPython prints [...] and {...}).
a = [1]
a.append(a)
d = {"k": 1}
d["self"] = d
print(a, d)
m = [a, d, [a]]
print(m)
