# expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# An f-string formatting a list nested 100,000 deep.
l = []
for i in range(100000):
    l = [l]
print(len(f"{l}"))
