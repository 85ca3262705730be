# pins: arbitrary-size ints: results beyond 64 bits print exactly, mixed big/small ops, big int formatting
print(2 ** 64, 2 ** 100, -(2 ** 70))
print(9223372036854775807 + 1, -9223372036854775808 - 1, 2 ** 63 * 2)
print(4294967296 * 4294967296, 3 ** 50, 10 ** 25 + 1)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // 10 ** 20, f % 1000003, -f // 7, -f % 7)
print(2 ** 100 - 2 ** 100 + 5, (2 ** 65) // (2 ** 60), 2 ** 65 / 2 ** 60)
print(f"{2 ** 70:,}", f"{-(2 ** 64):>25}", f"{3 ** 40:x}")
print(abs(-(10 ** 20)), max(2 ** 64, 2 ** 63), sum([2 ** 62] * 8))
fib = [0, 1]
for _ in range(98):
    fib.append(fib[-1] + fib[-2])
print(fib[90], fib[99])
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 1e19, 10 ** 30 < 1e31)
print(float(2 ** 80), int(1e20), int("123456789012345678901234567890"))
n = 1
while n < 10 ** 40:
    n *= 7
print(n, len(str(n)))
print(-7 ** 21, (-7) ** 21, 12345678901234567890 * 0)
