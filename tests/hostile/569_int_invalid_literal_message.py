# expect: ValueError: invalid literal for int() with base 10: '12abc'
# int() of a bad string: the message quotes it.
print(int("12abc"))
