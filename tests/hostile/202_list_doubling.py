# expect: MemoryError
# l = l + l until memory runs out.
l = [0]
while True:
    l = l + l
