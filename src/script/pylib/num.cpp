// Python-exact number routines; see num.h.
#include "script/pylib/num.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "script/pylib/format.h"
#include "script/pylib/unicode.h"
#include "script/pylib/utf8.h"

#ifndef FMT_HEADER_ONLY
#define FMT_HEADER_ONLY
#endif
#include <fmt/format.h>

namespace ts::py {

const char* err_name(Err e) {
  switch (e) {
    case Err::None: return "";
    case Err::ValueError: return "ValueError";
    case Err::TypeError: return "TypeError";
    case Err::ZeroDivisionError: return "ZeroDivisionError";
    case Err::OverflowError: return "OverflowError";
    case Err::IndexError: return "IndexError";
    case Err::IntOverflow: return "OverflowError";
    case Err::Raised: return "";
  }
  return "";
}

// ---- digits -------------------------------------------------------------------

void shortest_digits(double x, std::string& digits, int& decpt) {
  if (x == 0 || !std::isfinite(x)) { digits = "0"; decpt = 1; return; }
  auto dec = fmt::detail::dragonbox::to_decimal(std::fabs(x));
  uint64_t sig = dec.significand;
  int exp = dec.exponent;
  while (sig % 10 == 0) { sig /= 10; ++exp; }
  digits = std::to_string(sig);
  decpt = exp + static_cast<int>(digits.size());
}

std::string float_repr(double x) { return double_to_string(x, 'r', 0, false, true, false, false); }

std::string int_str(int64_t v) { return std::to_string(v); }

// ---- parsing ------------------------------------------------------------------

namespace {

std::string_view strip_py_space(std::string_view s) {
  // leading
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    if (!unicode::is_space(utf8::next(s, j))) break;
    i = j;
  }
  s.remove_prefix(i);
  // trailing: scan forward remembering the end of the last non-space
  size_t end = 0, k = 0;
  while (k < s.size()) {
    uint32_t c = utf8::next(s, k);
    if (!unicode::is_space(c)) end = k;
  }
  return s.substr(0, end);
}

// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits -> '0'..'9',
// Unicode spaces -> ' ', any other non-ASCII character -> '?'.
std::string to_ascii_decimal(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    uint32_t c = utf8::next(s, i);
    if (c < 0x80) { r += static_cast<char>(c); continue; }
    if (unicode::is_space(c)) { r += ' '; continue; }
    int d = unicode::decimal_value(c);
    r += d >= 0 ? static_cast<char>('0' + d) : '?';
  }
  return r;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

std::string truncated_repr(std::string_view text, size_t maxcp) {
  std::string r = str_repr(text);
  // %.200R: truncate to maxcp code points
  size_t i = 0, n = 0;
  while (i < r.size() && n < maxcp) { utf8::next(r, i); ++n; }
  return r.substr(0, i);
}

enum class IntParse { Ok, Invalid, Overflow };

// Core of int(): s already stripped. base 0 or 2..36. literal: forbid
// leading zeros (base 0 semantics) is handled by base 0.
IntParse parse_int_core(std::string_view s, int base, int64_t* out) {
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; ++i; }
  bool prefixed = false;
  if (i + 1 < s.size() && s[i] == '0') {
    char p = static_cast<char>(s[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) { base = pb; i += 2; prefixed = true; }
  }
  bool base0 = false;
  if (base == 0) { base = 10; base0 = true; }
  if (i >= s.size()) return IntParse::Invalid;
  // underscores: allowed between digits, and directly after a prefix
  uint64_t mag = 0;
  bool overflow = false, any = false;
  char prev = prefixed ? 'p' : 's';  // p prefix, s start, d digit, u underscore
  bool nonzero_lead = false, first_digit_zero = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (prev != 'd' && prev != 'p') return IntParse::Invalid;
      prev = 'u';
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return IntParse::Invalid;
    if (!any) first_digit_zero = d == 0;
    if (d) nonzero_lead = true;
    any = true;
    prev = 'd';
    if (!overflow) {
      if (mag > (UINT64_MAX - d) / base) overflow = true;
      else mag = mag * base + d;
    }
  }
  if (!any || prev == 'u') return IntParse::Invalid;
  // base 0 decimal: "010" invalid, "000" fine
  if (base0 && base == 10 && first_digit_zero && nonzero_lead) return IntParse::Invalid;
  uint64_t lim = neg ? (uint64_t(1) << 63) : (uint64_t(1) << 63) - 1;
  if (overflow || mag > lim) return IntParse::Overflow;
  *out = neg ? static_cast<int64_t>(0 - mag) : static_cast<int64_t>(mag);
  return IntParse::Ok;
}

