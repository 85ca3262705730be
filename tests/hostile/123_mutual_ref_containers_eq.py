# expect: RecursionError: maximum recursion depth exceeded in comparison
# A list and a dict that contain each other, compared with a copy of the same shape.
a = []
b = {"a": a}
a.append(b)
c = []
e = {"a": c}
c.append(e)
print(a == c)
