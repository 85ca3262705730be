# expect: ok
# Repeating by zero or a negative count gives empty sequences.
print(repr("ab" * -5), [1] * -1, (1,) * 0, "x" * False, "x" * True)
