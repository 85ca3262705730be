"""Iterator building blocks, with CPython's semantics: laziness, how much of
each input is consumed, argument checks and their messages. Each is an
iterator class; the ones marked "generator" become generators once the VM
has them."""

_marker = object()


def _ssize(value):
    # CPython's PyNumber_AsSsize_t with the error cleared: -1 for a non-int
    if isinstance(value, int) and -(2**63) <= value < 2**63:
        return value
    return -1


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle:
    """cycle(iterable): its items, then the saved copies, forever (generator)."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            try:
                item = next(self._it)
            except StopIteration:
                self._first_pass = False
            else:
                self._saved.append(item)
                return item
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, object, times=_marker):
        self._object = object
        if times is _marker:
            self._times = None
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._times = max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._times)


class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals (generator)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _marker if initial is None else initial
        self._initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial:
            self._initial = False
            return self._total
        value = next(self._it)
        if self._total is _marker:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """chain(*iterables): the items of each in turn (generator)."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._sources is None:
                raise StopIteration
            if self._active is None:
                try:
                    self._active = iter(next(self._sources))
                except StopIteration:
                    self._sources = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress:
    """compress(data, selectors): the data items whose selector is true."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    """dropwhile(predicate, iterable): the items from the first one for which predicate is false."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._pred(item):
                self._dropping = False
                return item


class takewhile:
    """takewhile(predicate, iterable): the items as long as predicate is true."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """filterfalse(predicate, iterable): the items for which predicate is false."""

    def __init__(self, predicate, iterable):
        self._pred = bool if predicate is None else predicate
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._pred(item):
                return item


class starmap:
    """starmap(function, iterable): function(*args) for each args."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    consumes exactly what CPython's does (nothing past the stop)."""

    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if len(args) > 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        # CPython's checks, in its order: -1 stands for "not a valid size"
        stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        start, stop, step = 0, -1, 1
        if len(args) == 1:
            if args[0] is not None:
                stop = _ssize(args[0])
                if stop == -1:
                    raise ValueError(stop_msg)
        else:
            if args[0] is not None:
                start = _ssize(args[0])
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop == -1:
                    raise ValueError(stop_msg)
        if start < 0 or stop < -1:
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if len(args) == 3 and args[2] is not None:
            step = _ssize(args[2])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        if stop == -1:
            stop = None
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise StopIteration
        self._count += 1
        old = self._next
        self._next += self._step
        if self._next < old or (stop is not None and self._next > stop):
            self._next = stop
        return item


class pairwise:
    """pairwise(iterable): (s0, s1), (s1, s2), ..."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _marker:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise StopIteration
        pair = (self._old, new)
        self._old = new
        return pair


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): zip, padding the short ones."""

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise StopIteration
                self._its[i] = None
                result.append(self._fill)
        return tuple(result)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _marker:
            gb._step()
        if not self._tgtkey == gb._currkey:
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _marker
        return value


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of equal keys;
    a group is valid until the next one is taken (CPython's state machine)."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class product:
    """product(*iterables, repeat=1): the cartesian product, rightmost
    element advancing fastest; the inputs are read up front."""

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._pools = [tuple(p) for p in iterables] * repeat
        self._indices = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        pools = self._pools
        if self._done:
            raise StopIteration
        if self._indices is None:
            if any(len(p) == 0 for p in pools):
                self._done = True
                raise StopIteration
            self._indices = [0] * len(pools)
            return tuple(p[0] for p in pools)
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple(pools[k][indices[k]] for k in range(len(pools)))


class permutations:
    """permutations(iterable, r=None): r-length orderings, in lexicographic
    order of the input positions."""

    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        elif r < 0:
            raise ValueError("r must be non-negative")
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices[:r])
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
            i -= 1
        self._done = True
        raise StopIteration


class combinations:
    """combinations(iterable, r): r-length subsequences, in input order."""

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = tuple(iterable)
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): r-length subsequences
    where an element may repeat."""

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = tuple(iterable)
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._done = bool(r) and not self._pool

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[k] for k in indices)
