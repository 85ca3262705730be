# CPython's exact error messages for bad calls to builtins and methods.
try:
    print('len()', '=>', repr(len()))
except Exception as e:
    print('len()', '!!', type(e).__name__ + ':', e)
try:
    print('len(1,2)', '=>', repr(len(1,2)))
except Exception as e:
    print('len(1,2)', '!!', type(e).__name__ + ':', e)
try:
    print('abs()', '=>', repr(abs()))
except Exception as e:
    print('abs()', '!!', type(e).__name__ + ':', e)
try:
    print('sorted()', '=>', repr(sorted()))
except Exception as e:
    print('sorted()', '!!', type(e).__name__ + ':', e)
try:
    print('round()', '=>', repr(round()))
except Exception as e:
    print('round()', '!!', type(e).__name__ + ':', e)
try:
    print('sum()', '=>', repr(sum()))
except Exception as e:
    print('sum()', '!!', type(e).__name__ + ':', e)
try:
    print('min()', '=>', repr(min()))
except Exception as e:
    print('min()', '!!', type(e).__name__ + ':', e)
try:
    print('max()', '=>', repr(max()))
except Exception as e:
    print('max()', '!!', type(e).__name__ + ':', e)
try:
    print('isinstance(1)', '=>', repr(isinstance(1)))
except Exception as e:
    print('isinstance(1)', '!!', type(e).__name__ + ':', e)
try:
    print('range()', '=>', repr(range()))
except Exception as e:
    print('range()', '!!', type(e).__name__ + ':', e)
try:
    print('range(1,2,3,4)', '=>', repr(range(1,2,3,4)))
except Exception as e:
    print('range(1,2,3,4)', '!!', type(e).__name__ + ':', e)
try:
    print('enumerate()', '=>', repr(enumerate()))
except Exception as e:
    print('enumerate()', '!!', type(e).__name__ + ':', e)
try:
    print('iter()', '=>', repr(iter()))
except Exception as e:
    print('iter()', '!!', type(e).__name__ + ':', e)
try:
    print('next()', '=>', repr(next()))
except Exception as e:
    print('next()', '!!', type(e).__name__ + ':', e)
try:
    print('repr()', '=>', repr(repr()))
except Exception as e:
    print('repr()', '!!', type(e).__name__ + ':', e)
try:
    print('chr()', '=>', repr(chr()))
except Exception as e:
    print('chr()', '!!', type(e).__name__ + ':', e)
try:
    print('ord()', '=>', repr(ord()))
except Exception as e:
    print('ord()', '!!', type(e).__name__ + ':', e)
try:
    print('divmod(1)', '=>', repr(divmod(1)))
except Exception as e:
    print('divmod(1)', '!!', type(e).__name__ + ':', e)
try:
    print('pow(1)', '=>', repr(pow(1)))
except Exception as e:
    print('pow(1)', '!!', type(e).__name__ + ':', e)
try:
    print('getattr(1)', '=>', repr(getattr(1)))
except Exception as e:
    print('getattr(1)', '!!', type(e).__name__ + ':', e)
try:
    print('hasattr(1)', '=>', repr(hasattr(1)))
except Exception as e:
    print('hasattr(1)', '!!', type(e).__name__ + ':', e)
try:
    print('setattr(1,2)', '=>', repr(setattr(1,2)))
except Exception as e:
    print('setattr(1,2)', '!!', type(e).__name__ + ':', e)
try:
    print('callable()', '=>', repr(callable()))
except Exception as e:
    print('callable()', '!!', type(e).__name__ + ':', e)
try:
    print('any()', '=>', repr(any()))
except Exception as e:
    print('any()', '!!', type(e).__name__ + ':', e)
try:
    print('format()', '=>', repr(format()))
except Exception as e:
    print('format()', '!!', type(e).__name__ + ':', e)
try:
    print('hash()', '=>', repr(hash()))
except Exception as e:
    print('hash()', '!!', type(e).__name__ + ':', e)
try:
    print('id()', '=>', repr(id()))
except Exception as e:
    print('id()', '!!', type(e).__name__ + ':', e)
try:
    print('print(x=1)', '=>', repr(print(x=1)))
except Exception as e:
    print('print(x=1)', '!!', type(e).__name__ + ':', e)
try:
    print('sorted([], x=1)', '=>', repr(sorted([], x=1)))
