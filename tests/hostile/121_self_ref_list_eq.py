# expect: RecursionError: maximum recursion depth exceeded in comparison
# Two distinct self-referencing lists compared.
a = []
a.append(a)
b = []
b.append(b)
print(a == b)
