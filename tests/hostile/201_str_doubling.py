# expect: MemoryError
# s = s + s until memory runs out.
s = "x"
while True:
    s = s + s
