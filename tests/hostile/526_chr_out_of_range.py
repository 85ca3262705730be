# expect: ValueError: chr() arg not in range(0x110000)
# chr(0x110000).
print(chr(0x110000))
