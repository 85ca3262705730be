# pins: re.sub/subn templates (\1 \g<1> \g<name> \g<0> escapes), callable replacement, count; split with groups and maxsplit; findall's str/tuple rule; finditer; the 3.7 rules for empty matches
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k> [\g<0>] \g<1>", "a=1 b=2"))
print(re.sub(r"x", r"\n\t\\", "axb"), repr(re.sub("x", r"\0\01\101", "x")))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a", r"\&", "a"), re.sub("a", "-", "aaa", count=2))
print(re.subn(r"\d", "#", "a1b22c333"), re.subn("x", "y", "abc"), re.subn("", "-", "abc"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 14 pears"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming language"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"))
def drop(m):
    return None if m.group() == "b" else m.group() * 2
print(re.sub(r"\w", drop, "abc"))
print(re.compile(r"\s+").sub(" ", "a   b \t\n c"), re.compile("o").subn("0", "foo boo", 3))
print(re.sub("x*", "-", "abxd"), re.sub("x*", "-", ""), re.sub(r"\b", "|", "ab cd"), re.sub("^", ">", "a\nb", flags=re.M))
print(re.sub("(?=b)", "^", "abab"), re.sub("a|", "-", "bac"), re.subn(r"\s*", "_", "a b"))

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split("x*", "axbc"), re.split(r"\b", "a b"), re.split("", "abc"), re.split("a", "a"), re.split("z", ""))
print(re.split(r"(?m)^", "one\ntwo\nthree"), re.split("b", "abc", -1), re.compile("[,;]").split("1,2;3", 1))

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\d)(\w)", "1a 2b 3"), re.findall(r"(\d)\w", "1a 2b"))
print(re.findall(r"(a)|(b)", "ab"), re.findall("", "ab"), re.findall("x*", "axxb"), re.findall(r"\b\w", "hi you"))
print(re.findall(r"(?:ab)+", "abab ab"), re.findall(r"((a)b)", "abab"), re.compile(r"\w").findall("abcd", 1, 3))
print([m.span() for m in re.finditer(r"\w+", "one two  three")], [m.group() for m in re.finditer("a*", "baac")])
it = re.finditer(r"(?P<n>\d+)", "x1 y22")
print([m.groupdict() for m in it], [m.start() for m in re.compile("a").finditer("aXaXa", 1, 4)])
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com")
print(m.expand(r"user=\1 host=\2 all=\g<0>"))
