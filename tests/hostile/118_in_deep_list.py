# expect: RecursionError: maximum recursion depth exceeded in comparison
# `in` comparing a needle against a list nested 100,000 deep.
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
print(a in [b])
