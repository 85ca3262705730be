# expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# print() of a dict nested 100,000 deep.
d = {}
for i in range(100000):
    d = {1: d}
print(d)
