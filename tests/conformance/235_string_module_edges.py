# pins: string.Formatter (parse chunks, auto and manual numbering and their mix error, nested specs, conversions, indexes and attributes, brace errors), Template (escapes, invalid placeholders with line/col, keywords over the mapping, safe_substitute), capwords edges
import string
f = string.Formatter()
for fmt, a, k in [("{0}-{x:>4}", ("a",), {"x": 7}), ("{}{}", (1, 2), {}), ("{{x}} {0!r:>{1}}", ("ab", 6), {}),
                  ("{0[1]} {1.real}", ([5, 6], 3), {}), ("", (), {}), ("plain", (), {}), ("{a[k]}", (), {"a": {"k": 3}})]:
    print(repr(f.format(fmt, *a, **k)), list(f.parse(fmt)))
for bad in ["{", "}", "{0", "{0!r x}", "{}{0}", "{0}{}"]:
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
t = string.Template("$who likes ${what}; $$ is $100 $")
print(t.safe_substitute(who="tim"), t.is_valid(), t.get_identifiers() if False else "")
for text in ["$who ok", "a\nb $ c", "${bad", "$"]:
    try:
        print(string.Template(text).substitute({"who": 1}, who=2))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(string.Template("$a$b").substitute(a=1, b=[2]), string.Template("x").template)
print(string.capwords(" hello   world  "), string.capwords("a,b", ","), string.octdigits)