// Validates Python float syntax (no whitespace) and returns the string with
// underscores removed, or false.
bool float_syntax(std::string_view s, std::string* clean, bool allow_sign) {
  size_t i = 0;
  clean->clear();
  if (allow_sign && i < s.size() && (s[i] == '+' || s[i] == '-')) clean->push_back(s[i++]);
  auto digits = [&](bool& any) {
    bool last_us = false;
    any = false;
    while (i < s.size()) {
      char c = s[i];
      if (c >= '0' && c <= '9') { clean->push_back(c); any = true; last_us = false; ++i; continue; }
      if (c == '_') {
        if (!any || last_us) return false;
        last_us = true;
        ++i;
        continue;
      }
      break;
    }
    return !last_us;
  };
  bool int_any = false, frac_any = false;
  if (!digits(int_any)) return false;
  if (i < s.size() && s[i] == '.') {
    clean->push_back('.');
    ++i;
    if (!digits(frac_any)) return false;
  }
  if (!int_any && !frac_any) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean->push_back('e');
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean->push_back(s[i++]);
    bool exp_any = false;
    if (!digits(exp_any) || !exp_any) return false;
  }
  return i == s.size();
}

bool ieq(std::string_view a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    if ((a[i] | 0x20) != b[i]) return false;
  return true;
}

}  // namespace

Result<int64_t> parse_int(std::string_view text, int base) {
  if (base != 0 && (base < 2 || base > 36))
    return Result<int64_t>::fail(Err::ValueError, "int() base must be >= 2 and <= 36, or 0");
  std::string ascii = to_ascii_decimal(text);
  std::string_view s = strip_py_space(ascii);
  int64_t v = 0;
  switch (parse_int_core(s, base, &v)) {
    case IntParse::Ok: return Result<int64_t>::good(v);
    case IntParse::Overflow: return Result<int64_t>::fail(Err::IntOverflow, "integer overflow");
    case IntParse::Invalid: break;
  }
  return Result<int64_t>::fail(Err::ValueError, "invalid literal for int() with base " +
                                                    std::to_string(base) + ": " +
                                                    truncated_repr(text, 200));
}

// Floats are unboxed, so identity (`is`, and the identity shortcut of `in`,
// list ==, dict and set lookups) compares bits. CPython makes a new object
// for every float('nan'), so two of them are never identical: each gets its
// own payload (quiet NaN, a nonzero counter in the low 51 bits).
double fresh_nan(bool neg) {
  static uint64_t counter = 0;
  counter = (counter + 1) & ((uint64_t(1) << 51) - 1);
  if (counter == 0) counter = 1;
  uint64_t bits = 0x7ff8000000000000ull | counter | (neg ? 0x8000000000000000ull : 0);
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

Result<double> parse_float(std::string_view text) {
  std::string ascii = to_ascii_decimal(text);
  std::string_view s = strip_py_space(ascii);
  auto bad = [&] {
    return Result<double>::fail(Err::ValueError,
                                "could not convert string to float: " + str_repr(text));
  };
  std::string_view body = s;
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) { neg = body[0] == '-'; body.remove_prefix(1); }
  if (ieq(body, "inf") || ieq(body, "infinity"))
    return Result<double>::good(neg ? -INFINITY : INFINITY);
  if (ieq(body, "nan")) return Result<double>::good(fresh_nan(neg));
  std::string clean;
  if (!float_syntax(s, &clean, true)) return bad();
  return Result<double>::good(std::strtod(clean.c_str(), nullptr));
}

