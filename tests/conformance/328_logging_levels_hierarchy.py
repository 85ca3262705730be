# pins: getLogger hierarchy (a.b propagates to a), per-logger levels, getEffectiveLevel, isEnabledFor, level names, a custom Formatter with datefmt
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(asctime)s] %(name)s/%(levelname)s %(message)s", datefmt="%H:%M:%S"))
app = logging.getLogger("app")
app.addHandler(handler)
app.setLevel(logging.WARNING)
db = logging.getLogger("app.db")
db.setLevel(logging.DEBUG)
print(db.parent is app, db.getEffectiveLevel(), logging.getLogger("app.net").getEffectiveLevel())
db.debug("query %s", "SELECT 1")
logging.getLogger("app.net").info("hidden: below WARNING")
logging.getLogger("app.net").warning("retrying")
app.critical("down")
print(logging.getLevelName(logging.ERROR), logging.getLevelName(25), app.isEnabledFor(logging.INFO))
app.propagate = False
db.propagate = False
db.error("not handled anywhere but lastResort (stderr)")
print(logging.getLogger() is logging.root, logging.root.level)
