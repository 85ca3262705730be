# expect: OverflowError: repeated string is too long
# 'ab' * 2**62.
print(len("ab" * 2**62))