Result<int64_t> parse_int_literal(std::string_view tok) {
  int64_t v = 0;
  switch (parse_int_core(tok, 0, &v)) {
    case IntParse::Ok: return Result<int64_t>::good(v);
    case IntParse::Overflow: return Result<int64_t>::fail(Err::IntOverflow, "integer overflow");
    case IntParse::Invalid: break;
  }
  return Result<int64_t>::fail(Err::ValueError, "invalid integer literal " + std::string(tok));
}

Result<double> parse_float_literal(std::string_view tok) {
  std::string clean;
  if (!float_syntax(tok, &clean, false))
    return Result<double>::fail(Err::ValueError, "invalid float literal " + std::string(tok));
  return Result<double>::good(std::strtod(clean.c_str(), nullptr));
}

// ---- int arithmetic -------------------------------------------------------------

bool checked_add(int64_t a, int64_t b, int64_t* out) { return !__builtin_add_overflow(a, b, out); }
bool checked_sub(int64_t a, int64_t b, int64_t* out) { return !__builtin_sub_overflow(a, b, out); }
bool checked_mul(int64_t a, int64_t b, int64_t* out) { return !__builtin_mul_overflow(a, b, out); }
bool checked_neg(int64_t a, int64_t* out) { return !__builtin_sub_overflow(int64_t(0), a, out); }
bool checked_abs(int64_t a, int64_t* out) {
  if (a >= 0) { *out = a; return true; }
  return checked_neg(a, out);
}

