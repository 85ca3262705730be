# pins: sys.exit("message") prints the message on stderr and exits 1; sys.exit() and sys.exit(None) mean 0 (checked via SystemExit.code)
import sys

for arg in [(), (None,), (0,), (2,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("code for", arg, "->", e.code)
print("now a message exit")
sys.exit("fatal: configuration missing")
