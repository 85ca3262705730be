# expect: ok
# A 100,000-long __cause__ chain caught and walked by the script.
prev = None
for i in range(100000):
    e = ValueError(i)
    e.__cause__ = prev
    prev = e
n = 0
while prev is not None:
    n += 1
    prev = prev.__cause__
print(n)
