# expect: ok
# int(1e308) is an exact 309-digit int.
print(int(1e308) % 10**9, len(str(int(1e308))), int(-1.5e300) // 10**290)
