# expect: MemoryError
# format() with a width of 10**10 in the spec string.
print(len(format(1, "10000000000")))
