# expect: ok
# Lone surrogates in repr, len, ord, chr, upper and isprintable.
s = chr(0xD800) + "a" + chr(0xDFFF)
print(repr(s), len(s), s.upper() == chr(0xD800) + "A" + chr(0xDFFF), s[0].isprintable(), s.find("a"))
