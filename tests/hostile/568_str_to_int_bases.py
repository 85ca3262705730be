# expect: ok
# int() with bases and odd spellings.
print(int("0x1f", 16), int("  -42_000  "), int("z", 36), int("0b101", 0), int("١٢٣"))
