# target: 1.5x
# Pure Python: string building, slicing, join, f-strings, find and replace.
def run():
    total = 0
    for i in range(100000):
        s = ""
        for c in "abcdefgh":
            s += c
        t = f"{s}-{i}:{i * 2:05d}"
        total += len(t[2:9]) + t.find(":") + len(t.upper())
        parts = t.split("-")
        total += len("/".join(parts)) + len(s.replace("cd", "x"))
        if t.startswith("abc") and "ef" in t:
            total += 1
    return total

print(run())
