# expect: RecursionError: maximum recursion depth exceeded in comparison
# Two distinct self-referencing dicts compared.
a = {}
a["x"] = a
b = {}
b["x"] = b
print(a == b)
