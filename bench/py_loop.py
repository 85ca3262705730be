# target: 1.5x
# Pure Python: a plain arithmetic loop over a range (int add/sub/mod/compare).
def run(n):
    s = 0
    j = 0
    for i in range(n):
        s += i % 7
        if i & 1:
            s -= 1
        j = j + 3
        if j > 1000:
            j = j - 1000
    while j < n // 2:
        j += 5
    return s + j

print(run(3000000))
