# expect: ok
# Indexing and slicing a string of astral characters counts code points.
s = "a\U0001F600b\U0001F601c"
print(len(s), s[1] == "\U0001F600", s[3:], s[::-1] == "c\U0001F601b\U0001F600a", s.find("b"))
