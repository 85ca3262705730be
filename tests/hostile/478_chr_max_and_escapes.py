# expect: ok
# chr(0x10FFFF) and \U escapes at the top of the code space.
print(repr(chr(0x10FFFF)), ord("\U0010FFFF"), "\U0010FFFF" == chr(1114111), len("\U0001F600\U0010FFFF"))
