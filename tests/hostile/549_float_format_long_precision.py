# expect: ok
# A 400-digit precision is fine.
print(len(f"{1e300:.400f}"), f"{2.5e-5:.30e}", "%.60f" % 0.1)
