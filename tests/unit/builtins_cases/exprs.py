# Builtins, type constructors and methods: one expression per line, value or exception.
try:
    print("'héllo wörld'.upper()", '=>', repr('héllo wörld'.upper()))
except Exception as e:
    print("'héllo wörld'.upper()", '!!', type(e).__name__ + ':', e)
try:
    print("'ÀÉÎ'.lower()", '=>', repr('ÀÉÎ'.lower()))
except Exception as e:
    print("'ÀÉÎ'.lower()", '!!', type(e).__name__ + ':', e)
try:
    print("'straße'.upper()", '=>', repr('straße'.upper()))
except Exception as e:
    print("'straße'.upper()", '!!', type(e).__name__ + ':', e)
try:
    print("'héllo'.title()", '=>', repr('héllo'.title()))
except Exception as e:
    print("'héllo'.title()", '!!', type(e).__name__ + ':', e)
try:
    print("'ﬁ x'.split()", '=>', repr('ﬁ x'.split()))
except Exception as e:
    print("'ﬁ x'.split()", '!!', type(e).__name__ + ':', e)
try:
    print("'a\\u3000b'.split()", '=>', repr('a\u3000b'.split()))
except Exception as e:
    print("'a\\u3000b'.split()", '!!', type(e).__name__ + ':', e)
try:
    print("'héllo'.find('l')", '=>', repr('héllo'.find('l')))
except Exception as e:
    print("'héllo'.find('l')", '!!', type(e).__name__ + ':', e)
try:
    print("'héllo'.index('o')", '=>', repr('héllo'.index('o')))
except Exception as e:
    print("'héllo'.index('o')", '!!', type(e).__name__ + ':', e)
try:
    print("'héllo'.count('l', 2)", '=>', repr('héllo'.count('l', 2)))
except Exception as e:
    print("'héllo'.count('l', 2)", '!!', type(e).__name__ + ':', e)
try:
    print("'héllo'.center(9, 'é')", '=>', repr('héllo'.center(9, 'é')))
except Exception as e:
    print("'héllo'.center(9, 'é')", '!!', type(e).__name__ + ':', e)
try:
    print("'日本語'.ljust(5, '*')", '=>', repr('日本語'.ljust(5, '*')))
