# pins: sys.argv is [script path] (no extra args), sys.version_info is a 3.11 named tuple usable in comparisons, sys.maxsize, sys.platform is a str
import sys

print(len(sys.argv), sys.argv[0].endswith("69_sys_argv_version.py"))
print(sys.version_info[:2], sys.version_info >= (3, 11), sys.version_info.major)
print(type(sys.version_info).__name__, sys.version_info.releaselevel)
print(sys.maxsize == 2**63 - 1, isinstance(sys.platform, str))
print(sys.getrecursionlimit() >= 1000)
