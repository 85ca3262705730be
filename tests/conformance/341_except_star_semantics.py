# pins: except* semantics: splitting by clause, naked exceptions wrapped, what is re-raised (bare raise vs raise e vs new exceptions), __context__/__cause__, else/finally, the bound name cleared
def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])


def run(label, body):
    try:
        body()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", repr(e))
        return e


def only_values():
    try:
        raise group()
    except* ValueError as eg:
        print("  values:", repr(eg))


def all_handled():
    try:
        raise group()
    except* (ValueError, KeyError) as eg:
        print("  value/key:", repr(eg))
    except* TypeError as eg:
        print("  type:", repr(eg))
    else:
        print("  else (not reached)")
    finally:
        print("  finally")


def naked():
    try:
        raise KeyError("k")
    except* KeyError as eg:
        print("  naked wrapped:", repr(eg), type(eg).__name__, repr(eg.exceptions[0]))


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not reached")


def bare_reraise():
    try:
        raise group()
    except* TypeError:
        raise


def raise_named():
    try:
        raise group()
    except* TypeError as eg:
        raise eg


def raise_new():
    try:
        raise group()
    except* TypeError:
        raise RuntimeError("from handler")


def raise_new_two():
    try:
        raise group()
    except* TypeError:
        raise RuntimeError("one")
    except* KeyError:
        raise OSError("two")
    except* ValueError:
        pass


def raise_new_naked():
    try:
        raise KeyError("k")
    except* KeyError:
        raise RuntimeError("replaces")


def raise_from():
    try:
        raise group()
    except* ValueError as eg:
        raise RuntimeError("caused") from eg.exceptions[0]
    except* (TypeError, KeyError):
        pass


def base_group():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
    except* KeyboardInterrupt as eg:
        print("  kbi:", repr(eg), type(eg).__name__)


def no_exception():
    try:
        print("  body runs")
    except* ValueError:
        print("  not reached")
    else:
        print("  else runs")
    finally:
        print("  finally runs")


def whole_group():
    try:
        raise group()
    except* Exception as eg:
        print("  whole:", repr(eg), eg is not None)


for f in [only_values, all_handled, naked, naked_unmatched, bare_reraise, raise_named, raise_new,
          raise_new_two, raise_new_naked, raise_from, base_group, no_exception, whole_group]:
    e = run(f.__name__, f)
    if isinstance(e, BaseExceptionGroup):
        for i, sub in enumerate(e.exceptions):
            print("   ", i, repr(sub), "context:", repr(sub.__context__), "cause:", repr(sub.__cause__))
    elif e is not None:
        print("    context:", repr(e.__context__), "cause:", repr(e.__cause__))

# the name bound by except* is deleted after the clause
try:
    raise ValueError("x")
except* ValueError as caught:
    pass
try:
    caught
except NameError as e:
    print("NameError:", e)

# a failing type expression, and types except* refuses
for t in [ExceptionGroup, (ValueError, BaseExceptionGroup), 42, (ValueError, 'x'), None]:
    try:
        try:
            raise ValueError("v")
        except* (t if t is not None else missing_name):
            pass
    except (TypeError, NameError) as e:
        print(t, "->", type(e).__name__, e, "| context:", repr(e.__context__))

# except* inside a handler of an outer except*, in a loop
for i in range(2):
    try:
        raise ExceptionGroup("outer", [ValueError(i), TypeError(i)])
    except* ValueError as outer:
        try:
            raise ExceptionGroup("nested", [KeyError(i)])
        except* KeyError as inner:
            print("nested", i, repr(outer), repr(inner), repr(inner.exceptions[0].__context__))
    except* TypeError:
        if i == 0:
            print("continue outside the block is fine")