except Exception as e:
    print('sorted([], x=1)', '!!', type(e).__name__ + ':', e)
try:
    print('len(x=1)', '=>', repr(len(x=1)))
except Exception as e:
    print('len(x=1)', '!!', type(e).__name__ + ':', e)
try:
    print('min([], key=None, foo=1)', '=>', repr(min([], key=None, foo=1)))
except Exception as e:
    print('min([], key=None, foo=1)', '!!', type(e).__name__ + ':', e)
try:
    print('int(1,2,3)', '=>', repr(int(1,2,3)))
except Exception as e:
    print('int(1,2,3)', '!!', type(e).__name__ + ':', e)
try:
    print('float(1,2)', '=>', repr(float(1,2)))
except Exception as e:
    print('float(1,2)', '!!', type(e).__name__ + ':', e)
try:
    print('str(1,2,3,4)', '=>', repr(str(1,2,3,4)))
except Exception as e:
    print('str(1,2,3,4)', '!!', type(e).__name__ + ':', e)
try:
    print('list(1,2)', '=>', repr(list(1,2)))
except Exception as e:
    print('list(1,2)', '!!', type(e).__name__ + ':', e)
try:
    print('dict(1,2)', '=>', repr(dict(1,2)))
except Exception as e:
    print('dict(1,2)', '!!', type(e).__name__ + ':', e)
try:
    print('set(1,2)', '=>', repr(set(1,2)))
except Exception as e:
    print('set(1,2)', '!!', type(e).__name__ + ':', e)
try:
    print('tuple(1,2)', '=>', repr(tuple(1,2)))
except Exception as e:
    print('tuple(1,2)', '!!', type(e).__name__ + ':', e)
try:
    print('bool(1,2)', '=>', repr(bool(1,2)))
except Exception as e:
    print('bool(1,2)', '!!', type(e).__name__ + ':', e)
try:
    print('[].sort(1)', '=>', repr([].sort(1)))
except Exception as e:
    print('[].sort(1)', '!!', type(e).__name__ + ':', e)
try:
    print('[].append()', '=>', repr([].append()))
except Exception as e:
    print('[].append()', '!!', type(e).__name__ + ':', e)
try:
    print('[].pop(1,2)', '=>', repr([].pop(1,2)))
except Exception as e:
    print('[].pop(1,2)', '!!', type(e).__name__ + ':', e)
try:
    print('{}.get()', '=>', repr({}.get()))
except Exception as e:
    print('{}.get()', '!!', type(e).__name__ + ':', e)
try:
    print("''.split(1,2,3)", '=>', repr(''.split(1,2,3)))
except Exception as e:
    print("''.split(1,2,3)", '!!', type(e).__name__ + ':', e)
try:
    print("''.join()", '=>', repr(''.join()))
except Exception as e:
    print("''.join()", '!!', type(e).__name__ + ':', e)
try:
    print("'a'.replace('a')", '=>', repr('a'.replace('a')))
except Exception as e:
    print("'a'.replace('a')", '!!', type(e).__name__ + ':', e)
try:
    print('[].insert(1)', '=>', repr([].insert(1)))
except Exception as e:
    print('[].insert(1)', '!!', type(e).__name__ + ':', e)
try:
    print('list(x=1)', '=>', repr(list(x=1)))
except Exception as e:
    print('list(x=1)', '!!', type(e).__name__ + ':', e)
try:
    print('int(x=1)', '=>', repr(int(x=1)))
except Exception as e:
    print('int(x=1)', '!!', type(e).__name__ + ':', e)
try:
    print('min(1)', '=>', repr(min(1)))
except Exception as e:
    print('min(1)', '!!', type(e).__name__ + ':', e)
try:
    print('max([])', '=>', repr(max([])))
except Exception as e:
    print('max([])', '!!', type(e).__name__ + ':', e)
try:
    print('min([], default=1, x=2)', '=>', repr(min([], default=1, x=2)))
except Exception as e:
    print('min([], default=1, x=2)', '!!', type(e).__name__ + ':', e)
try:
    print('min(1,2,default=3)', '=>', repr(min(1,2,default=3)))
except Exception as e:
    print('min(1,2,default=3)', '!!', type(e).__name__ + ':', e)
try:
    print('sum([[1]], [])', '=>', repr(sum([[1]], [])))
