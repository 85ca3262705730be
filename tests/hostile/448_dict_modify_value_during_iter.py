# expect: ok
# Changing values (not keys) while iterating is allowed.
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
