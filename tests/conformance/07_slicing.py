# pins: slicing of lists/strings/tuples with negative indices, steps, out-of-range bounds
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[5:2], a[-100:2], a[8:100], a[::-3], a[-1:-4:-1], a[3:3])
s = "abcdefgh"
print(s[1:4], s[-2:], s[::-2], s[10:], s[:0] + "|")
t = (10, 20, 30, 40)
print(t[1:], t[:-1], t[::-1], t[0], t[-1])
b = a[:]
b.append(99)
print(len(a), len(b), a is b, a == b[:-1])
print(a[len(a) - 1], s[len(s) // 2:])
words = "the quick brown fox".split()
print(words[1:3], words[-1][::-1], [w[0] for w in words])
try:
    print(a[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(t[4])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[20])
except IndexError as e:
    print("IndexError:", e)
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][1:], m[-1][-1], [row[0] for row in m])
c = [0] * 5
c[1] = 7
c[-1] = 9
print(c)
