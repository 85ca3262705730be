# expect: MemoryError
# A list that grows by 10,000-element lists forever.
keep = []
while True:
    keep.append([0] * 10000)
