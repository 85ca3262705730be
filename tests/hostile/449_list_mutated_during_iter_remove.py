# expect: ok
# Removing items from a list while iterating it (skips, does not fail).
l = list(range(10))
for x in l:
    l.remove(x)
print(l)
