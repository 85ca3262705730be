# expect: ValueError: precision too big
# %-format precision of 10**10.
print("%.10000000000f" % 1.0)
