# expect: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
# A truncated \x escape in a literal.
print("\x4")
