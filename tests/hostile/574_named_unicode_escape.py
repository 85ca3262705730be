# expect: ok
# \N{...} escapes in a literal.
print(len("\N{BULLET}\N{SNOWMAN}"), "\N{BULLET}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
