# expect: budget: memory
# A dict that grows by one int key at a time forever.
d = {}
i = 0
while True:
    d[i] = i
    i += 1
