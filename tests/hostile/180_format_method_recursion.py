# expect: ValueError: Max string recursion exceeded
# str.format with a field nested in a spec nested in a spec.
print("{0:{0:{0}}}".format(1))
