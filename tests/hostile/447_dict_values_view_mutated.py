# expect: RuntimeError: dictionary changed size during iteration
# Mutating a dict while iterating its items view.
d = {i: i for i in range(5)}
for k, v in d.items():
    d.pop(k)
