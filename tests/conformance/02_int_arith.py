# pins: int arithmetic incl. floor division/modulo with negatives, power, big ints, int() conversions
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, -17 // -5, -17 % -5)
print(2 ** 10, 2 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1)
print(7 / 7, 1 / 4, 10 / 3, -7 / 2)
print(abs(-42), abs(7), abs(-2.5))
print(int("42"), int("-17"), int(" 8 "), int(3.9), int(-3.9), int(True))
print(True + True, True * 10, False - 1)
print(1_000_000, 0x1F, 0o17, 0b101)
print(10 ** 18, 2 ** 63 - 1, -2 ** 63)
print(9 // 2 * 2 + 9 % 2 == 9)
x = 5
x += 3
x *= 2
x -= 1
x //= 4
x **= 3
x %= 7
print(x)
print(round(7 / 2), round(5 / 2), round(3.14159, 2), round(-0.5), round(1234, -2))
print(max(3, 9, 1), min(3, 9, 1), max([4, 8, 2]), min([4.5, 2.5]))
print(sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2], 10))
