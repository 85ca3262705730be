# expect: RuntimeError: dictionary changed size during iteration
# Adding a key while iterating a dict.
d = {1: 1, 2: 2}
for k in d:
    d[k + 10] = k
