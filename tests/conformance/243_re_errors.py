# pins: re.error's message, msg, pos, lineno and colno for bad patterns and templates; the TypeError, IndexError and ValueError of misuse
import re

bad = [
    "(abc", "abc)", "*a", "a**", "a{3,2}", "[abc", "[z-a]", r"[\d-z]", r"\q", r"a\\", "a\\", r"\2(a)",
    "(?P<1x>a)", "(?P<a>x)(?P<a>y)", "(?P=nope)", "(?P", "(?Px)", "(?<x)", "(?", "(?z)", "a(?i)b",
    "(?i", "(?i-", "(?-i)", "(?<=a+)b", r"\x4", r"\u12", r"\9", "(?P<a>(?P=a))",
    "x{1,2}{3}", "a|*", "(?#unterminated", "ab\ncd(", "\\", "[]", "(?:", "(?L)a", r"\777",
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except (ValueError, OverflowError) as e:
        print(repr(p), "->", type(e).__name__, e)

for p, flags in [("a", re.L), ("a", re.A | re.U), ("(?a)(?u)x", 0)]:
    try:
        re.compile(p, flags)
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)

for repl in [r"\3", r"\g<2>", r"\g<x>", r"\g<name", r"\g", r"\q", r"\g<-1>", r"\g<1a>"]:
    try:
        print(re.sub(r"(?P<name>a)", repl, "a"))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)

def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)

m = re.match(r"(?P<a>x)", "x")
attempt(m.group, 2)
attempt(m.group, "b")
attempt(m.group, -1)
attempt(m.start, 3)
attempt(lambda: m[5])
attempt(re.match, 5, "a")
attempt(re.match, "a", 5)
attempt(re.sub, "a", 5, "a")
attempt(re.sub, "a", lambda m: 5, "xa")
attempt(re.compile, re.compile("a"), re.I)
attempt(re.search, re.compile("a"), "ba")
print(isinstance(re.error("x"), Exception), issubclass(re.error, Exception), re.error.__name__)
try:
    re.compile("(a")
except Exception as e:
    print(type(e).__name__, type(e).__module__)
re.purge()
re.compile("ok(")
