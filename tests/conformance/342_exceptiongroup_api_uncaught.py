# pins: ExceptionGroup/BaseExceptionGroup API edges: constructor errors, tuple/list args in repr, split/subgroup by type, tuple and predicate, derive in subclasses with their own __new__, metadata copied to the parts; an uncaught group exits 1
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

show("str1", lambda: str(ExceptionGroup("one", [ValueError("x")])))
show("tuple-arg", lambda: ExceptionGroup("t", (ValueError(1), KeyError(2))))
show("exceptions", lambda: ExceptionGroup("t", [ValueError(1)]).exceptions)
show("message", lambda: ExceptionGroup("hello", [ValueError(1)]).message)
show("args", lambda: ExceptionGroup("hello", [ValueError(1)]).args)
show("msg-not-str", lambda: ExceptionGroup(1, [ValueError(1)]))
show("no-seq", lambda: ExceptionGroup("m", ValueError(1)))
show("set", lambda: ExceptionGroup("m", {ValueError(1)}))
show("item", lambda: ExceptionGroup("m", [ValueError(1), 5]))
show("base-in-eg", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show("one-arg", lambda: ExceptionGroup("m"))
show("three", lambda: ExceptionGroup("m", [ValueError()], 3))
show("empty-tuple", lambda: BaseExceptionGroup("m", ()))
show("beg-type", lambda: type(BaseExceptionGroup("m", [SystemExit(1)])))
show("isinst", lambda: (isinstance(ExceptionGroup("m", [ValueError()]), Exception), isinstance(BaseExceptionGroup("m", [SystemExit()]), Exception)))
show("subclass", lambda: issubclass(ExceptionGroup, BaseExceptionGroup))
show("mro", lambda: [c.__name__ for c in ExceptionGroup.__mro__])
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ExceptionGroup("low", [ValueError(3)])]), KeyError(4)])
show("split-tuple", lambda: eg.split((ValueError, KeyError)))
show("split-none", lambda: eg.split(OSError))
show("split-all", lambda: eg.split(Exception))
show("split-self", lambda: eg.split(lambda e: e is eg)[0] is eg)
show("sub-pred", lambda: eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "low"))
show("sub-all-leaves", lambda: eg.subgroup(lambda e: not isinstance(e, ExceptionGroup)) is eg)
show("split-bad", lambda: eg.split(5))
show("split-bad2", lambda: eg.split((ValueError, 5)))
show("derive", lambda: eg.derive([OSError(9)]))
show("derive-base", lambda: type(eg.derive([KeyboardInterrupt()])))
show("str-nested", lambda: str(eg))

class MyEG(ExceptionGroup):
    def __new__(cls, msg, excs, code):
        self = super().__new__(cls, msg, excs)
        self.code = code
        return self
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
m = MyEG("mine", [ValueError(1), TypeError(2)], 42)
show("my-repr", lambda: m)
show("my-split", lambda: [(type(p).__name__, p.code, p.exceptions) for p in m.split(ValueError)])
class Plain(ExceptionGroup):
    pass
p = Plain("pl", [ValueError(1), TypeError(2)])
show("plain-split", lambda: p.split(ValueError))
e1 = ValueError("ctx")
try:
    try:
        raise e1
    except ValueError:
        raise ExceptionGroup("withctx", [TypeError(1), KeyError(2)]) from OSError("cause")
except ExceptionGroup as g:
    a, b = g.split(TypeError)
    print(repr(a.__cause__), repr(a.__context__), repr(b.__cause__))

# uncaught: a group raised from a handler, with a nested group inside (exit 1)
def inner():
    raise ExceptionGroup("inner", [ValueError("deep"), TypeError("t")])


try:
    inner()
except* ValueError:
    raise ExceptionGroup("outer", [OSError("new"), ExceptionGroup("nest", [KeyError("k")])])
