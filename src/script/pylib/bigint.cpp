// Python's arbitrary-precision int; see bigint.h. Algorithms follow CPython
// 3.11's Objects/longobject.c where the result is observable (rounding of
// int -> float and int / int, hashing, string limits).
#include "script/pylib/bigint.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "script/pylib/format.h"
#include "script/pylib/hash.h"

namespace ts::py {

using Mag = std::vector<uint32_t>;

namespace {

constexpr uint64_t kB = uint64_t(1) << 32;

void trim_mag(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

int clz32(uint32_t x) { return x ? __builtin_clz(x) : 32; }

int64_t mag_bits(const Mag& m) {
  if (m.empty()) return 0;
  return static_cast<int64_t>(m.size() - 1) * 32 + (32 - clz32(m.back()));
}

int cmp_mag(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

Mag add_mag(const Mag& a, const Mag& b) {
  const Mag& x = a.size() >= b.size() ? a : b;
  const Mag& y = a.size() >= b.size() ? b : a;
  Mag r(x.size() + 1);
  uint64_t c = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    uint64_t t = uint64_t(x[i]) + (i < y.size() ? y[i] : 0) + c;
    r[i] = static_cast<uint32_t>(t);
    c = t >> 32;
  }
  r[x.size()] = static_cast<uint32_t>(c);
  trim_mag(r);
  return r;
}

// a - b, requires a >= b
Mag sub_mag(const Mag& a, const Mag& b) {
  Mag r(a.size());
  uint64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t t = uint64_t(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    r[i] = static_cast<uint32_t>(t);
    borrow = (t >> 63) & 1;
  }
  trim_mag(r);
  return r;
}

Mag mul_mag(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t c = 0;
    uint64_t ai = a[i];
    if (!ai) continue;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = ai * b[j] + r[i + j] + c;  // < 2^64
      r[i + j] = static_cast<uint32_t>(t);
      c = t >> 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(c);
  }
  trim_mag(r);
  return r;
}

// m = m * k + add (in place)
void mul_small_add(Mag& m, uint32_t k, uint32_t add) {
  uint64_t c = add;
  for (auto& d : m) {
    uint64_t t = uint64_t(d) * k + c;
    d = static_cast<uint32_t>(t);
    c = t >> 32;
  }
  if (c) m.push_back(static_cast<uint32_t>(c));
}

// m /= d in place, returns remainder
uint32_t div_small(Mag& m, uint32_t d) {
  uint64_t r = 0;
  for (size_t i = m.size(); i-- > 0;) {
    uint64_t cur = (r << 32) | m[i];
    m[i] = static_cast<uint32_t>(cur / d);
    r = cur % d;
  }
  trim_mag(m);
  return static_cast<uint32_t>(r);
}

Mag shl_mag(const Mag& a, int64_t bits) {
  if (a.empty()) return {};
  size_t limbs = static_cast<size_t>(bits / 32);
  int sh = static_cast<int>(bits % 32);
  Mag r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t t = uint64_t(a[i]) << sh;
    r[i + limbs] |= static_cast<uint32_t>(t);
    r[i + limbs + 1] |= static_cast<uint32_t>(t >> 32);
  }
  trim_mag(r);
  return r;
}

// a >> bits; *inexact set when any nonzero bit was shifted out.
Mag shr_mag(const Mag& a, int64_t bits, bool* inexact = nullptr) {
  size_t limbs = static_cast<size_t>(std::min<int64_t>(bits / 32, static_cast<int64_t>(a.size())));
  int sh = static_cast<int>(bits % 32);
  if (inexact) {
    bool lost = false;
    for (size_t i = 0; i < limbs && !lost; ++i) lost = a[i] != 0;
    if (!lost && sh && limbs < a.size()) lost = (a[limbs] & ((uint32_t(1) << sh) - 1)) != 0;
    *inexact = lost;
  }
  if (static_cast<int64_t>(limbs) * 32 + sh >= static_cast<int64_t>(a.size()) * 32) return {};
  Mag r(a.size() - limbs);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t lo = a[i + limbs];
    uint64_t hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
    r[i] = static_cast<uint32_t>(((hi << 32) | lo) >> sh);
  }
  trim_mag(r);
  return r;
}

