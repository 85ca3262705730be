# expect: RecursionError: maximum recursion depth exceeded in comparison
# == between two dicts nested 100,000 deep.
a = {}
b = {}
for i in range(100000):
    a = {0: a}
    b = {0: b}
print(a == b)
