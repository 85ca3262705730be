# Big ints where CPython takes an index: slices clamp, subscripts and
# repetition raise, argument conversions raise OverflowError.
def attempt(expr, fn):
    try:
        print(expr, repr(fn()))
    except (IndexError, OverflowError, ValueError, TypeError) as e:
        print(expr, type(e).__name__, e)


attempt('[1, 2, 3][::2**100]', lambda: [1, 2, 3][::2**100])
attempt('[1, 2, 3][::-2**100]', lambda: [1, 2, 3][::-2**100])
attempt("'abc'[2**100:]", lambda: 'abc'[2**100:])
attempt("'abc'[-2**100:2]", lambda: 'abc'[-2**100:2])
attempt('(1, 2, 3)[1:2**64]', lambda: (1, 2, 3)[1:2**64])
attempt('[1][2**100]', lambda: [1][2**100])
attempt("'abc'[-2**100]", lambda: 'abc'[-2**100])
attempt('(1,)[2**64]', lambda: (1,)[2**64])
attempt("'a' * 2**64", lambda: 'a' * 2**64)
attempt('[0] * 2**100', lambda: [0] * 2**100)
attempt('2**100 * (1,)', lambda: 2**100 * (1,))
attempt("'abc'.find('b', 2**100)", lambda: 'abc'.find('b', 2**100))
attempt("'abc'.find('b', -2**100)", lambda: 'abc'.find('b', -2**100))
attempt("'abc'.count('a', -2**100, 2**100)", lambda: 'abc'.count('a', -2**100, 2**100))
attempt('chr(2**100)', lambda: chr(2**100))
attempt('chr(2**40)', lambda: chr(2**40))
attempt("'x'.center(2**100)", lambda: 'x'.center(2**100))
attempt('[1, 2, 3].pop(2**100)', lambda: [1, 2, 3].pop(2**100))
attempt('[1, 2, 3].insert(2**100, 4)', lambda: [1, 2, 3].insert(2**100, 4))
attempt('divmod(10**400, 0.5)', lambda: divmod(10**400, 0.5))
attempt('divmod(10**20, 0.5)', lambda: divmod(10**20, 0.5))
attempt('1 << 2**100', lambda: 1 << 2**100)
attempt('0 << 2**100', lambda: 0 << 2**100)
attempt('-1 >> 2**100', lambda: -1 >> 2**100)
l = [1, 2]
try:
    l[2**100] = 1
except IndexError as e:
    print(e)
try:
    del l[-2**100]
except IndexError as e:
    print(e)
