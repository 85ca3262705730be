# expect: ok
# list.extend(self) inside a for loop over the same list (bounded).
l = [1, 2]
n = 0
for x in l:
    n += 1
    if len(l) < 1000:
        l.extend(l)
print(n, len(l))
