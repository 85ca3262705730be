# expect: ok
# Two surrogate escapes stay two code points; they are not the astral character.
s = "\ud83d" + "\ude00"
print(len(s), s == "\U0001F600", repr(s), ord(s[0]), ord(s[1]))
