// Python-exact number routines (CPython 3.11 semantics) on plain C++ types:
// float repr, int/float parsing, checked int64 arithmetic, Python division
// and modulo, float pow, round(), exact int/float comparison.
// No VM types here: errors come back as a PyErr kind plus CPython's message;
// the VM turns them into exceptions. Err::IntOverflow means "the exact result
// does not fit in int64": the VM then redoes the operation on py::BigInt
// (bigint.h), as CPython's ints are unbounded.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::py {

enum class Err : uint8_t {
  None,
  ValueError,
  TypeError,
  ZeroDivisionError,
  OverflowError,  // Python's OverflowError (message in msg)
  IndexError,
  IntOverflow,    // result exceeds int64 (Python would return a big int)
  Raised,         // a budget hook (BigIntMeter) already set the caller's error
};
const char* err_name(Err e);  // "ValueError", ...; "OverflowError" for IntOverflow

template <class T>
struct Result {
  T value{};
  Err err = Err::None;
  std::string msg;  // CPython's message when err != None
  explicit operator bool() const { return err == Err::None; }
  bool ok() const { return err == Err::None; }
  static Result fail(Err e, std::string m) { Result r; r.err = e; r.msg = std::move(m); return r; }
  static Result good(T v) { Result r; r.value = std::move(v); return r; }
};

// ---- str()/repr() ----------------------------------------------------------
std::string float_repr(double x);   // repr(x) == str(x): '0.1', '1e+16', '-0.0', 'inf', 'nan'
std::string int_str(int64_t v);     // str(v)

// Shortest round-trip digits of |x| (finite, nonzero): digits without
// trailing zeros and decpt such that |x| = 0.d1d2... * 10**decpt.
// For x == 0 gives "0", 1.
void shortest_digits(double x, std::string& digits, int& decpt);

// ---- parsing -----------------------------------------------------------------
// int(text, base): base 0 or 2..36; surrounding whitespace, sign, underscores
// between digits, 0x/0o/0b prefixes (base 0 or matching base).
// Errors: ValueError "invalid literal for int() with base 10: 'x'"
// (repr truncated to 200 chars as CPython's %.200R), IntOverflow.
Result<int64_t> parse_int(std::string_view text, int base = 10);
// float(text): whitespace, sign, underscores, inf/infinity/nan (any case).
// Error: ValueError "could not convert string to float: 'x'".
Result<double> parse_float(std::string_view text);
// A quiet NaN no other float is identical to (float("nan") is a new object).
double fresh_nan(bool neg);
// Source literals (the lexer already isolated the token, no sign/spaces):
// "0x1F", "1_000", "0o17", "0b101", "007" is rejected for non-zero values.
Result<int64_t> parse_int_literal(std::string_view tok);
Result<double> parse_float_literal(std::string_view tok);  // "1.5e-3", "1_0.5", "1e5", "5."

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal
// digits -> '0'..'9', Unicode spaces -> ' ', other non-ASCII -> '?' (so
// int()/float() accept e.g. Arabic-Indic digits). Used by bigint.cpp too.
std::string ascii_decimal(std::string_view s);

// ---- int arithmetic (false on int64 overflow) ------------------------------
bool checked_add(int64_t a, int64_t b, int64_t* out);
bool checked_sub(int64_t a, int64_t b, int64_t* out);
bool checked_mul(int64_t a, int64_t b, int64_t* out);
bool checked_neg(int64_t a, int64_t* out);
bool checked_abs(int64_t a, int64_t* out);
// a ** b for b >= 0 (b < 0: use float_pow, Python returns a float).
bool checked_pow(int64_t a, int64_t b, int64_t* out);
// a << b: ValueError "negative shift count", IntOverflow.
Result<int64_t> int_lshift(int64_t a, int64_t b);
Result<int64_t> int_rshift(int64_t a, int64_t b);  // arithmetic, any b >= 0
// Python floor division / modulo (sign of divisor).
// b == 0: ZeroDivisionError "integer division or modulo by zero" / "integer modulo by zero".
Result<int64_t> int_floordiv(int64_t a, int64_t b);
Result<int64_t> int_mod(int64_t a, int64_t b);
// int / int, correctly rounded like CPython; b == 0: "division by zero".
Result<double> int_truediv(int64_t a, int64_t b);
// int ** int for any sign of b (b < 0 gives a float): returns is_float.
struct IntPow { bool is_float = false; int64_t i = 0; double f = 0; };
Result<IntPow> int_pow(int64_t a, int64_t b);

// ---- float arithmetic --------------------------------------------------------
Result<double> float_truediv(double a, double b);   // "float division by zero"
Result<double> float_floordiv(double a, double b);  // "float floor division by zero"
Result<double> float_mod(double a, double b);       // "float modulo"
struct FloatDivmod { double q = 0, r = 0; };
Result<FloatDivmod> float_divmod(double a, double b);  // "float divmod()"
// a ** b as CPython's float_pow: "0.0 cannot be raised to a negative power",
// OverflowError "(34, 'Numerical result out of range')"; a negative base with
// a non-integer exponent gives a complex in Python: TypeError
// "complex results are not supported" (Turnstile has no complex).
Result<double> float_pow(double a, double b);

// ---- conversions and comparisons --------------------------------------------
// int(x) for a float: truncation. inf: OverflowError "cannot convert float
// infinity to integer"; nan: ValueError "cannot convert float NaN to integer";
// beyond int64: IntOverflow.
Result<int64_t> float_to_int(double x);
inline double int_to_float(int64_t v) { return static_cast<double>(v); }  // correctly rounded
// Exact comparison of an int with a float: -1, 0, 1; 2 when d is NaN
// (every comparison false except !=).
int cmp_int_float(int64_t i, double d);
bool float_is_integer(double x);

// ---- round -------------------------------------------------------------------
// round(x): half-even, int result (errors as float_to_int).
Result<int64_t> round_float(double x);
// round(x, n): CPython's correctly rounded double_round; OverflowError
// "rounded value too large to represent".
Result<double> round_float_ndigits(double x, int64_t ndigits);
// round(i, n) for an int: n >= 0 returns i; n < 0 rounds half-even to 10**-n.
Result<int64_t> round_int_ndigits(int64_t i, int64_t ndigits);

}  // namespace ts::py
