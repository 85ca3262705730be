# expect: RecursionError: maximum recursion depth exceeded in comparison
# < between two lists nested 100,000 deep.
a = [0]
b = [1]
for i in range(100000):
    a = [a]
    b = [b]
print(a < b)
