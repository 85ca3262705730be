# stdout encodes strictly as UTF-8: printing a lone surrogate raises
# UnicodeEncodeError (position counted in the stamped chunk); what was
# printed before it stays, and repr/ascii print it escaped. (The surrogates
# come from chr() so that the AST dump of this file stays printable.)
hi, lo, lo2 = chr(0xD800), chr(0xDCFF), chr(0xDFFF)
print("before")
for text in (hi, "ab" + lo + "cd", "x" + lo2):
    try:
        print(text)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
try:
    print("ok", hi, "after")
except UnicodeEncodeError as e:
    print("\n", e)
import sys
try:
    sys.stdout.write("w" + hi + "\n")
except UnicodeEncodeError as e:
    print(e)
pair = chr(0xD83D) + chr(0xDE00)
print(repr(hi + "a"), ascii(lo), len(pair), pair == "\U0001f600")
print("after")
