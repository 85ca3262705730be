# expect: ok
# Star-unpacking a 10**7 range into a list.
first, *rest = range(10**7)
print(first, len(rest))
