# pins: re's conditional groups (?(1)yes|no) and (?(name)yes|no), by number or name, forward references, and their errors
import re

def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), "->", m.group(0) if m else None, m.groups() if m else "")

show(r"(<)?\w+(?(1)>)", "<tag>")
show(r"(<)?\w+(?(1)>)", "tag>")
show(r"(<)?\w+(?(1)>|!)", "tag!")
show(r"(?P<q>['\"])?\w+(?(q)(?P=q))", "'quoted' and bare")
show(r"^(\()?\d{3}(?(1)\))[- ]?\d{4}$", "(555) 1234")
show(r"^(\()?\d{3}(?(1)\))[- ]?\d{4}$", "(555 1234")
show(r"(?(2)a|b)(x)(y)?", "bxy")
show(r"((a)|b)(?(2)c|d)+", "bdd acc")
print(re.findall(r"(a)?(?(1)b|c)", "ab c xb"), re.sub(r"(\$)?(\d+)(?(1)\.00)", r"[\2]", "$5.00 and 7"))
for p in ["(?(1)a|b|c)", "(?(a)x)", "(?(1a)x)", "(?(0)x)", "(?(1x", "(?(", "(a)(?(1)", "(?(-1)x)", "(?(2)x)(a)"]:
    try:
        print(repr(p), re.compile(p))
    except re.error as e:
        print(repr(p), "->", e)