except Exception as e:
    print("'日本語'.ljust(5, '*')", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.find('', 3)", '=>', repr('abc'.find('', 3)))
except Exception as e:
    print("'abc'.find('', 3)", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.find('', 4)", '=>', repr('abc'.find('', 4)))
except Exception as e:
    print("'abc'.find('', 4)", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.count('')", '=>', repr('abc'.count('')))
except Exception as e:
    print("'abc'.count('')", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.count('', 1, 2)", '=>', repr('abc'.count('', 1, 2)))
except Exception as e:
    print("'abc'.count('', 1, 2)", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.startswith('', 3)", '=>', repr('abc'.startswith('', 3)))
except Exception as e:
    print("'abc'.startswith('', 3)", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.startswith('', 4)", '=>', repr('abc'.startswith('', 4)))
except Exception as e:
    print("'abc'.startswith('', 4)", '!!', type(e).__name__ + ':', e)
try:
    print("'abcabc'.find('b', -3)", '=>', repr('abcabc'.find('b', -3)))
except Exception as e:
    print("'abcabc'.find('b', -3)", '!!', type(e).__name__ + ':', e)
try:
    print("'abcabc'.rfind('b', 0, -3)", '=>', repr('abcabc'.rfind('b', 0, -3)))
except Exception as e:
    print("'abcabc'.rfind('b', 0, -3)", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.endswith(('x', 'c'), 0, 3)", '=>', repr('abc'.endswith(('x', 'c'), 0, 3)))
except Exception as e:
    print("'abc'.endswith(('x', 'c'), 0, 3)", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.endswith('b', 0, 2)", '=>', repr('abc'.endswith('b', 0, 2)))
except Exception as e:
    print("'abc'.endswith('b', 0, 2)", '!!', type(e).__name__ + ':', e)
try:
    print("'a,b,c'.rsplit(',', 1)", '=>', repr('a,b,c'.rsplit(',', 1)))
except Exception as e:
    print("'a,b,c'.rsplit(',', 1)", '!!', type(e).__name__ + ':', e)
try:
    print("' a  b  '.rsplit()", '=>', repr(' a  b  '.rsplit()))
except Exception as e:
    print("' a  b  '.rsplit()", '!!', type(e).__name__ + ':', e)
try:
    print("'a  b  c  '.split(None, 1)", '=>', repr('a  b  c  '.split(None, 1)))
except Exception as e:
    print("'a  b  c  '.split(None, 1)", '!!', type(e).__name__ + ':', e)
try:
    print("'  a b c'.rsplit(None, 1)", '=>', repr('  a b c'.rsplit(None, 1)))
except Exception as e:
    print("'  a b c'.rsplit(None, 1)", '!!', type(e).__name__ + ':', e)
try:
    print("''.split()", '=>', repr(''.split()))
except Exception as e:
    print("''.split()", '!!', type(e).__name__ + ':', e)
try:
    print("''.split(',')", '=>', repr(''.split(',')))
except Exception as e:
    print("''.split(',')", '!!', type(e).__name__ + ':', e)
try:
    print("'a\\tb'.expandtabs()", '=>', repr('a\tb'.expandtabs()))
except Exception as e:
    print("'a\\tb'.expandtabs()", '!!', type(e).__name__ + ':', e)
try:
    print("'a\\tb'.expandtabs(4)", '=>', repr('a\tb'.expandtabs(4)))
except Exception as e:
    print("'a\\tb'.expandtabs(4)", '!!', type(e).__name__ + ':', e)
try:
    print("'ab'.replace('', '-')", '=>', repr('ab'.replace('', '-')))
except Exception as e:
    print("'ab'.replace('', '-')", '!!', type(e).__name__ + ':', e)
try:
    print("'ab'.replace('', '-', 2)", '=>', repr('ab'.replace('', '-', 2)))
except Exception as e:
    print("'ab'.replace('', '-', 2)", '!!', type(e).__name__ + ':', e)
try:
    print("'-5'.zfill(4)", '=>', repr('-5'.zfill(4)))
except Exception as e:
    print("'-5'.zfill(4)", '!!', type(e).__name__ + ':', e)
try:
    print("'+5'.zfill(1)", '=>', repr('+5'.zfill(1)))
except Exception as e:
    print("'+5'.zfill(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'Hello World'.swapcase()", '=>', repr('Hello World'.swapcase()))
except Exception as e:
    print("'Hello World'.swapcase()", '!!', type(e).__name__ + ':', e)
try:
    print("'hello'.istitle()", '=>', repr('hello'.istitle()))
except Exception as e:
    print("'hello'.istitle()", '!!', type(e).__name__ + ':', e)
try:
    print("'Hello World'.istitle()", '=>', repr('Hello World'.istitle()))
except Exception as e:
    print("'Hello World'.istitle()", '!!', type(e).__name__ + ':', e)
try:
    print("'ABC'.isupper()", '=>', repr('ABC'.isupper()))
except Exception as e:
    print("'ABC'.isupper()", '!!', type(e).__name__ + ':', e)
try:
    print("'aBc'.islower()", '=>', repr('aBc'.islower()))
except Exception as e:
    print("'aBc'.islower()", '!!', type(e).__name__ + ':', e)
try:
    print("'123'.isdecimal()", '=>', repr('123'.isdecimal()))
except Exception as e:
    print("'123'.isdecimal()", '!!', type(e).__name__ + ':', e)
try:
    print("'²'.isdigit()", '=>', repr('²'.isdigit()))
except Exception as e:
    print("'²'.isdigit()", '!!', type(e).__name__ + ':', e)
try:
    print("'²'.isdecimal()", '=>', repr('²'.isdecimal()))
except Exception as e:
    print("'²'.isdecimal()", '!!', type(e).__name__ + ':', e)
try:
    print("'abc1'.isalnum()", '=>', repr('abc1'.isalnum()))
except Exception as e:
    print("'abc1'.isalnum()", '!!', type(e).__name__ + ':', e)
try:
    print("'x y'.isalpha()", '=>', repr('x y'.isalpha()))
except Exception as e:
    print("'x y'.isalpha()", '!!', type(e).__name__ + ':', e)
try:
    print("' \\t'.isspace()", '=>', repr(' \t'.isspace()))
except Exception as e:
    print("' \\t'.isspace()", '!!', type(e).__name__ + ':', e)
try:
    print("''.isspace()", '=>', repr(''.isspace()))
except Exception as e:
    print("''.isspace()", '!!', type(e).__name__ + ':', e)
try:
    print("'_a1'.isidentifier()", '=>', repr('_a1'.isidentifier()))
except Exception as e:
    print("'_a1'.isidentifier()", '!!', type(e).__name__ + ':', e)
try:
    print("'1a'.isidentifier()", '=>', repr('1a'.isidentifier()))
except Exception as e:
    print("'1a'.isidentifier()", '!!', type(e).__name__ + ':', e)
try:
    print("'a\\nb\\n'.splitlines(True)", '=>', repr('a\nb\n'.splitlines(True)))
except Exception as e:
    print("'a\\nb\\n'.splitlines(True)", '!!', type(e).__name__ + ':', e)
try:
    print("'a\\n\\nb'.splitlines()", '=>', repr('a\n\nb'.splitlines()))
except Exception as e:
    print("'a\\n\\nb'.splitlines()", '!!', type(e).__name__ + ':', e)
try:
    print("'a.b.c'.rpartition('.')", '=>', repr('a.b.c'.rpartition('.')))
except Exception as e:
    print("'a.b.c'.rpartition('.')", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.partition('x')", '=>', repr('abc'.partition('x')))
except Exception as e:
    print("'abc'.partition('x')", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.rpartition('x')", '=>', repr('abc'.rpartition('x')))
except Exception as e:
    print("'abc'.rpartition('x')", '!!', type(e).__name__ + ':', e)
try:
    print("'{:>10}'.format('hi')", '=>', repr('{:>10}'.format('hi')))
except Exception as e:
    print("'{:>10}'.format('hi')", '!!', type(e).__name__ + ':', e)
try:
    print("'{:^10.3f}'.format(3.14159)", '=>', repr('{:^10.3f}'.format(3.14159)))
except Exception as e:
    print("'{:^10.3f}'.format(3.14159)", '!!', type(e).__name__ + ':', e)
try:
    print("'{0}{1}{0}'.format('a', 'b')", '=>', repr('{0}{1}{0}'.format('a', 'b')))
except Exception as e:
    print("'{0}{1}{0}'.format('a', 'b')", '!!', type(e).__name__ + ':', e)
try:
    print("'{x[0]}'.format(x=[5])", '=>', repr('{x[0]}'.format(x=[5])))
except Exception as e:
    print("'{x[0]}'.format(x=[5])", '!!', type(e).__name__ + ':', e)
try:
    print("'{0[k]}'.format({'k': 1})", '=>', repr('{0[k]}'.format({'k': 1})))
except Exception as e:
    print("'{0[k]}'.format({'k': 1})", '!!', type(e).__name__ + ':', e)
try:
    print("'{:{w}.{p}f}'.format(2.5, w=8, p=2)", '=>', repr('{:{w}.{p}f}'.format(2.5, w=8, p=2)))
except Exception as e:
    print("'{:{w}.{p}f}'.format(2.5, w=8, p=2)", '!!', type(e).__name__ + ':', e)
try:
    print("'{{}}'.format()", '=>', repr('{{}}'.format()))
except Exception as e:
    print("'{{}}'.format()", '!!', type(e).__name__ + ':', e)
try:
    print("'{!r}'.format('x')", '=>', repr('{!r}'.format('x')))
except Exception as e:
    print("'{!r}'.format('x')", '!!', type(e).__name__ + ':', e)
try:
    print("'{!s:>4}'.format(1)", '=>', repr('{!s:>4}'.format(1)))
except Exception as e:
    print("'{!s:>4}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{:,}'.format(1234567)", '=>', repr('{:,}'.format(1234567)))
except Exception as e:
    print("'{:,}'.format(1234567)", '!!', type(e).__name__ + ':', e)
try:
    print("'{:%}'.format(0.5)", '=>', repr('{:%}'.format(0.5)))
except Exception as e:
    print("'{:%}'.format(0.5)", '!!', type(e).__name__ + ':', e)
try:
    print("'{0.real}'.format(5)", '=>', repr('{0.real}'.format(5)))
except Exception as e:
    print("'{0.real}'.format(5)", '!!', type(e).__name__ + ':', e)
try:
    print("'{:x}'.format(255)", '=>', repr('{:x}'.format(255)))
except Exception as e:
    print("'{:x}'.format(255)", '!!', type(e).__name__ + ':', e)
try:
    print("'{:08.3f}'.format(-3.14159)", '=>', repr('{:08.3f}'.format(-3.14159)))
except Exception as e:
    print("'{:08.3f}'.format(-3.14159)", '!!', type(e).__name__ + ':', e)
try:
    print("'{:e}'.format(12345.678)", '=>', repr('{:e}'.format(12345.678)))
except Exception as e:
    print("'{:e}'.format(12345.678)", '!!', type(e).__name__ + ':', e)
try:
    print("'{a}'.format_map({'a': 1})", '=>', repr('{a}'.format_map({'a': 1})))
except Exception as e:
    print("'{a}'.format_map({'a': 1})", '!!', type(e).__name__ + ':', e)
try:
    print("'{0!}'.format(1)", '=>', repr('{0!}'.format(1)))
except Exception as e:
    print("'{0!}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{0!rr}'.format(1)", '=>', repr('{0!rr}'.format(1)))
except Exception as e:
    print("'{0!rr}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{0'.format(1)", '=>', repr('{0'.format(1)))
except Exception as e:
    print("'{0'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{0[}'.format(1)", '=>', repr('{0[}'.format(1)))
except Exception as e:
    print("'{0[}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'x{'.format()", '=>', repr('x{'.format()))
except Exception as e:
    print("'x{'.format()", '!!', type(e).__name__ + ':', e)
try:
    print("'{}'.format()", '=>', repr('{}'.format()))
except Exception as e:
    print("'{}'.format()", '!!', type(e).__name__ + ':', e)
try:
    print("'ab'.removeprefix('a')", '=>', repr('ab'.removeprefix('a')))
except Exception as e:
    print("'ab'.removeprefix('a')", '!!', type(e).__name__ + ':', e)
try:
    print("'ab'.removesuffix('b')", '=>', repr('ab'.removesuffix('b')))
except Exception as e:
    print("'ab'.removesuffix('b')", '!!', type(e).__name__ + ':', e)
try:
    print("'  x  '.lstrip()", '=>', repr('  x  '.lstrip()))
except Exception as e:
    print("'  x  '.lstrip()", '!!', type(e).__name__ + ':', e)
try:
    print("'  x  '.rstrip()", '=>', repr('  x  '.rstrip()))
except Exception as e:
    print("'  x  '.rstrip()", '!!', type(e).__name__ + ':', e)
try:
    print("'xyx'.strip('y')", '=>', repr('xyx'.strip('y')))
except Exception as e:
    print("'xyx'.strip('y')", '!!', type(e).__name__ + ':', e)
try:
    print("'aXbXc'.split('X', 1)", '=>', repr('aXbXc'.split('X', 1)))
except Exception as e:
    print("'aXbXc'.split('X', 1)", '!!', type(e).__name__ + ':', e)
try:
    print('str(1.0)', '=>', repr(str(1.0)))
except Exception as e:
    print('str(1.0)', '!!', type(e).__name__ + ':', e)
try:
    print('str(1e16)', '=>', repr(str(1e16)))
except Exception as e:
    print('str(1e16)', '!!', type(e).__name__ + ':', e)
try:
    print("str([1, 'a'])", '=>', repr(str([1, 'a'])))
except Exception as e:
    print("str([1, 'a'])", '!!', type(e).__name__ + ':', e)
try:
    print("int('-0x1f', 0)", '=>', repr(int('-0x1f', 0)))
except Exception as e:
    print("int('-0x1f', 0)", '!!', type(e).__name__ + ':', e)
try:
    print("int('1_000')", '=>', repr(int('1_000')))
except Exception as e:
    print("int('1_000')", '!!', type(e).__name__ + ':', e)
try:
    print("int(' 7 ')", '=>', repr(int(' 7 ')))
except Exception as e:
    print("int(' 7 ')", '!!', type(e).__name__ + ':', e)
try:
    print('int(3.9)', '=>', repr(int(3.9)))
except Exception as e:
    print('int(3.9)', '!!', type(e).__name__ + ':', e)
try:
    print('int(-3.9)', '=>', repr(int(-3.9)))
except Exception as e:
    print('int(-3.9)', '!!', type(e).__name__ + ':', e)
try:
    print('int(True)', '=>', repr(int(True)))
except Exception as e:
    print('int(True)', '!!', type(e).__name__ + ':', e)
try:
    print("float('  -inf ')", '=>', repr(float('  -inf ')))
except Exception as e:
    print("float('  -inf ')", '!!', type(e).__name__ + ':', e)
try:
    print("float('nan')", '=>', repr(float('nan')))
except Exception as e:
    print("float('nan')", '!!', type(e).__name__ + ':', e)
try:
    print('float(3)', '=>', repr(float(3)))
except Exception as e:
    print('float(3)', '!!', type(e).__name__ + ':', e)
try:
    print('round(-2.5)', '=>', repr(round(-2.5)))
except Exception as e:
    print('round(-2.5)', '!!', type(e).__name__ + ':', e)
try:
    print('round(0.5)', '=>', repr(round(0.5)))
except Exception as e:
    print('round(0.5)', '!!', type(e).__name__ + ':', e)
try:
    print('round(1.5)', '=>', repr(round(1.5)))
except Exception as e:
    print('round(1.5)', '!!', type(e).__name__ + ':', e)
try:
    print('round(2.5, 0)', '=>', repr(round(2.5, 0)))
except Exception as e:
    print('round(2.5, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('round(-0.0)', '=>', repr(round(-0.0)))
except Exception as e:
    print('round(-0.0)', '!!', type(e).__name__ + ':', e)
try:
    print('round(15, -1)', '=>', repr(round(15, -1)))
except Exception as e:
    print('round(15, -1)', '!!', type(e).__name__ + ':', e)
try:
    print('round(25, -1)', '=>', repr(round(25, -1)))
except Exception as e:
    print('round(25, -1)', '!!', type(e).__name__ + ':', e)
try:
    print('round(3.14159, 3)', '=>', repr(round(3.14159, 3)))
except Exception as e:
    print('round(3.14159, 3)', '!!', type(e).__name__ + ':', e)
try:
    print('round(True)', '=>', repr(round(True)))
except Exception as e:
    print('round(True)', '!!', type(e).__name__ + ':', e)
try:
    print('divmod(-7, 2)', '=>', repr(divmod(-7, 2)))
except Exception as e:
    print('divmod(-7, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('divmod(7, -2.0)', '=>', repr(divmod(7, -2.0)))
except Exception as e:
    print('divmod(7, -2.0)', '!!', type(e).__name__ + ':', e)
try:
    print('pow(2, -2)', '=>', repr(pow(2, -2)))
except Exception as e:
    print('pow(2, -2)', '!!', type(e).__name__ + ':', e)
try:
    print('pow(0, 0)', '=>', repr(pow(0, 0)))
except Exception as e:
    print('pow(0, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('pow(2.0, 0.5)', '=>', repr(pow(2.0, 0.5)))
except Exception as e:
    print('pow(2.0, 0.5)', '!!', type(e).__name__ + ':', e)
try:
    print('abs(-0.0)', '=>', repr(abs(-0.0)))
except Exception as e:
    print('abs(-0.0)', '!!', type(e).__name__ + ':', e)
try:
    print('abs(True)', '=>', repr(abs(True)))
except Exception as e:
    print('abs(True)', '!!', type(e).__name__ + ':', e)
try:
    print('sum([1.5, 2], 10)', '=>', repr(sum([1.5, 2], 10)))
except Exception as e:
    print('sum([1.5, 2], 10)', '!!', type(e).__name__ + ':', e)
try:
    print('sum([[1], [2]], [])', '=>', repr(sum([[1], [2]], [])))
except Exception as e:
    print('sum([[1], [2]], [])', '!!', type(e).__name__ + ':', e)
try:
    print('sum(range(101))', '=>', repr(sum(range(101))))
except Exception as e:
    print('sum(range(101))', '!!', type(e).__name__ + ':', e)
try:
    print("min('bca')", '=>', repr(min('bca')))
except Exception as e:
    print("min('bca')", '!!', type(e).__name__ + ':', e)
try:
    print("max('a', 'b', key=str.upper)", '=>', repr(max('a', 'b', key=str.upper)))
except Exception as e:
    print("max('a', 'b', key=str.upper)", '!!', type(e).__name__ + ':', e)
try:
    print('max([], default=None)', '=>', repr(max([], default=None)))
except Exception as e:
    print('max([], default=None)', '!!', type(e).__name__ + ':', e)
try:
    print("min([(2, 'a'), (1, 'b')])", '=>', repr(min([(2, 'a'), (1, 'b')])))
except Exception as e:
    print("min([(2, 'a'), (1, 'b')])", '!!', type(e).__name__ + ':', e)
try:
    print("sorted('bca')", '=>', repr(sorted('bca')))
except Exception as e:
    print("sorted('bca')", '!!', type(e).__name__ + ':', e)
try:
    print('sorted([3, 1, 2], key=lambda x: -x)', '=>', repr(sorted([3, 1, 2], key=lambda x: -x)))
except Exception as e:
    print('sorted([3, 1, 2], key=lambda x: -x)', '!!', type(e).__name__ + ':', e)
try:
    print('sorted([(1, 2), (1, 1), (0, 5)])', '=>', repr(sorted([(1, 2), (1, 1), (0, 5)])))
except Exception as e:
    print('sorted([(1, 2), (1, 1), (0, 5)])', '!!', type(e).__name__ + ':', e)
try:
    print('sorted([1.5, 1, True, 0])', '=>', repr(sorted([1.5, 1, True, 0])))
except Exception as e:
    print('sorted([1.5, 1, True, 0])', '!!', type(e).__name__ + ':', e)
try:
    print("sorted({'b': 1, 'a': 2})", '=>', repr(sorted({'b': 1, 'a': 2})))
except Exception as e:
    print("sorted({'b': 1, 'a': 2})", '!!', type(e).__name__ + ':', e)
try:
    print('list(zip())', '=>', repr(list(zip())))
except Exception as e:
    print('list(zip())', '!!', type(e).__name__ + ':', e)
try:
    print('list(zip([1], [2], [3]))', '=>', repr(list(zip([1], [2], [3]))))
except Exception as e:
    print('list(zip([1], [2], [3]))', '!!', type(e).__name__ + ':', e)
try:
    print('list(enumerate([]))', '=>', repr(list(enumerate([]))))
except Exception as e:
    print('list(enumerate([]))', '!!', type(e).__name__ + ':', e)
try:
    print('list(reversed(range(3)))', '=>', repr(list(reversed(range(3)))))
except Exception as e:
    print('list(reversed(range(3)))', '!!', type(e).__name__ + ':', e)
try:
    print("list(reversed('abc'))", '=>', repr(list(reversed('abc'))))
except Exception as e:
    print("list(reversed('abc'))", '!!', type(e).__name__ + ':', e)
try:
    print('list(reversed((1, 2)))', '=>', repr(list(reversed((1, 2)))))
except Exception as e:
    print('list(reversed((1, 2)))', '!!', type(e).__name__ + ':', e)
try:
    print("list(reversed({'a': 1, 'b': 2}))", '=>', repr(list(reversed({'a': 1, 'b': 2}))))
except Exception as e:
    print("list(reversed({'a': 1, 'b': 2}))", '!!', type(e).__name__ + ':', e)
try:
    print('list(map(lambda a, b: a + b, [1, 2], [3, 4, 5]))', '=>', repr(list(map(lambda a, b: a + b, [1, 2], [3, 4, 5]))))
except Exception as e:
    print('list(map(lambda a, b: a + b, [1, 2], [3, 4, 5]))', '!!', type(e).__name__ + ':', e)
try:
    print('list(filter(lambda x: x % 2, range(6)))', '=>', repr(list(filter(lambda x: x % 2, range(6)))))
except Exception as e:
    print('list(filter(lambda x: x % 2, range(6)))', '!!', type(e).__name__ + ':', e)
try:
    print('list(iter([1, 2]))', '=>', repr(list(iter([1, 2]))))
except Exception as e:
    print('list(iter([1, 2]))', '!!', type(e).__name__ + ':', e)
try:
    print('isinstance(True, int)', '=>', repr(isinstance(True, int)))
except Exception as e:
    print('isinstance(True, int)', '!!', type(e).__name__ + ':', e)
try:
    print('isinstance(1, bool)', '=>', repr(isinstance(1, bool)))
except Exception as e:
    print('isinstance(1, bool)', '!!', type(e).__name__ + ':', e)
try:
    print('isinstance(1.0, (int, (str, float)))', '=>', repr(isinstance(1.0, (int, (str, float)))))
except Exception as e:
    print('isinstance(1.0, (int, (str, float)))', '!!', type(e).__name__ + ':', e)
try:
    print('isinstance([], list)', '=>', repr(isinstance([], list)))
except Exception as e:
    print('isinstance([], list)', '!!', type(e).__name__ + ':', e)
try:
    print('issubclass(int, object)', '=>', repr(issubclass(int, object)))
except Exception as e:
    print('issubclass(int, object)', '!!', type(e).__name__ + ':', e)
try:
    print('isinstance(ValueError(), Exception)', '=>', repr(isinstance(ValueError(), Exception)))
except Exception as e:
    print('isinstance(ValueError(), Exception)', '!!', type(e).__name__ + ':', e)
try:
    print('callable(1)', '=>', repr(callable(1)))
except Exception as e:
    print('callable(1)', '!!', type(e).__name__ + ':', e)
try:
    print('callable(str)', '=>', repr(callable(str)))
except Exception as e:
    print('callable(str)', '!!', type(e).__name__ + ':', e)
try:
    print('callable(lambda: 1)', '=>', repr(callable(lambda: 1)))
except Exception as e:
    print('callable(lambda: 1)', '!!', type(e).__name__ + ':', e)
try:
    print("type('a')", '=>', repr(type('a')))
except Exception as e:
    print("type('a')", '!!', type(e).__name__ + ':', e)
try:
    print('type(None)', '=>', repr(type(None)))
except Exception as e:
    print('type(None)', '!!', type(e).__name__ + ':', e)
try:
    print('type([])', '=>', repr(type([])))
except Exception as e:
    print('type([])', '!!', type(e).__name__ + ':', e)
try:
    print('type(len)', '=>', repr(type(len)))
except Exception as e:
    print('type(len)', '!!', type(e).__name__ + ':', e)
try:
    print('bool(0.0)', '=>', repr(bool(0.0)))
except Exception as e:
    print('bool(0.0)', '!!', type(e).__name__ + ':', e)
try:
    print("bool('x')", '=>', repr(bool('x')))
except Exception as e:
    print("bool('x')", '!!', type(e).__name__ + ':', e)
try:
    print('bool(None)', '=>', repr(bool(None)))
except Exception as e:
    print('bool(None)', '!!', type(e).__name__ + ':', e)
try:
    print("list({'a': 1})", '=>', repr(list({'a': 1})))
except Exception as e:
    print("list({'a': 1})", '!!', type(e).__name__ + ':', e)
try:
    print("tuple('ab')", '=>', repr(tuple('ab')))
except Exception as e:
    print("tuple('ab')", '!!', type(e).__name__ + ':', e)
try:
    print('dict(a=1, b=2)', '=>', repr(dict(a=1, b=2)))
except Exception as e:
    print('dict(a=1, b=2)', '!!', type(e).__name__ + ':', e)
try:
    print("dict({'a': 1}, b=2)", '=>', repr(dict({'a': 1}, b=2)))
except Exception as e:
    print("dict({'a': 1}, b=2)", '!!', type(e).__name__ + ':', e)
try:
    print("dict([('a', 1), ['b', 2]])", '=>', repr(dict([('a', 1), ['b', 2]])))
except Exception as e:
    print("dict([('a', 1), ['b', 2]])", '!!', type(e).__name__ + ':', e)
try:
    print("set('aab') == {'a', 'b'}", '=>', repr(set('aab') == {'a', 'b'}))
except Exception as e:
    print("set('aab') == {'a', 'b'}", '!!', type(e).__name__ + ':', e)
try:
    print('frozenset([1]) == {1}', '=>', repr(frozenset([1]) == {1}))
except Exception as e:
    print('frozenset([1]) == {1}', '!!', type(e).__name__ + ':', e)
try:
    print('chr(0x1F600)', '=>', repr(chr(0x1F600)))
except Exception as e:
    print('chr(0x1F600)', '!!', type(e).__name__ + ':', e)
try:
    print("ord('€')", '=>', repr(ord('€')))
except Exception as e:
    print("ord('€')", '!!', type(e).__name__ + ':', e)
try:
    print('hex(-255)', '=>', repr(hex(-255)))
except Exception as e:
    print('hex(-255)', '!!', type(e).__name__ + ':', e)
try:
    print('oct(-8)', '=>', repr(oct(-8)))
except Exception as e:
    print('oct(-8)', '!!', type(e).__name__ + ':', e)
try:
    print('bin(0)', '=>', repr(bin(0)))
except Exception as e:
    print('bin(0)', '!!', type(e).__name__ + ':', e)
try:
    print("format(5, '03d')", '=>', repr(format(5, '03d')))
except Exception as e:
    print("format(5, '03d')", '!!', type(e).__name__ + ':', e)
try:
    print("format('x', '>3')", '=>', repr(format('x', '>3')))
except Exception as e:
    print("format('x', '>3')", '!!', type(e).__name__ + ':', e)
try:
    print('format(1.5)', '=>', repr(format(1.5)))
except Exception as e:
    print('format(1.5)', '!!', type(e).__name__ + ':', e)
try:
    print('format(True)', '=>', repr(format(True)))
except Exception as e:
    print('format(True)', '!!', type(e).__name__ + ':', e)
try:
    print('format(None)', '=>', repr(format(None)))
except Exception as e:
    print('format(None)', '!!', type(e).__name__ + ':', e)
try:
    print("repr('a\\nb')", '=>', repr(repr('a\nb')))
except Exception as e:
    print("repr('a\\nb')", '!!', type(e).__name__ + ':', e)
try:
    print('repr("\'")', '=>', repr(repr("'")))
except Exception as e:
    print('repr("\'")', '!!', type(e).__name__ + ':', e)
try:
    print('repr(1.0)', '=>', repr(repr(1.0)))
except Exception as e:
    print('repr(1.0)', '!!', type(e).__name__ + ':', e)
try:
    print('repr(-0.0)', '=>', repr(repr(-0.0)))
except Exception as e:
    print('repr(-0.0)', '!!', type(e).__name__ + ':', e)
try:
    print('repr((1,))', '=>', repr(repr((1,))))
except Exception as e:
    print('repr((1,))', '!!', type(e).__name__ + ':', e)
try:
    print('repr([])', '=>', repr(repr([])))
except Exception as e:
    print('repr([])', '!!', type(e).__name__ + ':', e)
try:
    print('repr({})', '=>', repr(repr({})))
except Exception as e:
    print('repr({})', '!!', type(e).__name__ + ':', e)
try:
    print('repr(set())', '=>', repr(repr(set())))
except Exception as e:
    print('repr(set())', '!!', type(e).__name__ + ':', e)
try:
    print('repr(frozenset())', '=>', repr(repr(frozenset())))
except Exception as e:
    print('repr(frozenset())', '!!', type(e).__name__ + ':', e)
try:
    print("ascii('日本')", '=>', repr(ascii('日本')))
except Exception as e:
    print("ascii('日本')", '!!', type(e).__name__ + ':', e)
try:
    print("ascii('\\U0001F600')", '=>', repr(ascii('\U0001F600')))
except Exception as e:
    print("ascii('\\U0001F600')", '!!', type(e).__name__ + ':', e)
try:
    print("len('日本')", '=>', repr(len('日本')))
except Exception as e:
    print("len('日本')", '!!', type(e).__name__ + ':', e)
try:
    print('len(range(0, 10, 3))', '=>', repr(len(range(0, 10, 3))))
except Exception as e:
    print('len(range(0, 10, 3))', '!!', type(e).__name__ + ':', e)
try:
    print('len({1: 2})', '=>', repr(len({1: 2})))
except Exception as e:
    print('len({1: 2})', '!!', type(e).__name__ + ':', e)
try:
    print('len(set())', '=>', repr(len(set())))
except Exception as e:
    print('len(set())', '!!', type(e).__name__ + ':', e)
try:
    print('[1, 2, 3].index(3, -1)', '=>', repr([1, 2, 3].index(3, -1)))
except Exception as e:
    print('[1, 2, 3].index(3, -1)', '!!', type(e).__name__ + ':', e)
try:
    print('[1, 2, 3].index(1, 1)', '=>', repr([1, 2, 3].index(1, 1)))
except Exception as e:
    print('[1, 2, 3].index(1, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('(1, 2, 3).index(2, 0, 2)', '=>', repr((1, 2, 3).index(2, 0, 2)))
except Exception as e:
    print('(1, 2, 3).index(2, 0, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('[1, 1].count(1)', '=>', repr([1, 1].count(1)))
except Exception as e:
    print('[1, 1].count(1)', '!!', type(e).__name__ + ':', e)
try:
    print('[1, 2].pop(-1)', '=>', repr([1, 2].pop(-1)))
except Exception as e:
    print('[1, 2].pop(-1)', '!!', type(e).__name__ + ':', e)
try:
    print('[3, 1].sort()', '=>', repr([3, 1].sort()))
except Exception as e:
    print('[3, 1].sort()', '!!', type(e).__name__ + ':', e)
try:
    print("{'a': 1}.get('b')", '=>', repr({'a': 1}.get('b')))
except Exception as e:
    print("{'a': 1}.get('b')", '!!', type(e).__name__ + ':', e)
try:
    print("{'a': 1}.pop('b', 0)", '=>', repr({'a': 1}.pop('b', 0)))
except Exception as e:
    print("{'a': 1}.pop('b', 0)", '!!', type(e).__name__ + ':', e)
try:
    print("{'a': 1}.setdefault('a', 5)", '=>', repr({'a': 1}.setdefault('a', 5)))
except Exception as e:
    print("{'a': 1}.setdefault('a', 5)", '!!', type(e).__name__ + ':', e)
try:
    print('{}.fromkeys([1, 2])', '=>', repr({}.fromkeys([1, 2])))
except Exception as e:
    print('{}.fromkeys([1, 2])', '!!', type(e).__name__ + ':', e)
try:
    print("dict.fromkeys('ab', 0)", '=>', repr(dict.fromkeys('ab', 0)))
except Exception as e:
    print("dict.fromkeys('ab', 0)", '!!', type(e).__name__ + ':', e)
try:
    print("{'a': 1}.copy()", '=>', repr({'a': 1}.copy()))
except Exception as e:
    print("{'a': 1}.copy()", '!!', type(e).__name__ + ':', e)
try:
    print('{1, 2}.union([3], (4,))', '=>', repr({1, 2}.union([3], (4,))))
except Exception as e:
    print('{1, 2}.union([3], (4,))', '!!', type(e).__name__ + ':', e)
try:
    print('{1, 2, 3}.intersection([2, 3], {3})', '=>', repr({1, 2, 3}.intersection([2, 3], {3})))
except Exception as e:
    print('{1, 2, 3}.intersection([2, 3], {3})', '!!', type(e).__name__ + ':', e)
try:
    print('{1, 2, 3}.difference([1])', '=>', repr({1, 2, 3}.difference([1])))
except Exception as e:
    print('{1, 2, 3}.difference([1])', '!!', type(e).__name__ + ':', e)
try:
    print('{1, 2}.symmetric_difference([2, 3])', '=>', repr({1, 2}.symmetric_difference([2, 3])))
except Exception as e:
    print('{1, 2}.symmetric_difference([2, 3])', '!!', type(e).__name__ + ':', e)
try:
    print('{1}.issuperset([])', '=>', repr({1}.issuperset([])))
except Exception as e:
    print('{1}.issuperset([])', '!!', type(e).__name__ + ':', e)
try:
    print('{1}.isdisjoint([2])', '=>', repr({1}.isdisjoint([2])))
except Exception as e:
    print('{1}.isdisjoint([2])', '!!', type(e).__name__ + ':', e)
try:
    print('frozenset([1, 2]) | {3}', '=>', repr(frozenset([1, 2]) | {3}))
except Exception as e:
    print('frozenset([1, 2]) | {3}', '!!', type(e).__name__ + ':', e)
try:
    print('{1, 2} <= {1, 2, 3}', '=>', repr({1, 2} <= {1, 2, 3}))
except Exception as e:
    print('{1, 2} <= {1, 2, 3}', '!!', type(e).__name__ + ':', e)
try:
    print('{1, 2} < {1, 2}', '=>', repr({1, 2} < {1, 2}))
except Exception as e:
    print('{1, 2} < {1, 2}', '!!', type(e).__name__ + ':', e)
try:
    print('{1, 2} == {2, 1}', '=>', repr({1, 2} == {2, 1}))
except Exception as e:
    print('{1, 2} == {2, 1}', '!!', type(e).__name__ + ':', e)
try:
    print('(5).bit_length()', '=>', repr((5).bit_length()))
except Exception as e:
    print('(5).bit_length()', '!!', type(e).__name__ + ':', e)
try:
    print('(-1).bit_length()', '=>', repr((-1).bit_length()))
except Exception as e:
    print('(-1).bit_length()', '!!', type(e).__name__ + ':', e)
try:
    print('(0).bit_length()', '=>', repr((0).bit_length()))
except Exception as e:
    print('(0).bit_length()', '!!', type(e).__name__ + ':', e)
try:
    print('(255).bit_count()', '=>', repr((255).bit_count()))
except Exception as e:
    print('(255).bit_count()', '!!', type(e).__name__ + ':', e)
try:
    print('(1.0).is_integer()', '=>', repr((1.0).is_integer()))
except Exception as e:
    print('(1.0).is_integer()', '!!', type(e).__name__ + ':', e)
try:
    print('(1.5).is_integer()', '=>', repr((1.5).is_integer()))
except Exception as e:
    print('(1.5).is_integer()', '!!', type(e).__name__ + ':', e)
try:
    print('(0.5).as_integer_ratio()', '=>', repr((0.5).as_integer_ratio()))
except Exception as e:
    print('(0.5).as_integer_ratio()', '!!', type(e).__name__ + ':', e)
try:
    print('(-2.75).as_integer_ratio()', '=>', repr((-2.75).as_integer_ratio()))
except Exception as e:
    print('(-2.75).as_integer_ratio()', '!!', type(e).__name__ + ':', e)
try:
    print('(3).as_integer_ratio()', '=>', repr((3).as_integer_ratio()))
except Exception as e:
    print('(3).as_integer_ratio()', '!!', type(e).__name__ + ':', e)
try:
    print("getattr([], 'append').__name__ if False else 1", '=>', repr(getattr([], 'append').__name__ if False else 1))
except Exception as e:
    print("getattr([], 'append').__name__ if False else 1", '!!', type(e).__name__ + ':', e)
try:
    print("hasattr(1, 'real')", '=>', repr(hasattr(1, 'real')))
except Exception as e:
    print("hasattr(1, 'real')", '!!', type(e).__name__ + ':', e)
try:
    print("next(iter('ab'))", '=>', repr(next(iter('ab'))))
except Exception as e:
    print("next(iter('ab'))", '!!', type(e).__name__ + ':', e)
try:
    print("next(enumerate('x'))", '=>', repr(next(enumerate('x'))))
except Exception as e:
    print("next(enumerate('x'))", '!!', type(e).__name__ + ':', e)
try:
    print("next(zip('ab', 'cd'))", '=>', repr(next(zip('ab', 'cd'))))
except Exception as e:
    print("next(zip('ab', 'cd'))", '!!', type(e).__name__ + ':', e)
try:
    print('id(1) == id(1)', '=>', repr(id(1) == id(1)))
except Exception as e:
    print('id(1) == id(1)', '!!', type(e).__name__ + ':', e)
try:
    print('hash(1.0) == hash(1)', '=>', repr(hash(1.0) == hash(1)))
except Exception as e:
    print('hash(1.0) == hash(1)', '!!', type(e).__name__ + ':', e)
try:
    print('hash((1, 2)) == hash((1, 2))', '=>', repr(hash((1, 2)) == hash((1, 2))))
except Exception as e:
    print('hash((1, 2)) == hash((1, 2))', '!!', type(e).__name__ + ':', e)
try:
    print('all([1, 0])', '=>', repr(all([1, 0])))
except Exception as e:
    print('all([1, 0])', '!!', type(e).__name__ + ':', e)
try:
    print('any([])', '=>', repr(any([])))
except Exception as e:
    print('any([])', '!!', type(e).__name__ + ':', e)
try:
    print('any(x > 1 for x in [1, 2])', '=>', repr(any(x > 1 for x in [1, 2])))
except Exception as e:
    print('any(x > 1 for x in [1, 2])', '!!', type(e).__name__ + ':', e)
