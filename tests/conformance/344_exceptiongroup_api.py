# pins: ExceptionGroup construction, str/repr, subgroup/split/derive, nesting, BaseExceptionGroup for BaseException members
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
print(str(eg))
print(repr(eg))
vals = eg.subgroup(ValueError)
print(repr(vals))
match, rest = eg.split(lambda e: isinstance(e, (TypeError, KeyError)))
print(repr(match))
print(repr(rest))
print(eg.subgroup(OSError))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__)
print(type(BaseExceptionGroup("plain", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    raise eg
except* ValueError as g:
    print("caught values", repr(g))
except* (TypeError, KeyError) as g:
    print("caught others", repr(g))
