"""Turnstile's tqdm progress bar (the `tqdm.std` module).

Draws the same text as tqdm 4.64.1: each refresh writes "\\r" + the bar line
(padded with spaces over a longer previous line) to the bar's file, default
sys.stderr, and close() writes the final line and "\\n" (leave=True) or blanks
the line (leave=False). Rates and ETAs come from time.time(), which in
Turnstile is the virtual clock, so the bars are deterministic.

Differences from the real library, none visible in the bar text:
  * no monitor thread (monitor_interval is 0) and no locks: there are no
    threads in Turnstile;
  * the output is treated as not being a terminal of known width: ncols and
    nrows stay None unless given (tqdm asks the terminal, then COLUMNS and
    LINES), so the bar is 10 characters wide;
  * warnings tqdm would print (clamping frac to [0, 1], unknown colour) are
    not printed;
  * bar_format has no {eta} field; gui= and write_bytes= are ignored.
"""

import sys
import time

try:
    from unicodedata import east_asian_width
except ImportError:  # then, as tqdm does, every character counts as one column
    east_asian_width = None

try:  # Turnstile's trace (turnstile/_events.py: progress.*); absent under CPython
    from _turnstile import emit as _emit
except ImportError:
    _emit = None

__all__ = ["tqdm", "trange", "TqdmTypeError", "TqdmKeyError", "TqdmWarning",
           "TqdmExperimentalWarning", "TqdmDeprecationWarning", "TqdmMonitorWarning"]


class TqdmTypeError(TypeError):
    pass


class TqdmKeyError(KeyError):
    pass


class TqdmWarning(Warning):
    """Base class of tqdm's warnings."""


class TqdmExperimentalWarning(TqdmWarning):
    pass


class TqdmDeprecationWarning(TqdmWarning):
    pass


class TqdmMonitorWarning(TqdmWarning):
    pass


# -- measuring text on screen ---------------------------------------------

def _strip_ansi(s):
    """s without ANSI CSI sequences (ESC [ digits/semicolons letter)."""
    if "\x1b" not in s:
        return s
    out = []
    i = 0
    while i < len(s):
        if s[i] == "\x1b" and s[i + 1:i + 2] == "[":
            j = i + 2
            while j < len(s) and (s[j] == ";" or s[j].isdecimal()):
                j += 1
            if j < len(s) and s[j].isascii() and s[j].isalpha():
                i = j + 1
                continue
        out.append(s[i])
        i += 1
    return "".join(out)


def disp_len(data):
    """Columns that data takes on screen: ANSI codes take none, East Asian
    wide and full-width characters take two."""
    text = _strip_ansi(data)
    if east_asian_width is None:
        return len(text)
    return sum(2 if east_asian_width(ch) in "FW" else 1 for ch in text)


def disp_trim(data, length):
    """data cut to length columns, closing any colour it leaves open."""
    if len(data) == disp_len(data):
        return data[:length]
    had_ansi = _strip_ansi(data) != data
    while disp_len(data) > length:
        data = data[:-1]
    if had_ansi and _strip_ansi(data) != data and not data.endswith("\x1b[0m"):
        return data + "\x1b[0m"
    return data


def _supports_unicode(fp):
    """Can fp show the block characters? (Decides ascii=None.)"""
    encoding = getattr(fp, "encoding", None)
    if not isinstance(encoding, str):
        return False
    # Every UTF codec encodes them; asking only the others keeps this off
    # str.encode (Turnstile has no bytes type).
    name = encoding.lower().replace("_", "-")
    if name in ("utf8", "u8", "utf", "cp65001") or name.startswith("utf-"):
        return True
    try:
        "\u2588\u2589".encode(encoding)
    except UnicodeEncodeError:
        return False
    except LookupError:
        return encoding.lower().startswith("utf-") or encoding == "U8"
    return True


def _is_number(x):
    return isinstance(x, (int, float))  # no complex in Turnstile


# -- the bar itself -------------------------------------------------------

