# expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 6: surrogates not allowed
# Printing a lone surrogate: stdout's UTF-8 encoder refuses it.
print("\ud800")
