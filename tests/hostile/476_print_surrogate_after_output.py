# expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 7: surrogates not allowed
# Output before a lone-surrogate print must still come out.
print("first line")
print("x\ud800y")