class Bar:
    """The meter; format spec in bar_format: [width][a|u|b] (a negative width
    is subtracted from the space left)."""

    ASCII = " 123456789#"
    UTF = " \u258f\u258e\u258d\u258c\u258b\u258a\u2589\u2588"
    BLANK = "  "
    COLOUR_RESET = "\x1b[0m"
    COLOUR_RGB = "\x1b[38;2;%d;%d;%dm"
    COLOURS = {"BLACK": "\x1b[30m", "RED": "\x1b[31m", "GREEN": "\x1b[32m",
               "YELLOW": "\x1b[33m", "BLUE": "\x1b[34m", "MAGENTA": "\x1b[35m",
               "CYAN": "\x1b[36m", "WHITE": "\x1b[37m"}

    def __init__(self, frac, default_len=10, charset=UTF, colour=None):
        self.frac = max(0, min(1, frac)) if not 0 <= frac <= 1 else frac
        self.default_len = default_len
        self.charset = charset
        self.colour = self._colour_code(colour)

    def _colour_code(self, value):
        if not value:
            return None
        if isinstance(value, str):
            if value.upper() in self.COLOURS:
                return self.COLOURS[value.upper()]
            if value[0] == "#" and len(value) == 7:
                try:
                    rgb = (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))
                except ValueError:
                    return None
                return self.COLOUR_RGB % rgb
        return None

    def __format__(self, format_spec):
        charset = self.charset
        width = self.default_len
        if format_spec:
            kind = format_spec[-1].lower()
            if kind in ("a", "u", "b"):
                charset = {"a": self.ASCII, "u": self.UTF, "b": self.BLANK}[kind]
                format_spec = format_spec[:-1]
            if format_spec:
                width = int(format_spec)
                if width < 0:
                    width += self.default_len
        return self.render(charset, width)

    def render(self, charset, width):
        steps = len(charset) - 1  # partial-cell symbols per cell
        full, part = divmod(int(self.frac * width * steps), steps)
        res = charset[-1] * full
        if full < width:
            res = res + charset[part] + charset[0] * (width - full - 1)
        if self.colour:
            return self.colour + res + self.COLOUR_RESET
        return res


class _FormatProbe:
    """Stands for {bar} while measuring the rest of a custom bar_format."""

    def __init__(self):
        self.used = False

    def __format__(self, spec):
        self.used = True
        return ""


class EMA:
    """Exponential moving average with bias correction (tqdm's rate
    smoothing): smoothing 0 keeps the old value, 1 takes the newest."""

    def __init__(self, smoothing=0.3):
        self.alpha = smoothing
        self.last = 0
        self.calls = 0

    def __call__(self, x=None):
        beta = 1 - self.alpha
        if x is not None:
            self.last = self.alpha * x + beta * self.last
            self.calls += 1
        if self.calls:
            return self.last / (1 - beta ** self.calls)
        return self.last


# -- formatting -----------------------------------------------------------

def format_sizeof(num, suffix="", divisor=1000):
    """1234 -> '1.23k': three significant digits and an SI prefix."""
    for unit in ("", "k", "M", "G", "T", "P", "E", "Z"):
        if abs(num) < 999.5:
            if abs(num) < 99.95:
                if abs(num) < 9.995:
                    return format(num, "1.2f") + unit + suffix
                return format(num, "2.1f") + unit + suffix
            return format(num, "3.0f") + unit + suffix
        num /= divisor
    return format(num, "3.1f") + "Y" + suffix


def format_interval(t):
    """Seconds as [H:]MM:SS."""
    mins, s = divmod(int(t), 60)
    h, m = divmod(mins, 60)
    if h:
        return "%d:%02d:%02d" % (h, m, s)
    return "%02d:%02d" % (m, s)


def format_num(n):
    """The shorter of str(n) and its .3g form (exponent without leading 0)."""
    f = format(n, ".3g").replace("+0", "+").replace("-0", "-")
    s = str(n)
    return f if len(f) < len(s) else s