except Exception as e:
    print('sum([[1]], [])', '!!', type(e).__name__ + ':', e)
try:
    print('reversed({1})', '=>', repr(reversed({1})))
except Exception as e:
    print('reversed({1})', '!!', type(e).__name__ + ':', e)
try:
    print('reversed(1)', '=>', repr(reversed(1)))
except Exception as e:
    print('reversed(1)', '!!', type(e).__name__ + ':', e)
try:
    print('next([])', '=>', repr(next([])))
except Exception as e:
    print('next([])', '!!', type(e).__name__ + ':', e)
try:
    print('iter(1)', '=>', repr(iter(1)))
except Exception as e:
    print('iter(1)', '!!', type(e).__name__ + ':', e)
try:
    print('zip(1)', '=>', repr(zip(1)))
except Exception as e:
    print('zip(1)', '!!', type(e).__name__ + ':', e)
try:
    print('map(len)', '=>', repr(map(len)))
except Exception as e:
    print('map(len)', '!!', type(e).__name__ + ':', e)
try:
    print('filter(1)', '=>', repr(filter(1)))
except Exception as e:
    print('filter(1)', '!!', type(e).__name__ + ':', e)
try:
    print('enumerate(1)', '=>', repr(enumerate(1)))
except Exception as e:
    print('enumerate(1)', '!!', type(e).__name__ + ':', e)
try:
    print('chr(-1)', '=>', repr(chr(-1)))
except Exception as e:
    print('chr(-1)', '!!', type(e).__name__ + ':', e)
try:
    print('ord(1)', '=>', repr(ord(1)))
except Exception as e:
    print('ord(1)', '!!', type(e).__name__ + ':', e)
try:
    print("divmod('a', 1)", '=>', repr(divmod('a', 1)))
except Exception as e:
    print("divmod('a', 1)", '!!', type(e).__name__ + ':', e)
try:
    print('divmod(1, 0)', '=>', repr(divmod(1, 0)))
