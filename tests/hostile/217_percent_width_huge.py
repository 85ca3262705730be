# expect: MemoryError
# %-formatting with a width of 10**10.
print(len("%10000000000d" % 1))