def format_meter(n, total, elapsed, ncols=None, prefix="", ascii=False, unit="it",
                 unit_scale=False, rate=None, bar_format=None, postfix=None,
                 unit_divisor=1000, initial=0, colour=None, **extra_kwargs):
    """The bar line for n of total done after elapsed seconds, e.g.
    'desc:  40%|████      | 2/5 [00:01<00:01,  2.00it/s]'."""
    if total and n >= (total + 0.5):  # past the total: show as unknown total
        total = None

    if unit_scale and unit_scale not in (True, 1):
        if total:
            total *= unit_scale
        n *= unit_scale
        if rate:
            rate *= unit_scale
        unit_scale = False

    elapsed_str = format_interval(elapsed)
    if rate is None and elapsed:
        rate = (n - initial) / elapsed
    inv_rate = 1 / rate if rate else None

    def fmt_rate(r):
        return format_sizeof(r) if unit_scale else format(r, "5.2f")

    rate_noinv_fmt = (fmt_rate(rate) if rate else "?") + unit + "/s"
    rate_inv_fmt = (fmt_rate(inv_rate) if inv_rate else "?") + "s/" + unit
    rate_fmt = rate_inv_fmt if inv_rate and inv_rate > 1 else rate_noinv_fmt

    if unit_scale:
        n_fmt = format_sizeof(n, divisor=unit_divisor)
        total_fmt = format_sizeof(total, divisor=unit_divisor) if total is not None else "?"
    else:
        n_fmt = str(n)
        total_fmt = str(total) if total is not None else "?"

    try:
        postfix = ", " + postfix if postfix else ""
    except TypeError:  # not a string: shown as it is
        pass

    remaining = (total - n) / rate if rate and total else 0
    remaining_str = format_interval(remaining) if rate else "?"

    if prefix:
        l_bar = prefix if prefix[-2:] == ": " else prefix + ": "
    else:
        l_bar = ""
    r_bar = "| {0}/{1} [{2}<{3}, {4}{5}]".format(
        n_fmt, total_fmt, elapsed_str, remaining_str, rate_fmt, postfix)

    if not total and not bar_format:
        return "{0}{1}{2} [{3}, {4}{5}]".format(
            (prefix + ": ") if prefix else "", n_fmt, unit, elapsed_str, rate_fmt, postfix)

    if total:
        frac = n / total
        percentage = frac * 100
        l_bar += format(percentage, "3.0f") + "%|"
        if ncols == 0:
            return l_bar[:-1] + r_bar[1:]
        charset = Bar.ASCII if ascii is True else ascii or Bar.UTF
        if not bar_format:
            bar = Bar(frac, max(1, ncols - disp_len(l_bar + r_bar)) if ncols else 10,
                      charset=charset, colour=colour)
            res = l_bar + bar.render(charset, bar.default_len) + r_bar
            return disp_trim(res, ncols) if ncols else res
        if not prefix:
            bar_format = bar_format.replace("{desc}: ", "")
    else:
        frac = 0
        percentage = 0
        l_bar += "|"
        charset = Bar.BLANK

    fields = dict(
        n=n, n_fmt=n_fmt, total=total, total_fmt=total_fmt,
        elapsed=elapsed_str, elapsed_s=elapsed,
        ncols=ncols, desc=prefix or "", unit=unit,
        rate=inv_rate if inv_rate and inv_rate > 1 else rate,
        rate_fmt=rate_fmt, rate_noinv=rate,
        rate_noinv_fmt=rate_noinv_fmt, rate_inv=inv_rate,
        rate_inv_fmt=rate_inv_fmt,
        postfix=postfix, unit_divisor=unit_divisor, colour=colour,
        remaining=remaining_str, remaining_s=remaining,
        l_bar=l_bar, r_bar=r_bar, percentage=percentage)
    fields.update(extra_kwargs)
    probe = _FormatProbe()
    nobar = bar_format.format(bar=probe, **fields)
    if not probe.used:
        return nobar
    bar = Bar(frac, max(1, ncols - disp_len(nobar)) if ncols else 10,
              charset=charset, colour=colour)
    res = bar_format.format(bar=bar, **fields)
    return disp_trim(res, ncols) if ncols else res


class _ExternalWriteMode:
    """with tqdm.external_write_mode(): bars on the same screen are blanked
    during the block and redrawn after it."""

    def __init__(self, cls, file):
        self.cls = cls
        self.fp = file if file is not None else sys.stdout
        self.cleared = []

    def __enter__(self):
        for inst in list(self.cls._instances):
            if hasattr(inst, "start_t") and _same_screen(inst.fp, self.fp):
                inst.clear(nolock=True)
                self.cleared.append(inst)

    def __exit__(self, *exc):
        for inst in self.cleared:
            inst.refresh(nolock=True)


def _same_screen(a, b):
    std = (sys.stdout, sys.stderr)
    return a == b or (a in std and b in std)


# -- the progress bar object ----------------------------------------------

