# pins: re.match/search/fullmatch and compile; Pattern's pattern/flags/groups/groupindex/repr; Match's group/groups/groupdict/start/end/span/expand/getitem/lastindex/lastgroup/string/pos/endpos/re/repr and truth
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[2])
print(m.groups(), m.span(), m.span(2), m.start(1), m.end(1), m.start(), m.end())
print(m.string, m.pos, m.endpos, m.lastindex, m.lastgroup, m.re)
print(bool(m), re.match("x", "abc"), re.search("c", "abc"), re.fullmatch("ab", "abc"), re.fullmatch("a.c", "abc"))

m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
print(m.groupdict(), m["first"], m.group("last"), m.lastgroup, m.lastindex)
print(m.start("last"), m.span("first"), m.expand(r"\g<last>, \g<first> (\2)"))

m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.lastindex)
print(re.match(r"(?P<a>x)(?P<b>y)?", "x").groupdict(), re.match(r"(?P<a>x)(?P<b>y)?", "x").groupdict(0))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex, re.match(r"(a)|b", "b").lastindex)

p = re.compile(r"(?P<key>[a-z]+)=(?P<value>\d+)", re.I)
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(re.compile("abc"), re.compile("a", re.M | re.S), re.compile("a", re.X | re.A), re.compile("(?i)x"))
print(re.compile("abc").flags, re.compile("abc", re.A).flags, re.compile("(?s)a").flags)
print(p.match("KEY=12"), p.search("  x=1 y=22"), p.fullmatch("a=1"), p.fullmatch("a=1 "))
print(p.search("a=1 b=2", 3), p.search("a=1 b=2", 3, 6), p.match("xx a=1", 3), p.search("a=1", pos=-5))
m = p.search("zz b=22 c", 1, 8)
print(m, m.pos, m.endpos, m.re is p)
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1), re.compile(r"\bb").search("ab", 1))
print(re.match(re.compile("a+"), "aaa"), re.search(p, "q=7").group("value"))

m = re.search(r"x" * 60, "x" * 70)
print(m)
print(re.search("é+", "caféé!"), re.search(r"\d+", "٣٤ and 12"))
print(re.match(r"(?:(a)|b)*", "ab").groups(), re.match(r"(a|b)*", "abab").group(1))
print(re.match("", "abc"), re.fullmatch("", ""), re.search("$", "ab\n"))
