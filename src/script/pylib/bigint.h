// Python's arbitrary-precision int (CPython 3.11 semantics) as a plain value
// type: sign + magnitude in 32-bit limbs, schoolbook multiplication, Knuth
// division. No VM types; errors come back as Result with CPython's messages
// (see num.h). The VM keeps ints in int64 when they fit and uses BigInt only
// beyond: every operation here accepts any value (small or big), and
// fits_i64()/to_i64() let the VM normalize results back to int64.
//
// Size: results of mul, pow and lshift are asked of the meter (BigIntMeter:
// the run's heap and step budgets) before they are made; kMaxBits is only
// the absolute cap (OverflowError "integer too large for Turnstile").
// str() honours CPython's 4300-digit limit (sys.int_max_str_digits).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "script/pylib/num.h"

namespace ts::py {

class BigInt {
 public:
  static constexpr int64_t kMaxBits = int64_t(1) << 38;  // 32 GiB: past any heap budget
  static constexpr int kMaxStrDigits = 4300;  // sys.get_int_max_str_digits()

  BigInt() = default;  // 0
  static BigInt from_i64(int64_t v);
  static BigInt from_u64(uint64_t v, bool negative = false);
  // The non-negative int with these 32-bit limbs, least significant first
  // (_PyLong_FromByteArray of little-endian words).
  static BigInt from_limbs(std::vector<uint32_t> limbs);
  bool fits_i64() const;
  int64_t to_i64() const;  // requires fits_i64()

  // int(text, base): base 0 or 2..36, whitespace, sign, underscores,
  // prefixes; error messages as parse_int (plus the 4300-digit limit for
  // non-power-of-two bases: ValueError "Exceeds the limit (4300 digits) ...").
  static Result<BigInt> parse(std::string_view text, int base = 10);
  // A source literal token (no sign, no spaces): "123_456", "0xFF..".
  // Errors (ValueError; the compiler reports them as SyntaxError):
  // "invalid integer literal <tok>" as parse_int_literal, and CPython's
  // "Exceeds the limit (4300 digits) for integer string conversion: value has
  // N digits; use sys.set_int_max_str_digits() to increase the limit -
  // Consider hexadecimal for huge integer literals to avoid decimal
  // conversion limits."
  static Result<BigInt> parse_literal(std::string_view tok);

  std::string to_string() const;  // base 10, no digit limit
  // str(x)/repr(x): ValueError "Exceeds the limit (4300 digits) for integer
  // string conversion; use sys.set_int_max_str_digits() to increase the limit".
  Result<std::string> str() const;
  // Digits in base 2, 8, 16 (also 10) with '-' for negatives, no prefix.
  std::string to_base(int base, bool upper = false) const;
  // bin()/oct()/hex(): "-0x1f" style.
  std::string to_prefixed(int base) const;

  // float(x), correctly rounded; OverflowError "int too large to convert to float".
  Result<double> to_double() const;
  // int(x) for a float (truncation); inf/nan errors as float_to_int.
  static Result<BigInt> from_double(double x);

  BigInt add(const BigInt& o) const;
  BigInt sub(const BigInt& o) const;
  Result<BigInt> mul(const BigInt& o) const;  // size cap
  BigInt neg() const;
  BigInt abs() const;

  // Python floor division / modulo / divmod (result signs follow the divisor).
  Result<BigInt> floordiv(const BigInt& o) const;  // "integer division or modulo by zero"
  Result<BigInt> mod(const BigInt& o) const;       // "integer modulo by zero"
  Result<std::pair<BigInt, BigInt>> divmod(const BigInt& o) const;  // "integer division or modulo by zero"
  // int / int, correctly rounded like CPython: ZeroDivisionError "division by
  // zero", OverflowError "integer division result too large for a float".
  Result<double> truediv(const BigInt& o) const;
  // self ** exp for exp >= 0 (size cap). For exp < 0 it fails with
  // Err::TypeError "negative exponent": Python returns a float, use pow_float.
  Result<BigInt> pow(const BigInt& exp) const;
  // self ** exp computed as CPython does for a negative exponent: both
  // converted to float ("int too large to convert to float"), then float_pow.
  Result<double> pow_float(const BigInt& exp) const;

  // pow(self, exp, modulus) as CPython 3.11: ValueError "pow() 3rd argument
  // cannot be 0", negative exp uses the modular inverse ("base is not
  // invertible for the given modulus"); result takes the modulus's sign.
  Result<BigInt> pow_mod(const BigInt& exp, const BigInt& modulus) const;
  BigInt gcd(const BigInt& o) const;  // math.gcd: non-negative
  // round(self, ndigits): ndigits >= 0 returns self; otherwise rounds half
  // to even to a multiple of 10**-ndigits (int result).
  Result<BigInt> round_ndigits(int64_t ndigits) const;

  Result<BigInt> lshift(const BigInt& n) const;  // "negative shift count", size cap
  Result<BigInt> rshift(const BigInt& n) const;  // "negative shift count"
  BigInt bit_and(const BigInt& o) const;
  BigInt bit_or(const BigInt& o) const;
  BigInt bit_xor(const BigInt& o) const;
  BigInt invert() const;

  int compare(const BigInt& o) const;    // -1, 0, 1
  int compare_double(double d) const;    // exact; 2 when d is NaN
  bool operator==(const BigInt& o) const { return neg_ == o.neg_ && mag_ == o.mag_; }
  bool operator!=(const BigInt& o) const { return !(*this == o); }

  uint64_t py_hash() const;  // hash(x) as the bit pattern of Py_hash_t
  int64_t bit_length() const;
  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  int sign() const { return neg_ ? -1 : mag_.empty() ? 0 : 1; }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }

  // Magnitude limbs, least significant first (no leading zero limbs).
  const std::vector<uint32_t>& limbs() const { return mag_; }

 private:
  bool neg_ = false;
  std::vector<uint32_t> mag_;
  void trim();
  friend struct BigIntAccess;
};

// format(x, spec) for a big (or small) int, as CPython's int.__format__
// (values that fit int64 go through format.h's format_int). Decimal output
// honours the 4300-digit limit; float types convert with to_double()
// (OverflowError "int too large to convert to float"); 'c' beyond int64:
// OverflowError "Python int too large to convert to C long".
Result<std::string> format_bigint(const BigInt& v, std::string_view spec, const char* type_name = "int");

// OverflowError "integer too large for Turnstile (over 2**38 bits)".
template <class T>
Result<T> bigint_size_error() {
  return Result<T>::fail(Err::OverflowError, "integer too large for Turnstile (over 2**38 bits)");
}

// The run's budgets as big-int arithmetic sees them (the VM installs one):
// before an operation does `limb_ops` 32-bit limb steps to make a result of
// `result_bytes`, charge() is asked; false (the VM's error already set:
// MemoryError or a fatal step budget) fails it with Err::Raised.
struct BigIntMeter {
  virtual ~BigIntMeter() = default;
  virtual bool charge(double limb_ops, double result_bytes) = 0;
};
inline BigIntMeter* g_bigint_meter = nullptr;
inline bool bigint_charge(double limb_ops, double result_bytes) {
  return !g_bigint_meter || g_bigint_meter->charge(limb_ops, result_bytes);
}
template <class T>
Result<T> bigint_raised() {
  return Result<T>::fail(Err::Raised, "");
}

}  // namespace ts::py
