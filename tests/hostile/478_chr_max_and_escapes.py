# expect: ok
# chr(0x10FFFF), \N{...}, \U escapes.
print(repr(chr(0x10FFFF)), len("\N{BULLET}\N{SNOWMAN}"), "\N{BULLET}", ord("\U0010FFFF"))
