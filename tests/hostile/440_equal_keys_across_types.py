# expect: ok
# 1, 1.0 and True are one dict key; the first key object is kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len({1, 1.0, True}), {0: "a", False: "b", 0.0: "c"})
