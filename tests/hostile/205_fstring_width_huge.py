# expect: MemoryError
# An f-string with a nested width of 10**10.
print(len(f"{1:{10**10}}"))
