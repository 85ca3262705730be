# expect: ValueError: could not convert string to float: '1.2.3'
# float() of a bad string.
print(float("1.2.3"))