// Knuth algorithm D: q = u / v, r = u % v. v nonzero.
void divmod_mag(const Mag& u, const Mag& v, Mag& q, Mag& r) {
  if (cmp_mag(u, v) < 0) { q.clear(); r = u; return; }
  if (v.size() == 1) {
    q = u;
    uint32_t rem = div_small(q, v[0]);
    r.clear();
    if (rem) r.push_back(rem);
    return;
  }
  size_t n = v.size(), m = u.size() - n;
  int s = clz32(v.back());
  Mag vn(n), un(u.size() + 1);
  for (size_t i = n; i-- > 0;)
    vn[i] = static_cast<uint32_t>((uint64_t(v[i]) << s) | (s && i ? (uint64_t(v[i - 1]) >> (32 - s)) : 0));
  un[u.size()] = s ? static_cast<uint32_t>(uint64_t(u.back()) >> (32 - s)) : 0;
  for (size_t i = u.size(); i-- > 0;)
    un[i] = static_cast<uint32_t>((uint64_t(u[i]) << s) | (s && i ? (uint64_t(u[i - 1]) >> (32 - s)) : 0));
  q.assign(m + 1, 0);
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (uint64_t(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
    while (qhat >= kB || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= kB) break;
    }
    uint64_t borrow = 0, carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i] + carry;
      carry = p >> 32;
      uint64_t t = uint64_t(un[i + j]) - (p & 0xFFFFFFFFu) - borrow;
      un[i + j] = static_cast<uint32_t>(t);
      borrow = (t >> 63) & 1;
    }
    uint64_t t = uint64_t(un[j + n]) - carry - borrow;
    un[j + n] = static_cast<uint32_t>(t);
    if (t >> 63) {
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t s2 = uint64_t(un[i + j]) + vn[i] + c;
        un[i + j] = static_cast<uint32_t>(s2);
        c = s2 >> 32;
      }
      un[j + n] = static_cast<uint32_t>(un[j + n] + c);
    }
    q[j] = static_cast<uint32_t>(qhat);
  }
  trim_mag(q);
  r.assign(n, 0);
  for (size_t i = 0; i < n; ++i)
    r[i] = static_cast<uint32_t>((uint64_t(un[i]) >> s) | (s ? (uint64_t(un[i + 1]) << (32 - s)) : 0));
  trim_mag(r);
}

// top 64 bits of m (m has > 64 bits), shifted right by (bits - 64), with a
// sticky bit OR-ed into bit 0 for anything below.
uint64_t top64_sticky(const Mag& m, int64_t bits) {
  bool inexact = false;
  Mag t = shr_mag(m, bits - 64, &inexact);
  uint64_t v = t.size() > 1 ? (uint64_t(t[1]) << 32) | t[0] : t[0];
  return v | (inexact ? 1 : 0);
}

uint64_t mag_u64(const Mag& m) {
  uint64_t v = 0;
  if (m.size() > 0) v = m[0];
  if (m.size() > 1) v |= uint64_t(m[1]) << 32;
  return v;
}

// int(text) strips Python whitespace after mapping Unicode digits/spaces.
std::string ascii_stripped(std::string_view s) {
  std::string r = ascii_decimal(s);
  auto sp = [](char c) { return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F); };
  size_t b = 0, e = r.size();
  while (b < e && sp(r[b])) ++b;
  while (e > b && sp(r[e - 1])) --e;
  return r.substr(b, e - b);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_pow2_base(int b) { return (b & (b - 1)) == 0; }

std::string to_str_limit_msg() {
  return "Exceeds the limit (4300 digits) for integer string conversion; "
         "use sys.set_int_max_str_digits() to increase the limit";
}

