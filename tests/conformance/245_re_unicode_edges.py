# pins: re over non-ASCII text: spans in code points, IGNORECASE's Unicode cases (Kelvin sign, dotless i, long s, final sigma), \w \d \s on other scripts, the ASCII flag; repr cut at 50 and 200 characters; pos/endpos edges; regs
import re

def show(p, s, flags=0):
    m = re.search(p, s, flags)
    print(ascii(p), ascii(s), "->", ascii(m.group(0)) if m else None, m.span() if m else "")

for p, s in [("(?i)k", "\u212a"), ("(?i)\u212a", "k"), ("(?i)[a-z]", "\u212a"), ("(?i)[^k]", "\u212a"),
             ("(?i)i", "\u0131"), ("(?i)i", "\u0130"), ("(?i)I", "\u0131"), ("(?i)[i]", "\u0130"),
             ("(?i)s", "\u017f"), ("(?i)[s]", "\u017f"), ("(?i)\u03c3", "\u03c2"), ("(?i)\u03a3", "\u03c2"),
             ("(?i)\u00df", "SS"), ("(?i)\u00df", "\u1e9e"), ("(?i)[\u03b1-\u03c9]+", "\u0391\u0392\u0393"),
             ("(?i)\u00b5", "\u03bc"), ("(?i)\u01c5", "\u01c4"), ("(?i)\u01c5", "\u01c6"), ("(?ia)k", "\u212a"),
             ("(?i)(\\w)\\1", "a\u0100\u0101"), ("(?i)\u0101", "\u0100"), ("(?ia)\u0101", "\u0100")]:
    show(p, s)
for p, s in [(r"\w+", "日本語テキスト"), (r"\w", "\u00b2"), (r"\d", "\u00b2"), (r"\d+", "\u0663\u0664"),
             (r"\w+", "\u0915\u093f"), (r"\s", "\x85"), (r"\s", "\u2028"), (r"\s", "\u200b"), (r"\S+", "\u3000x\u3000"),
             (r"\bé", " é"), (r"\Bé", "aé"), (r"[à-ÿ]+", "voilà ça"), (r".", "\U0001f600"), (r"\W", "😀")]:
    show(p, s)
show(r"\w+", "héllo", re.A)
show(r"\bé", "aé", re.A)

m = re.search(r"(é+)(ü)?", "caféé and ü")
print(m.span(), m.span(1), m.start(2), m.group(1), m.regs, m.string[m.end():])
print(re.sub("é", "E", "été"), re.split("ß", "aßbßc"), re.findall(".", "añb"), re.sub(r"(\w)", r"<\1>", "äö"))
print(re.compile("x" * 250))
print(re.compile("é" * 10 + "'\"\n"), re.compile("a'b"), re.compile('a"b'), re.compile("\\d"))
print(re.search("y+", "y" * 80))
print(re.search("ü+", "ü" * 60), re.match(".*", "a\tb\x00"))
p = re.compile(r"\w+")
print(p.search("ab cd", 2), p.search("ab cd", 10), p.search("ab cd", 2, 1), p.match("ab cd", 1, 2), p.findall("ab cd", -3, 99))
print(p.fullmatch("ab cd", 3), p.fullmatch("ab cd", 3, 4), p.search("ab", endpos=1).endpos, p.match("ab", pos=2))
print(re.compile("").match("abc", 2, 1), re.compile("").findall("abc", 2, 1), re.compile("b").match("abc", 1, 1))
print(re.sub("a", "b", "aaa", count=-1), re.subn("a", "b", "aaa", -2), re.split("a", "bab", -1))
print(re.compile("(?x) a # c\n b").pattern, re.compile("a", re.I | re.U), re.compile("(?u)a"), re.compile("a", 512 | 1))
