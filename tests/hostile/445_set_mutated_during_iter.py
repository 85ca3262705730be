# expect: RuntimeError: Set changed size during iteration
# Adding to a set while iterating it.
s = {1, 2}
for x in s:
    s.add(x + 10)
