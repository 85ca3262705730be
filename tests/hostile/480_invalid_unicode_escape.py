# expect: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character
# A \U escape above U+10FFFF in a literal.
print("\U00110000")
