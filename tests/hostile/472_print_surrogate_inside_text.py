# expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\udcff' in position 8: surrogates not allowed
# A lone low surrogate in the middle of printed text.
print("ab\udcffcd")
