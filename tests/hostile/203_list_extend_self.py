# expect: MemoryError
# l.extend(l) until memory runs out.
l = [0]
while True:
    l.extend(l)
