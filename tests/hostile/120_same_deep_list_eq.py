# expect: ok
# A deep list compared with itself: CPython's identity shortcut on items answers at once.
a = []
for i in range(100000):
    a = [a]
print(a == a, a in [a])