// s: stripped ASCII text. Mirrors PyLong_FromString's prefix handling and
// digit scan. Returns the number of digits in the scanned run when the
// 4300-digit limit would fire (CPython checks it before trailing garbage),
// else 0. When the text is a valid literal, fills *out_digits (the digits,
// underscores removed), *out_base, *out_neg.
int64_t scan_int_text(std::string_view s, int base, std::string* out_digits, int* out_base, bool* out_neg,
                      bool* valid) {
  *valid = false;
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; ++i; }
  auto at = [&](size_t k) -> char { return k < s.size() ? s[k] : '\0'; };
  bool error_if_nonzero = false;
  if (base == 0) {
    if (at(i) != '0') base = 10;
    else if (at(i + 1) == 'x' || at(i + 1) == 'X') base = 16;
    else if (at(i + 1) == 'o' || at(i + 1) == 'O') base = 8;
    else if (at(i + 1) == 'b' || at(i + 1) == 'B') base = 2;
    else { error_if_nonzero = true; base = 10; }
  }
  if (at(i) == '0' && ((base == 16 && (at(i + 1) == 'x' || at(i + 1) == 'X')) ||
                       (base == 8 && (at(i + 1) == 'o' || at(i + 1) == 'O')) ||
                       (base == 2 && (at(i + 1) == 'b' || at(i + 1) == 'B')))) {
    i += 2;
    if (at(i) == '_') ++i;
  }
  if (at(i) == '_') return 0;
  size_t start = i;
  int64_t digits = 0;
  char prev = 0;
  std::string d;
  while (i < s.size() && (digit_value(s[i]) < base || s[i] == '_')) {
    if (s[i] == '_') {
      if (prev == '_') return 0;
    } else {
      ++digits;
      d += s[i];
    }
    prev = s[i];
    ++i;
  }
  if (prev == '_') return 0;
  if (!is_pow2_base(base) && digits > BigInt::kMaxStrDigits) return digits;
  if (i == start || i != s.size()) return 0;
  if (error_if_nonzero) {
    for (char c : d)
      if (c != '0') return 0;
  }
  *valid = true;
  *out_digits = std::move(d);
  *out_base = base;
  *out_neg = neg;
  return 0;
}

Mag digits_to_mag(const std::string& d, int base) {
  Mag m;
  if (is_pow2_base(base)) {  // linear: pack bits from the least significant digit
    int bits = 0;
    while ((1 << bits) < base) ++bits;
    uint64_t acc = 0;
    int nacc = 0;
    for (size_t i = d.size(); i-- > 0;) {
      acc |= uint64_t(digit_value(d[i])) << nacc;
      nacc += bits;
      if (nacc >= 32) {
        m.push_back(static_cast<uint32_t>(acc));
        acc >>= 32;
        nacc -= 32;
      }
    }
    if (nacc) m.push_back(static_cast<uint32_t>(acc));
    trim_mag(m);
    return m;
  }
  // chunk: largest k with base^k < 2^32
  uint32_t chunk_mul = 1;
  int k = 0;
  while (uint64_t(chunk_mul) * base < kB) { chunk_mul *= base; ++k; }
  size_t i = 0;
  while (i < d.size()) {
    size_t take = std::min<size_t>(k, d.size() - i);
    uint32_t mulv = 1, val = 0;
    for (size_t t = 0; t < take; ++t) {
      mulv *= base;
      val = val * base + digit_value(d[i + t]);
    }
    mul_small_add(m, mulv, val);
    i += take;
  }
  trim_mag(m);
  return m;
}

}  // namespace

struct BigIntAccess {
  static BigInt make(bool neg, Mag m) {
    BigInt r;
    r.mag_ = std::move(m);
    r.neg_ = neg;
    r.trim();
    return r;
  }
  static const Mag& mag(const BigInt& b) { return b.mag_; }
};

namespace {
BigInt make(bool neg, Mag m) { return BigIntAccess::make(neg, std::move(m)); }
const Mag& M(const BigInt& b) { return BigIntAccess::mag(b); }
}  // namespace