class tqdm:
    """Wrap an iterable (`for x in tqdm(items)`) or count by hand
    (`bar = tqdm(total=n)`, `bar.update(k)`, `bar.close()`); the bar is
    redrawn when at least mininterval seconds and miniters items have passed
    since the last redraw."""

    monitor_interval = 0  # tqdm's monitor thread: never started here
    monitor = None
    _instances = []  # open bars, in creation order

    format_sizeof = staticmethod(format_sizeof)
    format_interval = staticmethod(format_interval)
    format_num = staticmethod(format_num)
    format_meter = staticmethod(format_meter)

    def __init__(self, iterable=None, desc=None, total=None, leave=True, file=None,
                 ncols=None, mininterval=0.1, maxinterval=10.0, miniters=None,
                 ascii=None, disable=False, unit="it", unit_scale=False,
                 dynamic_ncols=False, smoothing=0.3, bar_format=None, initial=0,
                 position=None, postfix=None, unit_divisor=1000, write_bytes=None,
                 lock_args=None, nrows=None, colour=None, delay=0, gui=False,
                 **kwargs):
        self._instances.append(self)
        if file is None:
            file = sys.stderr
        if disable is None and hasattr(file, "isatty") and not file.isatty():
            disable = True
        if total is None and iterable is not None:
            try:
                total = len(iterable)
            except (TypeError, AttributeError):
                total = None
        if total == float("inf"):
            total = None

        if disable or kwargs:
            self.iterable = iterable
            self.disable = True if kwargs else disable
            self.pos = self._get_free_pos(self)
            self._forget(self)
            if kwargs:
                raise TqdmKeyError("Unknown argument(s): " + str(kwargs))
            self.n = initial
            self.total = total
            self.leave = leave
            return

        if dynamic_ncols:  # no terminal to follow
            ncols = nrows = None
        if miniters is None:
            miniters = 0
            dynamic_miniters = True
        else:
            dynamic_miniters = False
        if mininterval is None:
            mininterval = 0
        if maxinterval is None:
            maxinterval = 0
        if ascii is None:
            ascii = not _supports_unicode(file)
        if smoothing is None:
            smoothing = 0

        self.iterable = iterable
        self.desc = desc or ""
        self.total = total
        self.leave = leave
        self.fp = file
        self.ncols = ncols
        self.nrows = nrows
        self.mininterval = mininterval
        self.maxinterval = maxinterval
        self.miniters = miniters
        self.dynamic_miniters = dynamic_miniters
        self.ascii = ascii
        self.disable = disable
        self.unit = unit
        self.unit_scale = unit_scale
        self.unit_divisor = unit_divisor
        self.initial = initial
        self.lock_args = lock_args
        self.delay = delay
        self.gui = False
        self.dynamic_ncols = dynamic_ncols
        self.smoothing = smoothing
        self._ema_dn = EMA(smoothing)
        self._ema_dt = EMA(smoothing)
        self._ema_miniters = EMA(smoothing)
        self._closing = False  # the final line shows the average rate
        self.bar_format = bar_format
        self.postfix = None
        self.colour = colour
        self._time = time.time
        if postfix:
            try:
                self.set_postfix(refresh=False, **postfix)
            except TypeError:
                self.postfix = postfix

        self.last_print_n = initial
        self.n = initial
        self._say("progress.open", desc=self.desc, total=total, unit=unit)
        self.pos = self._get_free_pos(self) if position is None else -position
        self.sp = self.status_printer(self.fp)
        if delay <= 0:
            self.refresh(lock_args=self.lock_args)
        self.last_print_t = self._time()
        self.start_t = self.last_print_t

    _bars = 0  # bars made in this run: each one's number in the trace

    def _say(self, kind, n=None, **fields):
        """Tell the page's progress view the count n (default self.n) and,
        on open, what the bar is."""
        if _emit is None:
            return
        if kind == "progress.open":
            tqdm._bars += 1
            self._bar_id = tqdm._bars
        fields["id"] = self._bar_id
        fields["n"] = self.n if n is None else n
        _emit(kind, fields)

    # bookkeeping of open bars: each takes the lowest free line (pos)

    @classmethod
    def _get_free_pos(cls, instance=None):
        taken = set()
        for inst in cls._instances:
            if inst is not instance and hasattr(inst, "pos"):
                taken.add(abs(inst.pos))
        pos = 0
        while pos in taken:
            pos += 1
        return pos

    @classmethod
    def _forget(cls, instance):
        for i, inst in enumerate(cls._instances):
            if inst is instance:
                del cls._instances[i]
                return

    @classmethod
    def _decr_instances(cls, instance):
        """Forget a closed bar; a bar hidden below the screen moves up into
        its line."""
        cls._forget(instance)
        last = (instance.nrows or 20) - 1
        hidden = [i for i in cls._instances if hasattr(i, "pos") and last <= i.pos]
        if hidden:
            inst = min(hidden, key=lambda i: i.pos)
            inst.clear(nolock=True)
            inst.pos = abs(instance.pos)

    @classmethod
    def write(cls, s, file=None, end="\n", nolock=False):
        """Print s (default to sys.stdout) without breaking the bars."""
        fp = file if file is not None else sys.stdout
        with cls.external_write_mode(file=file, nolock=nolock):
            fp.write(s)
            fp.write(end)

    @classmethod
    def external_write_mode(cls, file=None, nolock=False):
        return _ExternalWriteMode(cls, file)

    @staticmethod
    def status_printer(file):
        """A function that redraws one line of file in place."""
        fp = file
        fp_flush = getattr(fp, "flush", None)
        if fp in (sys.stderr, sys.stdout):
            for std in (sys.stderr, sys.stdout):
                flush = getattr(std, "flush", None)
                if flush is not None:
                    flush()
        last_len = [0]

        def print_status(s):
            len_s = disp_len(s)
            fp.write("\r" + s + " " * max(last_len[0] - len_s, 0))
            if fp_flush is not None:
                fp_flush()
            last_len[0] = len_s

        return print_status

    # the container protocol

    def __bool__(self):
        if self.total is not None:
            return self.total > 0
        if self.iterable is None:
            raise TypeError("bool() undefined when iterable == total == None")
        return bool(self.iterable)

    def __len__(self):
        it = self.iterable
        if it is None:
            return self.total
        if hasattr(it, "shape"):
            return it.shape[0]
        if hasattr(it, "__len__"):
            return len(it)
        if hasattr(it, "__length_hint__"):
            return it.__length_hint__()
        return getattr(self, "total", None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def __str__(self):
        return self.format_meter(**self.format_dict)

    def __hash__(self):
        return id(self)

    def __iter__(self):
        """Yield the items; count each one when the next is asked for."""
        iterable = self.iterable
        if self.disable:
            for obj in iterable:
                yield obj
            return

        # locals: the loop may be tight
        mininterval = self.mininterval
        last_print_t = self.last_print_t
        last_print_n = self.last_print_n
        min_start_t = self.start_t + self.delay
        n = self.n
        clock = self._time
        try:
            for obj in iterable:
                yield obj
                n += 1
                if _emit is not None:  # self.n stays behind until the loop ends (as in tqdm)
                    self._say("progress.count", n)
                if n - last_print_n >= self.miniters:
                    cur_t = clock()
                    dt = cur_t - last_print_t
                    if dt >= mininterval and cur_t >= min_start_t:
                        self.update(n - last_print_n)
                        last_print_n = self.last_print_n
                        last_print_t = self.last_print_t
        finally:
            self.n = n
            self.close()

    # counting and drawing

    def update(self, n=1):
        """Add n to the count; redraw if due. True if it redrew."""
        if self.disable:
            return None
        if n < 0:
            self.last_print_n += n
        self.n += n
        self._say("progress.count")
        if self.n - self.last_print_n < self.miniters:
            return None
        cur_t = self._time()
        dt = cur_t - self.last_print_t
        if not (dt >= self.mininterval and cur_t >= self.start_t + self.delay):
            return None
        cur_t = self._time()
        dn = self.n - self.last_print_n
        if self.smoothing and dt and dn:
            self._ema_dn(dn)
            self._ema_dt(dt)
        self.refresh(lock_args=self.lock_args)
        if self.dynamic_miniters:
            # aim at one redraw per mininterval
            if self.maxinterval and dt >= self.maxinterval:
                self.miniters = dn * (self.mininterval or self.maxinterval) / dt
            elif self.smoothing:
                self.miniters = self._ema_miniters(
                    dn * (self.mininterval / dt if self.mininterval and dt else 1))
            else:
                self.miniters = max(self.miniters, dn)
        self.last_print_n = self.n
        self.last_print_t = cur_t
        return True

    def close(self):
        """Draw the final line and a newline (leave=True) or blank the line."""
        if self.disable:
            return
        self.disable = True
        self._say("progress.close")
        pos = abs(self.pos)
        self._decr_instances(self)
        if self.last_print_t < self.start_t + self.delay:
            return  # never shown
        try:
            self.fp.write("")
        except ValueError as e:
            if "closed" in str(e):
                return
            raise
        leave = pos == 0 if self.leave is None else self.leave
        if leave:
            self._closing = True
            self.display(pos=0)
            self.fp.write("\n")
        elif self.display(msg="", pos=pos) and not pos:
            self.fp.write("\r")

    def clear(self, nolock=False):
        """Blank the bar's line."""
        if self.disable:
            return
        pos = abs(self.pos)
        if pos < (self.nrows or 20):
            self.moveto(pos)
            self.sp("")
            self.fp.write("\r")
            self.moveto(-pos)

    def refresh(self, nolock=False, lock_args=None):
        """Redraw now."""
        if self.disable:
            return None
        self.display()
        return True

    def unpause(self):
        """Restart the timer from the last redraw (leaves out a pause)."""
        if self.disable:
            return
        cur_t = self._time()
        self.start_t += cur_t - self.last_print_t
        self.last_print_t = cur_t

    def reset(self, total=None):
        """Back to 0 (optionally with a new total), timer restarted."""
        self.n = 0
        if total is not None:
            self.total = total
        if self.disable:
            return
        self._say("progress.count", total=self.total)
        self.last_print_n = 0
        self.last_print_t = self.start_t = self._time()
        self._ema_dn = EMA(self.smoothing)
        self._ema_dt = EMA(self.smoothing)
        self._ema_miniters = EMA(self.smoothing)
        self.refresh()

    def set_description(self, desc=None, refresh=True):
        """Prefix 'desc: '."""
        self.desc = desc + ": " if desc else ""
        if refresh:
            self.refresh()

    def set_description_str(self, desc=None, refresh=True):
        """Prefix desc as it is."""
        self.desc = desc or ""
        if refresh:
            self.refresh()

    def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        """Suffix 'k1=v1, k2=v2' (kwargs sorted by name; numbers as .3g)."""
        postfix = dict([] if ordered_dict is None else ordered_dict)
        for key in sorted(kwargs):
            postfix[key] = kwargs[key]
        parts = []
        for key in postfix:
            value = postfix[key]
            if _is_number(value):
                value = self.format_num(value)
            elif not isinstance(value, str):
                value = str(value)
            parts.append(key + "=" + value.strip())
        self.postfix = ", ".join(parts)
        if refresh:
            self.refresh()

    def set_postfix_str(self, s="", refresh=True):
        """Suffix s as it is."""
        self.postfix = str(s)
        if refresh:
            self.refresh()

    def moveto(self, n):
        """Cursor n lines down (n < 0: up)."""
        self.fp.write("\n" * n + "\x1b[A" * -n)
        flush = getattr(self.fp, "flush", None)
        if flush is not None:
            flush()

    @property
    def format_dict(self):
        """The arguments of format_meter for the bar as it is now."""
        if self.disable and not hasattr(self, "unit"):
            return {"n": self.n, "total": self.total, "elapsed": 0, "unit": "it"}
        if self.dynamic_ncols:
            self.ncols = self.nrows = None
        if self._closing:
            rate = None
        else:
            dt = self._ema_dt()
            rate = self._ema_dn() / dt if dt else None
        return {
            "n": self.n, "total": self.total,
            "elapsed": self._time() - self.start_t if hasattr(self, "start_t") else 0,
            "ncols": self.ncols, "nrows": self.nrows, "prefix": self.desc,
            "ascii": self.ascii, "unit": self.unit, "unit_scale": self.unit_scale,
            "rate": rate, "bar_format": self.bar_format, "postfix": self.postfix,
            "unit_divisor": self.unit_divisor, "initial": self.initial,
            "colour": self.colour}

    def display(self, msg=None, pos=None):
        """Show msg (default: the bar) on line pos (default: the bar's)."""
        if pos is None:
            pos = abs(self.pos)
        nrows = self.nrows or 20
        if pos >= nrows - 1:
            if pos >= nrows:
                return False
            if msg or msg is None:
                msg = " ... (more hidden) ..."
        if pos:
            self.moveto(pos)
        self.sp(self.__str__() if msg is None else msg)
        if pos:
            self.moveto(-pos)
        return True


def trange(*args, **kwargs):
    """tqdm(range(*args), **kwargs)"""
    return tqdm(range(*args), **kwargs)
