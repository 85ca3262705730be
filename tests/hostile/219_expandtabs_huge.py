# expect: OverflowError: Python int too large to convert to C int
# expandtabs with a tab size of 10**10.
print(len("a\tb".expandtabs(10**10)))