void BigInt::trim() {
  trim_mag(mag_);
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_u64(uint64_t v, bool negative) {
  Mag m;
  if (v) m.push_back(static_cast<uint32_t>(v));
  if (v >> 32) m.push_back(static_cast<uint32_t>(v >> 32));
  return make(negative, std::move(m));
}

BigInt BigInt::from_limbs(std::vector<uint32_t> limbs) { return make(false, std::move(limbs)); }

BigInt BigInt::from_i64(int64_t v) {
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return from_u64(mag, v < 0);
}

bool BigInt::fits_i64() const {
  if (mag_.size() > 2) return false;
  uint64_t v = mag_u64(mag_);
  return neg_ ? v <= (uint64_t(1) << 63) : v < (uint64_t(1) << 63);
}

int64_t BigInt::to_i64() const {
  uint64_t v = mag_u64(mag_);
  return neg_ ? static_cast<int64_t>(0 - v) : static_cast<int64_t>(v);
}

// ---- parsing -------------------------------------------------------------------

Result<BigInt> BigInt::parse(std::string_view text, int base) {
  using R = Result<BigInt>;
  auto small = parse_int(text, base);
  // Leading zeros can push a small value over the digit limit.
  if (small.ok() && text.size() <= static_cast<size_t>(kMaxStrDigits)) return R::good(from_i64(small.value));
  if (!small.ok() && small.err != Err::IntOverflow && small.err != Err::ValueError) return R::fail(small.err, small.msg);
  if (base != 0 && (base < 2 || base > 36)) return R::fail(small.err, small.msg);
  std::string s = ascii_stripped(text);
  std::string digits;
  int b = 10;
  bool neg = false, valid = false;
  int64_t over = scan_int_text(s, base, &digits, &b, &neg, &valid);
  if (over)
    return R::fail(Err::ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                                        std::to_string(over) +
                                        " digits; use sys.set_int_max_str_digits() to increase the limit");
  if (small.ok()) return R::good(from_i64(small.value));
  if (small.err == Err::ValueError || !valid) return R::fail(small.err == Err::ValueError ? small.err : Err::ValueError,
                                                            small.err == Err::ValueError ? small.msg : "invalid literal");
  return R::good(make(neg, digits_to_mag(digits, b)));
}

Result<BigInt> BigInt::parse_literal(std::string_view tok) {
  using R = Result<BigInt>;
  auto small = parse_int_literal(tok);
  if (small.ok()) return R::good(from_i64(small.value));
  if (small.err != Err::IntOverflow) return R::fail(small.err, small.msg);
  std::string digits;
  int b = 10;
  bool neg = false, valid = false;
  int64_t over = scan_int_text(tok, 0, &digits, &b, &neg, &valid);
  if (over)
    return R::fail(Err::ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                                        std::to_string(over) +
                                        " digits; use sys.set_int_max_str_digits() to increase the limit - "
                                        "Consider hexadecimal for huge integer literals to avoid decimal "
                                        "conversion limits.");
  if (!valid) return R::fail(Err::ValueError, "invalid integer literal " + std::string(tok));
  return R::good(make(false, digits_to_mag(digits, b)));
}

// ---- strings ---------------------------------------------------------------------

std::string BigInt::to_string() const {
  if (mag_.empty()) return "0";
  Mag m = mag_;
  std::string rev;
  while (!m.empty()) {
    uint32_t r = div_small(m, 1000000000u);
    for (int k = 0; k < 9; ++k) {
      rev += static_cast<char>('0' + r % 10);
      r /= 10;
      if (m.empty() && r == 0) break;
    }
  }
  while (rev.size() > 1 && rev.back() == '0') rev.pop_back();
  if (neg_) rev += '-';
  std::reverse(rev.begin(), rev.end());
  return rev;
}

Result<std::string> BigInt::str() const {
  // Cheap pre-check: more than ~14300 bits surely exceeds 4300 digits.
  if (bit_length() > 14300) return Result<std::string>::fail(Err::ValueError, to_str_limit_msg());
  std::string s = to_string();
  if (s.size() - (neg_ ? 1 : 0) > static_cast<size_t>(kMaxStrDigits))
    return Result<std::string>::fail(Err::ValueError, to_str_limit_msg());
  return Result<std::string>::good(std::move(s));
}

std::string BigInt::to_base(int base, bool upper) const {
  if (base == 10) return to_string();
  if (mag_.empty()) return "0";
  const char* dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
  int64_t total = bit_length();
  std::string rev;
  for (int64_t pos = 0; pos < total; pos += bits) {
    uint32_t v = 0;
    for (int k = 0; k < bits; ++k) {
      int64_t b = pos + k;
      if (b >= total) break;
      v |= ((mag_[static_cast<size_t>(b / 32)] >> (b % 32)) & 1u) << k;
    }
    rev += dig[v];
  }
  if (neg_) rev += '-';
  std::reverse(rev.begin(), rev.end());
  return rev;
}

std::string BigInt::to_prefixed(int base) const {
  std::string d = abs().to_base(base, false);
  const char* p = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  return (neg_ ? "-" : "") + std::string(p) + d;
}

// ---- float conversion ------------------------------------------------------------

Result<double> BigInt::to_double() const {
  int64_t bits = bit_length();
  double d;
  if (bits <= 64) {
    d = static_cast<double>(mag_u64(mag_));  // correctly rounded
  } else {
    if (bits > 1024) return Result<double>::fail(Err::OverflowError, "int too large to convert to float");
    uint64_t top = top64_sticky(mag_, bits);
    d = std::ldexp(static_cast<double>(top), static_cast<int>(bits - 64));
    if (std::isinf(d)) return Result<double>::fail(Err::OverflowError, "int too large to convert to float");
  }
  return Result<double>::good(neg_ ? -d : d);
}

Result<BigInt> BigInt::from_double(double x) {
  using R = Result<BigInt>;
  if (std::isinf(x)) return R::fail(Err::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(x)) return R::fail(Err::ValueError, "cannot convert float NaN to integer");
  double t = std::trunc(x);
  bool neg = t < 0;
  t = std::fabs(t);
  if (t < 18446744073709551616.0) return R::good(from_u64(static_cast<uint64_t>(t), neg));
  int e = 0;
  double fr = std::frexp(t, &e);  // t = fr * 2^e, fr in [0.5, 1)
  uint64_t mant = static_cast<uint64_t>(std::ldexp(fr, 53));
  BigInt r = from_u64(mant, false);
  return R::good(make(neg, shl_mag(M(r), e - 53)));
}

// ---- arithmetic ---------------------------------------------------------------------

BigInt BigInt::add(const BigInt& o) const {
  if (neg_ == o.neg_) return make(neg_, add_mag(mag_, o.mag_));
  int c = cmp_mag(mag_, o.mag_);
  if (c == 0) return BigInt();
  if (c > 0) return make(neg_, sub_mag(mag_, o.mag_));
  return make(o.neg_, sub_mag(o.mag_, mag_));
}

BigInt BigInt::sub(const BigInt& o) const { return add(o.neg()); }

Result<BigInt> BigInt::mul(const BigInt& o) const {
  if (mag_bits(mag_) + mag_bits(o.mag_) > kMaxBits + 1) {
    if (!is_zero() && !o.is_zero()) return bigint_size_error<BigInt>();
  }
  if (mag_.size() > 2 && o.mag_.size() > 2 &&
      !bigint_charge(double(mag_.size()) * double(o.mag_.size()), 4.0 * double(mag_.size() + o.mag_.size())))
    return bigint_raised<BigInt>();
  BigInt r = make(neg_ != o.neg_, mul_mag(mag_, o.mag_));
  if (r.bit_length() > kMaxBits) return bigint_size_error<BigInt>();
  return Result<BigInt>::good(std::move(r));
}

BigInt BigInt::neg() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

Result<std::pair<BigInt, BigInt>> BigInt::divmod(const BigInt& o) const {
  using R = Result<std::pair<BigInt, BigInt>>;
  if (o.is_zero()) return R::fail(Err::ZeroDivisionError, "integer division or modulo by zero");
  Mag q, r;
  divmod_mag(mag_, o.mag_, q, r);
  BigInt Q = make(neg_ != o.neg_, std::move(q));
  BigInt Rm = make(neg_, std::move(r));
  if (!Rm.is_zero() && neg_ != o.neg_) {
    Q = Q.sub(from_i64(1));
    Rm = Rm.add(o);
  }
  return R::good({std::move(Q), std::move(Rm)});
}

Result<BigInt> BigInt::floordiv(const BigInt& o) const {
  auto r = divmod(o);
  if (!r) return Result<BigInt>::fail(r.err, r.msg);
  return Result<BigInt>::good(std::move(r.value.first));
}

Result<BigInt> BigInt::mod(const BigInt& o) const {
  if (o.is_zero()) return Result<BigInt>::fail(Err::ZeroDivisionError, "integer modulo by zero");
  auto r = divmod(o);
  return Result<BigInt>::good(std::move(r.value.second));
}

Result<double> BigInt::truediv(const BigInt& o) const {
  using R = Result<double>;
  constexpr int kMantDig = 53, kMaxExp = 1024, kMinExp = -1021;
  if (o.is_zero()) return R::fail(Err::ZeroDivisionError, "division by zero");
  bool negate = neg_ != o.neg_;
  if (is_zero()) return R::good(negate ? -0.0 : 0.0);
  int64_t a_bits = bit_length(), b_bits = o.bit_length();
  // Fast path: both exactly representable.
  if (a_bits <= kMantDig && b_bits <= kMantDig) {
    double da = static_cast<double>(mag_u64(mag_)), db = static_cast<double>(mag_u64(o.mag_));
    double r = da / db;
    return R::good(negate ? -r : r);
  }
  int64_t diff = a_bits - b_bits;
  if (diff > kMaxExp) return R::fail(Err::OverflowError, "integer division result too large for a float");
  if (diff < kMinExp - kMantDig - 1) return R::good(negate ? -0.0 : 0.0);
  int64_t shift = std::max<int64_t>(diff, kMinExp) - kMantDig - 2;
  bool inexact = false;
  Mag x;
  if (shift <= 0) x = shl_mag(mag_, -shift);
  else x = shr_mag(mag_, shift, &inexact);
  Mag q, r;
  divmod_mag(x, o.mag_, q, r);
  if (!r.empty()) inexact = true;
  int64_t x_bits = mag_bits(q);
  int64_t extra_bits = std::max<int64_t>(x_bits, kMinExp - shift) - kMantDig;
  // q has at most 57 bits here
  uint64_t low = mag_u64(q) | (inexact ? 1 : 0);
  uint64_t mask = uint64_t(1) << (extra_bits - 1);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  double dx = static_cast<double>(low);
  if (shift + x_bits >= kMaxExp &&
      (shift + x_bits > kMaxExp || dx == std::ldexp(1.0, static_cast<int>(x_bits))))
    return R::fail(Err::OverflowError, "integer division result too large for a float");
  double res = std::ldexp(dx, static_cast<int>(shift));
  return R::good(negate ? -res : res);
}

Result<BigInt> BigInt::pow(const BigInt& exp) const {
  using R = Result<BigInt>;
  if (exp.neg_) return R::fail(Err::TypeError, "negative exponent");
  if (exp.is_zero()) return R::good(from_i64(1));
  if (is_zero()) return R::good(BigInt());
  if (mag_.size() == 1 && mag_[0] == 1) return R::good(neg_ && exp.is_odd() ? from_i64(-1) : from_i64(1));
  // |self| >= 2: result has at least (bits-1)*e + 1 bits
  if (!exp.fits_i64()) return bigint_size_error<BigInt>();
  int64_t e = exp.to_i64();
  int64_t bits = bit_length();
  if (e > kMaxBits || double(bits - 1) * double(e) + 1 > double(kMaxBits)) return bigint_size_error<BigInt>();
  // The result's size is known: refused up front when the heap cannot hold it.
  if (!bigint_charge(0, (double(bits - 1) * double(e) + 1) / 8)) return bigint_raised<BigInt>();
  Mag result{1}, base = mag_;
  while (true) {
    if (e & 1) {
      if (!bigint_charge(double(result.size()) * double(base.size()), 0)) return bigint_raised<BigInt>();
      result = mul_mag(result, base);
    }
    e >>= 1;
    if (!e) break;
    if (!bigint_charge(double(base.size()) * double(base.size()), 0)) return bigint_raised<BigInt>();
    base = mul_mag(base, base);
  }
  BigInt r = make(neg_ && exp.is_odd(), std::move(result));
  if (r.bit_length() > kMaxBits) return bigint_size_error<BigInt>();
  return R::good(std::move(r));
}

Result<double> BigInt::pow_float(const BigInt& exp) const {
  auto a = to_double();
  if (!a) return a;
  auto b = exp.to_double();
  if (!b) return b;
  return float_pow(a.value, b.value);
}

Result<BigInt> BigInt::pow_mod(const BigInt& exp, const BigInt& modulus) const {
  using R = Result<BigInt>;
  if (modulus.is_zero()) return R::fail(Err::ValueError, "pow() 3rd argument cannot be 0");
  Mag c = modulus.mag_;
  bool negative_output = modulus.neg_;
  BigInt C = make(false, c);
  // base reduced into [0, c)
  BigInt a = mod(C).value;
  Mag e = exp.mag_;
  if (exp.neg_) {
    // modular inverse of a (extended Euclid)
    BigInt r0 = C, r1 = a, t0, t1 = from_i64(1);
    while (!r1.is_zero()) {
      auto qr = r0.divmod(r1).value;
      BigInt t2 = t0.sub(qr.first.mul(t1).value);
      r0 = std::move(r1);
      r1 = std::move(qr.second);
      t0 = std::move(t1);
      t1 = std::move(t2);
    }
    if (!(r0.mag_.size() == 1 && r0.mag_[0] == 1) && !(C.mag_.size() == 1 && C.mag_[0] == 1))
      return R::fail(Err::ValueError, "base is not invertible for the given modulus");
    a = t0.mod(C).value;
  }
  if (c.size() == 1 && c[0] == 1) return R::good(BigInt());
  Mag result{1}, base = a.mag_, q, r;
  int64_t ebits = mag_bits(e);
  for (int64_t i = ebits; i-- > 0;) {
    Mag sq = mul_mag(result, result);
    divmod_mag(sq, c, q, result);
    if ((e[static_cast<size_t>(i / 32)] >> (i % 32)) & 1) {
      Mag pr = mul_mag(result, base);
      divmod_mag(pr, c, q, result);
    }
  }
  BigInt z = make(false, std::move(result));
  if (ebits == 0) z = from_i64(1).mod(C).value;
  if (negative_output && !z.is_zero()) z = z.sub(C);
  return R::good(std::move(z));
}

BigInt BigInt::gcd(const BigInt& o) const {
  Mag a = mag_, b = o.mag_, q, r;
  while (!b.empty()) {
    divmod_mag(a, b, q, r);
    a = std::move(b);
    b = std::move(r);
  }
  return make(false, std::move(a));
}

Result<BigInt> BigInt::round_ndigits(int64_t ndigits) const {
  using R = Result<BigInt>;
  if (ndigits >= 0 || is_zero()) return R::good(*this);
  // 10**k > 2*|self| surely when k exceeds the decimal digit count: result 0
  int64_t k = ndigits == INT64_MIN ? INT64_MAX : -ndigits;
  if (k > bit_length() * 30103 / 100000 + 2) return R::good(BigInt());
  Mag p{1}, ten{10};
  Mag base = ten;
  for (int64_t e = k;;) {
    if (e & 1) p = mul_mag(p, base);
    e >>= 1;
    if (!e) break;
    base = mul_mag(base, base);
  }
  BigInt P = make(false, std::move(p));
  auto qr = divmod(P).value;  // floor
  BigInt q = std::move(qr.first);
  BigInt twice_r = qr.second.add(qr.second);
  int c = twice_r.compare(P);
  if (c > 0 || (c == 0 && q.is_odd())) q = q.add(from_i64(1));
  return R::good(make(q.neg_, mul_mag(q.mag_, P.mag_)));
}

Result<BigInt> BigInt::lshift(const BigInt& n) const {
  using R = Result<BigInt>;
  if (n.neg_) return R::fail(Err::ValueError, "negative shift count");
  if (is_zero()) return R::good(BigInt());
  if (!n.fits_i64() || n.to_i64() > kMaxBits) return bigint_size_error<BigInt>();
  int64_t k = n.to_i64();
  if (bit_length() + k > kMaxBits) return bigint_size_error<BigInt>();
  if (!bigint_charge(double(mag_.size()) + double(k) / 32, double(bit_length() + k) / 8)) return bigint_raised<BigInt>();
  return R::good(make(neg_, shl_mag(mag_, k)));
}

Result<BigInt> BigInt::rshift(const BigInt& n) const {
  using R = Result<BigInt>;
  if (n.neg_) return R::fail(Err::ValueError, "negative shift count");
  int64_t k = n.fits_i64() ? n.to_i64() : std::numeric_limits<int64_t>::max();
  if (k >= bit_length()) return R::good(neg_ ? from_i64(-1) : BigInt());
  if (!neg_) return R::good(make(false, shr_mag(mag_, k)));
  // floor: -((|a| - 1) >> k) - 1
  Mag m1 = sub_mag(mag_, Mag{1});
  Mag s = shr_mag(m1, k);
  return R::good(make(true, add_mag(s, Mag{1})));
}

namespace {

// Two's complement limbs of v over n limbs (n > size of magnitude).
Mag twos(const BigInt& v, size_t n) {
  Mag m = M(v);
  m.resize(n, 0);
  if (v.is_negative()) {
    // ~(|v| - 1)
    uint64_t borrow = 1;
    for (auto& d : m) {
      uint64_t t = uint64_t(d) - borrow;
      d = static_cast<uint32_t>(t);
      borrow = (t >> 63) & 1;
    }
    for (auto& d : m) d = ~d;
  }
  return m;
}

BigInt from_twos(Mag m) {
  bool neg = !m.empty() && (m.back() >> 31);
  if (neg) {
    for (auto& d : m) d = ~d;
    uint64_t c = 1;
    for (auto& d : m) {
      uint64_t t = uint64_t(d) + c;
      d = static_cast<uint32_t>(t);
      c = t >> 32;
    }
  }
  return make(neg, std::move(m));
}

template <class F>
BigInt bitop(const BigInt& a, const BigInt& b, F f) {
  size_t n = std::max(M(a).size(), M(b).size()) + 1;
  Mag x = twos(a, n), y = twos(b, n);
  for (size_t i = 0; i < n; ++i) x[i] = f(x[i], y[i]);
  return from_twos(std::move(x));
}

}  // namespace

BigInt BigInt::bit_and(const BigInt& o) const { return bitop(*this, o, [](uint32_t a, uint32_t b) { return a & b; }); }
BigInt BigInt::bit_or(const BigInt& o) const { return bitop(*this, o, [](uint32_t a, uint32_t b) { return a | b; }); }
BigInt BigInt::bit_xor(const BigInt& o) const { return bitop(*this, o, [](uint32_t a, uint32_t b) { return a ^ b; }); }
BigInt BigInt::invert() const { return add(from_i64(1)).neg(); }

// ---- comparison, hash ----------------------------------------------------------------

int BigInt::compare(const BigInt& o) const {
  if (neg_ != o.neg_) return neg_ ? -1 : 1;
  int c = cmp_mag(mag_, o.mag_);
  return neg_ ? -c : c;
}

int BigInt::compare_double(double d) const {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  double f = std::floor(d);
  auto F = from_double(f);
  int c = compare(F.value);
  if (c != 0) return c;
  return d > f ? -1 : 0;
}

uint64_t BigInt::py_hash() const {
  constexpr uint64_t P = kHashModulus;
  uint64_t h = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    h = ((h << 32) & P) | (h >> 29);  // h * 2^32 mod P
    h += mag_[i];
    if (h >= P) h -= P;
  }
  int64_t x = static_cast<int64_t>(h);
  if (neg_) x = -x;
  if (x == -1) x = -2;
  return static_cast<uint64_t>(x);
}

int64_t BigInt::bit_length() const { return mag_bits(mag_); }

// ---- format() ------------------------------------------------------------------------

Result<std::string> format_bigint(const BigInt& v, std::string_view spec, const char* type_name) {
  if (v.fits_i64()) return format_int(v.to_i64(), spec, type_name);
  IntParts p;
  p.negative = v.is_negative();
  p.fits_i64 = false;
  p.digits = [&v](int base) -> Result<std::string> {
    if (base == 10) return v.abs().str();
    return Result<std::string>::good(v.abs().to_base(base, false));
  };
  p.as_double = [&v]() { return v.to_double(); };
  return format_int_parts(p, spec, type_name);
}

}  // namespace ts::py
