# expect: MemoryError
# Keeping ever more 10 MB strings alive.
keep = []
while True:
    keep.append("x" * 10**7 + str(len(keep)))
