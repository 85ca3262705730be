# pins: try/except/else/finally ordering, return through finally, finally overriding return, bare re-raise
def attempt(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("bad")
        if mode == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for m in ["ok", "raise", "return"]:
    print(m, attempt(m))
def finally_wins():
    try:
        return "try"
    finally:
        return "finally"
print(finally_wins())
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            print("inner handler, re-raising")
            raise
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
def error_in_handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            print("handling", e)
            raise ValueError("from handler")
    except ValueError as e:
        print("got", e, "context:", type(e.__context__).__name__)
error_in_handler()
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
