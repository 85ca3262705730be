# pins: re's atomic groups (?>...) and possessive repeats *+ ++ ?+ {m,n}+ (3.11): no backtracking into them, their errors, and their use for a fail-fast tokenizer
import re

def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), "->", m.group(0) if m else None, m.span() if m else "", m.groups() if m and m.groups() else "")

show(r"(?>a+)b", "aaab")
show(r"(?>a+)ab", "aaab")
show(r"a++b", "aaab")
show(r"a++ab", "aaab")
show(r"a*+a", "aaa")
show(r"a?+a", "a")
show(r"a{1,2}+a", "aaa")
show(r"a{1,2}+a", "aa")
show(r"(?>ab|a)c", "abc")
show(r"(?>a|ab)c", "abc")
show(r"(?>(a)|(ab))c", "abc")
show(r"(?>x(\d+))y", "x123y")
show(r'"(?>[^"\\]+|\\.)*+"', r'say "a \"quoted\" word" now')
show(r"\d++\.\d++", "v 3.11.7")
show(r"[a-z]*+\d", "abc1")
show(r"(?:ab)++c", "ababc")
show(r"(?:ab)*+b", "ababb")
show(r"(?>.*)x", "abcx")
show(r"(?i)(?>A+)B", "aaB")
print(re.findall(r"\w++|[^\w\s]", "a, b!= c2"), re.sub(r"\s*+,\s*+", ",", "a , b,  c"))
print(re.split(r"(?>\s+)", "a  b\tc"), re.fullmatch(r"(?>\w+\s?)+", "one two three"))
for p in ["a*++", "a+*+", "(?>a", "a{2}++", "(?>)*+"]:
    try:
        print(repr(p), re.compile(p))
    except re.error as e:
        print(repr(p), "->", e)