bool checked_pow(int64_t a, int64_t b, int64_t* out) {
  if (b < 0) return false;
  int64_t result = 1, base = a;
  while (b) {
    if (b & 1) {
      if (!checked_mul(result, base, &result)) return false;
    }
    b >>= 1;
    if (b && !checked_mul(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

Result<int64_t> int_lshift(int64_t a, int64_t b) {
  if (b < 0) return Result<int64_t>::fail(Err::ValueError, "negative shift count");
  if (a == 0) return Result<int64_t>::good(0);
  if (b >= 64) return Result<int64_t>::fail(Err::IntOverflow, "integer overflow");
  int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
  if ((r >> b) != a) return Result<int64_t>::fail(Err::IntOverflow, "integer overflow");
  return Result<int64_t>::good(r);
}

Result<int64_t> int_rshift(int64_t a, int64_t b) {
  if (b < 0) return Result<int64_t>::fail(Err::ValueError, "negative shift count");
  if (b >= 63) return Result<int64_t>::good(a < 0 ? -1 : 0);
  return Result<int64_t>::good(a >> b);
}

Result<int64_t> int_floordiv(int64_t a, int64_t b) {
  if (b == 0) return Result<int64_t>::fail(Err::ZeroDivisionError, "integer division or modulo by zero");
  if (a == INT64_MIN && b == -1) return Result<int64_t>::fail(Err::IntOverflow, "integer overflow");
  int64_t q = a / b, r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) --q;
  return Result<int64_t>::good(q);
}

Result<int64_t> int_mod(int64_t a, int64_t b) {
  if (b == 0) return Result<int64_t>::fail(Err::ZeroDivisionError, "integer modulo by zero");
  if (b == -1) return Result<int64_t>::good(0);
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return Result<int64_t>::good(r);
}

Result<double> int_truediv(int64_t a, int64_t b) {
  if (b == 0) return Result<double>::fail(Err::ZeroDivisionError, "division by zero");
  const int64_t lim = int64_t(1) << 53;
  if (a >= -lim && a <= lim && b >= -lim && b <= lim)
    return Result<double>::good(static_cast<double>(a) / static_cast<double>(b));
  bool neg = (a < 0) != (b < 0);
  uint64_t ua = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  uint64_t ub = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
  if (ua == 0) return Result<double>::good(neg ? -0.0 : 0.0);
  int la = 64 - __builtin_clzll(ua), lb = 64 - __builtin_clzll(ub);
  int shift = 64 + lb - la;  // numerator bits = 64 + lb <= 128
  unsigned __int128 n = static_cast<unsigned __int128>(ua) << shift;
  unsigned __int128 q = n / ub;
  bool sticky = (n % ub) != 0;
  // q has 64 or 65 bits; round to 53 significant bits, half-even with sticky
  int qbits = 0;
  for (unsigned __int128 t = q; t; t >>= 1) ++qbits;
  int drop = qbits - 53;
  unsigned __int128 mant = q >> drop;
  unsigned __int128 rem = q & ((static_cast<unsigned __int128>(1) << drop) - 1);
  unsigned __int128 half = static_cast<unsigned __int128>(1) << (drop - 1);
  if (rem > half || (rem == half && (sticky || (mant & 1)))) ++mant;
  double r = std::ldexp(static_cast<double>(static_cast<uint64_t>(mant)), drop - shift);
  return Result<double>::good(neg ? -r : r);
}

Result<IntPow> int_pow(int64_t a, int64_t b) {
  IntPow p;
  if (b < 0) {
    auto f = float_pow(static_cast<double>(a), static_cast<double>(b));
    if (!f) return Result<IntPow>::fail(f.err, f.msg);
    p.is_float = true;
    p.f = f.value;
    return Result<IntPow>::good(p);
  }
  if (!checked_pow(a, b, &p.i)) return Result<IntPow>::fail(Err::IntOverflow, "integer overflow");
  return Result<IntPow>::good(p);
}

// ---- float arithmetic ---------------------------------------------------------

Result<double> float_truediv(double a, double b) {
  if (b == 0.0) return Result<double>::fail(Err::ZeroDivisionError, "float division by zero");
  return Result<double>::good(a / b);
}

namespace {
void py_divmod(double vx, double wx, double* floordiv, double* modp) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double fd;
  if (div) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *modp = mod;
}
}  // namespace

Result<double> float_floordiv(double a, double b) {
  if (b == 0.0) return Result<double>::fail(Err::ZeroDivisionError, "float floor division by zero");
  double q, r;
  py_divmod(a, b, &q, &r);
  return Result<double>::good(q);
}

Result<double> float_mod(double a, double b) {
  if (b == 0.0) return Result<double>::fail(Err::ZeroDivisionError, "float modulo");
  double mod = std::fmod(a, b);
  if (mod) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return Result<double>::good(mod);
}

Result<FloatDivmod> float_divmod(double a, double b) {
  if (b == 0.0) return Result<FloatDivmod>::fail(Err::ZeroDivisionError, "float divmod()");
  FloatDivmod d;
  py_divmod(a, b, &d.q, &d.r);
  return Result<FloatDivmod>::good(d);
}

namespace {
bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }
}  // namespace

Result<double> float_pow(double iv, double iw) {
  auto ok = [](double v) { return Result<double>::good(v); };
  if (iw == 0) return ok(1.0);
  if (std::isnan(iv)) return ok(iv);
  if (std::isnan(iw)) return ok(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return ok(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return ok(std::fabs(iw));
    return ok(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return ok(odd ? iv : std::fabs(iv));
    return ok(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0)
      return Result<double>::fail(Err::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return ok(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw))
      return Result<double>::fail(Err::TypeError, "complex results are not supported");
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return ok(negate ? -1.0 : 1.0);
  double ix = std::pow(iv, iw);
  if (std::isinf(ix))
    return Result<double>::fail(Err::OverflowError, "(34, 'Numerical result out of range')");
  return ok(negate ? -ix : ix);
}

// ---- conversions -----------------------------------------------------------------

Result<int64_t> float_to_int(double x) {
  if (std::isinf(x))
    return Result<int64_t>::fail(Err::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(x)) return Result<int64_t>::fail(Err::ValueError, "cannot convert float NaN to integer");
  if (x >= 9223372036854775808.0 || x < -9223372036854775808.0)
    return Result<int64_t>::fail(Err::IntOverflow, "integer overflow");
  return Result<int64_t>::good(static_cast<int64_t>(x));
}

int cmp_int_float(int64_t i, double d) {
  if (std::isnan(d)) return 2;
  if (d >= 9223372036854775808.0) return -1;
  if (d < -9223372036854775808.0) return 1;
  double t = std::trunc(d);
  int64_t ti = static_cast<int64_t>(t);
  if (i < ti) return -1;
  if (i > ti) return 1;
  double frac = d - t;
  if (frac > 0) return -1;
  if (frac < 0) return 1;
  return 0;
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

// ---- round ----------------------------------------------------------------------

Result<int64_t> round_float(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return float_to_int(rounded);
}

Result<double> round_float_ndigits(double x, int64_t ndigits) {
  if (!std::isfinite(x)) return Result<double>::good(x);
  const int64_t NDIGITS_MAX = static_cast<int>((53 - (-1021)) * 0.30103);
  const int64_t NDIGITS_MIN = -static_cast<int>((1024 + 1) * 0.30103);
  if (ndigits > NDIGITS_MAX) return Result<double>::good(x);
  if (ndigits < NDIGITS_MIN) return Result<double>::good(0.0 * x);
  // Exact decimal expansion of |x| (every double has one with <= 1074 fraction digits).
  double ax = std::fabs(x);
  int n = std::snprintf(nullptr, 0, "%.1074f", ax);
  std::string buf(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(buf.data(), buf.size(), "%.1074f", ax);
  buf.resize(static_cast<size_t>(n));
  size_t dot = buf.find('.');
  std::string all = buf.substr(0, dot) + buf.substr(dot + 1);
  int64_t intlen = static_cast<int64_t>(dot);
  // keep digits all[0 : intlen + ndigits]
  int64_t keep = intlen + ndigits;
  std::string kept;
  bool up = false;
  if (keep < 0) {
    kept = "0";
  } else {
    kept = all.substr(0, static_cast<size_t>(keep));
    std::string_view rest(all);
    rest.remove_prefix(static_cast<size_t>(keep));
    if (!rest.empty()) {
      if (rest[0] > '5') up = true;
      else if (rest[0] == '5') {
        bool more = rest.find_first_not_of('0', 1) != std::string_view::npos;
        if (more) up = true;
        else {
          int last = kept.empty() ? 0 : kept.back() - '0';
          up = (last & 1) != 0;
        }
      }
    }
    if (kept.empty()) kept = "0";
  }
  if (up) {
    int k = static_cast<int>(kept.size()) - 1;
    while (k >= 0 && kept[k] == '9') { kept[k] = '0'; --k; }
    if (k < 0) kept.insert(kept.begin(), '1');
    else kept[k]++;
  }
  std::string s = (std::signbit(x) ? "-" : "") + kept + "e" + std::to_string(-ndigits);
  errno = 0;
  double r = std::strtod(s.c_str(), nullptr);
  if (std::isinf(r)) return Result<double>::fail(Err::OverflowError, "rounded value too large to represent");
  return Result<double>::good(r);
}

Result<int64_t> round_int_ndigits(int64_t i, int64_t ndigits) {
  if (ndigits >= 0) return Result<int64_t>::good(i);
  if (ndigits < -19) return Result<int64_t>::good(0);
  uint64_t pow10 = 1;
  for (int64_t k = 0; k < -ndigits; ++k) pow10 *= 10;
  // q, r = divmod(i, pow10) with Python floor semantics, on 128-bit
  __int128 I = i, P = static_cast<__int128>(pow10);
  __int128 q = I / P, r = I % P;
  if (r < 0) { r += P; --q; }
  // round half to even
  __int128 twice = 2 * r;
  if (twice > P || (twice == P && (q & 1))) ++q;
  __int128 res = q * P;
  if (res > INT64_MAX || res < INT64_MIN) return Result<int64_t>::fail(Err::IntOverflow, "integer overflow");
  return Result<int64_t>::good(static_cast<int64_t>(res));
}

std::string ascii_decimal(std::string_view s) { return to_ascii_decimal(s); }

}  // namespace ts::py
