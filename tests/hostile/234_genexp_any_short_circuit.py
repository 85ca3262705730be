# expect: ok
# any() over a generator over range(10**12) that is true at the 6th item.
print(any(i > 4 for i in range(10**12)))