except Exception as e:
    print('divmod(1, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('divmod(1.0, 0)', '=>', repr(divmod(1.0, 0)))
except Exception as e:
    print('divmod(1.0, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('pow(2, 3, 0)', '=>', repr(pow(2, 3, 0)))
except Exception as e:
    print('pow(2, 3, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('pow(2.0, 3, 5)', '=>', repr(pow(2.0, 3, 5)))
except Exception as e:
    print('pow(2.0, 3, 5)', '!!', type(e).__name__ + ':', e)
try:
    print('pow(2, -1, 4)', '=>', repr(pow(2, -1, 4)))
except Exception as e:
    print('pow(2, -1, 4)', '!!', type(e).__name__ + ':', e)
try:
    print("abs('a')", '=>', repr(abs('a')))
except Exception as e:
    print("abs('a')", '!!', type(e).__name__ + ':', e)
try:
    print("round('a')", '=>', repr(round('a')))
except Exception as e:
    print("round('a')", '!!', type(e).__name__ + ':', e)
try:
    print("int('x')", '=>', repr(int('x')))
except Exception as e:
    print("int('x')", '!!', type(e).__name__ + ':', e)
try:
    print('int(1.5, 10)', '=>', repr(int(1.5, 10)))
except Exception as e:
    print('int(1.5, 10)', '!!', type(e).__name__ + ':', e)
try:
    print('int([])', '=>', repr(int([])))
except Exception as e:
    print('int([])', '!!', type(e).__name__ + ':', e)
try:
    print('float([])', '=>', repr(float([])))
except Exception as e:
    print('float([])', '!!', type(e).__name__ + ':', e)
try:
    print("float('x')", '=>', repr(float('x')))
except Exception as e:
    print("float('x')", '!!', type(e).__name__ + ':', e)
try:
    print("int('10', 1)", '=>', repr(int('10', 1)))
except Exception as e:
    print("int('10', 1)", '!!', type(e).__name__ + ':', e)
try:
    print('isinstance(1, 1)', '=>', repr(isinstance(1, 1)))
except Exception as e:
    print('isinstance(1, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('issubclass(1, int)', '=>', repr(issubclass(1, int)))
except Exception as e:
    print('issubclass(1, int)', '!!', type(e).__name__ + ':', e)
try:
    print('issubclass(int, 1)', '=>', repr(issubclass(int, 1)))
except Exception as e:
    print('issubclass(int, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('getattr(1, 2)', '=>', repr(getattr(1, 2)))
except Exception as e:
    print('getattr(1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print("getattr(1, 'x')", '=>', repr(getattr(1, 'x')))
except Exception as e:
    print("getattr(1, 'x')", '!!', type(e).__name__ + ':', e)
try:
    print('hash([])', '=>', repr(hash([])))
except Exception as e:
    print('hash([])', '!!', type(e).__name__ + ':', e)
try:
    print("'a'.join([1])", '=>', repr('a'.join([1])))
except Exception as e:
    print("'a'.join([1])", '!!', type(e).__name__ + ':', e)
try:
    print("''.split('')", '=>', repr(''.split('')))
except Exception as e:
    print("''.split('')", '!!', type(e).__name__ + ':', e)
try:
    print('[1].index(2)', '=>', repr([1].index(2)))
except Exception as e:
    print('[1].index(2)', '!!', type(e).__name__ + ':', e)
try:
    print('[].remove(1)', '=>', repr([].remove(1)))
except Exception as e:
    print('[].remove(1)', '!!', type(e).__name__ + ':', e)
try:
    print('[].pop()', '=>', repr([].pop()))
except Exception as e:
    print('[].pop()', '!!', type(e).__name__ + ':', e)
try:
    print('[1].pop(5)', '=>', repr([1].pop(5)))
except Exception as e:
    print('[1].pop(5)', '!!', type(e).__name__ + ':', e)
try:
    print('{}.popitem()', '=>', repr({}.popitem()))
except Exception as e:
    print('{}.popitem()', '!!', type(e).__name__ + ':', e)
try:
    print('{}.pop(1)', '=>', repr({}.pop(1)))
except Exception as e:
    print('{}.pop(1)', '!!', type(e).__name__ + ':', e)
try:
    print('set().pop()', '=>', repr(set().pop()))
except Exception as e:
    print('set().pop()', '!!', type(e).__name__ + ':', e)
try:
    print('set().remove(3)', '=>', repr(set().remove(3)))
except Exception as e:
    print('set().remove(3)', '!!', type(e).__name__ + ':', e)
try:
    print("'a'.startswith(1)", '=>', repr('a'.startswith(1)))
except Exception as e:
    print("'a'.startswith(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{} {0}'.format(1)", '=>', repr('{} {0}'.format(1)))
except Exception as e:
    print("'{} {0}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{0} {}'.format(1)", '=>', repr('{0} {}'.format(1)))
except Exception as e:
    print("'{0} {}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{1}'.format(1)", '=>', repr('{1}'.format(1)))
except Exception as e:
    print("'{1}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{x}'.format(1)", '=>', repr('{x}'.format(1)))
except Exception as e:
    print("'{x}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{'.format(1)", '=>', repr('{'.format(1)))
except Exception as e:
    print("'{'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'}'.format(1)", '=>', repr('}'.format(1)))
except Exception as e:
    print("'}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{0.foo}'.format(1)", '=>', repr('{0.foo}'.format(1)))
except Exception as e:
    print("'{0.foo}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'{!x}'.format(1)", '=>', repr('{!x}'.format(1)))
except Exception as e:
    print("'{!x}'.format(1)", '!!', type(e).__name__ + ':', e)
try:
    print('dict([1])', '=>', repr(dict([1])))
except Exception as e:
    print('dict([1])', '!!', type(e).__name__ + ':', e)
try:
    print('dict([(1,2,3)])', '=>', repr(dict([(1,2,3)])))
except Exception as e:
    print('dict([(1,2,3)])', '!!', type(e).__name__ + ':', e)
try:
    print('dict([[1]])', '=>', repr(dict([[1]])))
except Exception as e:
    print('dict([[1]])', '!!', type(e).__name__ + ':', e)
try:
    print("'a'.strip(1)", '=>', repr('a'.strip(1)))
except Exception as e:
    print("'a'.strip(1)", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.count()", '=>', repr('abc'.count()))
except Exception as e:
    print("'abc'.count()", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.find(1)", '=>', repr('abc'.find(1)))
except Exception as e:
    print("'abc'.find(1)", '!!', type(e).__name__ + ':', e)
try:
    print('(1,2).index(3)', '=>', repr((1,2).index(3)))
except Exception as e:
    print('(1,2).index(3)', '!!', type(e).__name__ + ':', e)
try:
    print('range(1,2,0)', '=>', repr(range(1,2,0)))
except Exception as e:
    print('range(1,2,0)', '!!', type(e).__name__ + ':', e)
try:
    print('range(1.5)', '=>', repr(range(1.5)))
except Exception as e:
    print('range(1.5)', '!!', type(e).__name__ + ':', e)
try:
    print('[].sort(key=1)', '=>', repr([].sort(key=1)))
except Exception as e:
    print('[].sort(key=1)', '!!', type(e).__name__ + ':', e)
try:
    print("sorted([1,'a'])", '=>', repr(sorted([1,'a'])))
except Exception as e:
    print("sorted([1,'a'])", '!!', type(e).__name__ + ':', e)
try:
    print("max(1, 'a')", '=>', repr(max(1, 'a')))
except Exception as e:
    print("max(1, 'a')", '!!', type(e).__name__ + ':', e)
try:
    print('len(1)', '=>', repr(len(1)))
except Exception as e:
    print('len(1)', '!!', type(e).__name__ + ':', e)
try:
    print('bin(1.0)', '=>', repr(bin(1.0)))
except Exception as e:
    print('bin(1.0)', '!!', type(e).__name__ + ':', e)
try:
    print("'x'.zfill('a')", '=>', repr('x'.zfill('a')))
except Exception as e:
    print("'x'.zfill('a')", '!!', type(e).__name__ + ':', e)
try:
    print('object(1)', '=>', repr(object(1)))
except Exception as e:
    print('object(1)', '!!', type(e).__name__ + ':', e)
try:
    print('set([[1]])', '=>', repr(set([[1]])))
except Exception as e:
    print('set([[1]])', '!!', type(e).__name__ + ':', e)
try:
    print('[1,2].sort(reverse=None)', '=>', repr([1,2].sort(reverse=None)))
except Exception as e:
    print('[1,2].sort(reverse=None)', '!!', type(e).__name__ + ':', e)
try:
    print("'a'.split(maxsplit='x')", '=>', repr('a'.split(maxsplit='x')))
except Exception as e:
    print("'a'.split(maxsplit='x')", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.ljust()", '=>', repr('abc'.ljust()))
except Exception as e:
    print("'abc'.ljust()", '!!', type(e).__name__ + ':', e)
try:
    print('next(iter([]))', '=>', repr(next(iter([]))))
except Exception as e:
    print('next(iter([]))', '!!', type(e).__name__ + ':', e)
try:
    print('list.append()', '=>', repr(list.append()))
except Exception as e:
    print('list.append()', '!!', type(e).__name__ + ':', e)
try:
    print('frozenset().add(1)', '=>', repr(frozenset().add(1)))
except Exception as e:
    print('frozenset().add(1)', '!!', type(e).__name__ + ':', e)
try:
    print('print(1, sep=1)', '=>', repr(print(1, sep=1)))
except Exception as e:
    print('print(1, sep=1)', '!!', type(e).__name__ + ':', e)
try:
    print('print(1, end=1)', '=>', repr(print(1, end=1)))
except Exception as e:
    print('print(1, end=1)', '!!', type(e).__name__ + ':', e)
try:
    print("int(' 12 ')", '=>', repr(int(' 12 ')))
except Exception as e:
    print("int(' 12 ')", '!!', type(e).__name__ + ':', e)
try:
    print('int(None)', '=>', repr(int(None)))
except Exception as e:
    print('int(None)', '!!', type(e).__name__ + ':', e)
try:
    print('float(None)', '=>', repr(float(None)))
except Exception as e:
    print('float(None)', '!!', type(e).__name__ + ':', e)
try:
    print('chr(1.5)', '=>', repr(chr(1.5)))
except Exception as e:
    print('chr(1.5)', '!!', type(e).__name__ + ':', e)
try:
    print("chr('a')", '=>', repr(chr('a')))
except Exception as e:
    print("chr('a')", '!!', type(e).__name__ + ':', e)
try:
    print("round(1.5, 'a')", '=>', repr(round(1.5, 'a')))
except Exception as e:
    print("round(1.5, 'a')", '!!', type(e).__name__ + ':', e)
