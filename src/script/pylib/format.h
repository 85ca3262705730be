// Python-exact text formatting (CPython 3.11): format() / f-string format
// specs for int, float, str, bool and None; printf-style str % args; str
// repr with Python's quoting and str.isprintable rules. Strings are UTF-8;
// widths and precisions count code points as Python does.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "script/pylib/num.h"

namespace ts::py {

// PyOS_double_to_string: code is one of e E f F g G r ('r' = repr digits,
// precision must be 0). Flags as Py_DTSF_SIGN, _ADD_DOT_0, _ALT, _NO_NEG_0.
std::string double_to_string(double x, char code, int precision, bool always_sign,
                             bool add_dot_0, bool alt, bool no_neg_0);

// ---- str helpers ---------------------------------------------------------------
std::string str_repr(std::string_view s);        // repr(s): 'abc', "it's", '\n', '\x00', emoji kept

// bin(v) / oct(v) / hex(v): base 2, 8 or 16 with the 0b/0o/0x prefix ("-0xff").
std::string int_to_base(int64_t v, int base);
// The digits of mag in base 2..16, lowercase, no prefix.
std::string to_base(uint64_t mag, int base);

// ---- format(value, spec) --------------------------------------------------------
// type_name is used in error messages ("Unknown format code 'd' for object
// of type 'float'"). Errors: ValueError (bad spec), OverflowError ('c' out
// of range), TypeError (None with a non-empty spec).
Result<std::string> format_int(int64_t v, std::string_view spec, const char* type_name = "int");
// format() of an int given by its parts, so big ints (bigint.cpp) share the
// int formatting: the sign, the magnitude's digits in base 2, 8, 10 or 16
// (lowercase; may fail, e.g. CPython's 4300-digit limit), the value as a
// float for the e/f/g/% types, and for 'c' the value if it fits in int64.
struct IntParts {
  bool negative = false;
  std::function<Result<std::string>(int base)> digits;
  std::function<Result<double>()> as_double;
  bool fits_i64 = true;
  int64_t value = 0;  // when fits_i64
};
Result<std::string> format_int_parts(const IntParts& v, std::string_view spec, const char* type_name = "int");
Result<std::string> format_float(double v, std::string_view spec, const char* type_name = "float");
Result<std::string> format_str(std::string_view s, std::string_view spec, const char* type_name = "str");
Result<std::string> format_bool(bool b, std::string_view spec);   // '' -> 'True', else as int 1/0
Result<std::string> format_none(std::string_view spec);           // '' -> 'None', else TypeError

// ---- printf-style formatting: fmt % args ----------------------------------------
// One argument as the VM sees it. For Int/Bool/Float/Str the library derives
// str and repr itself; for Other the VM fills str and repr (and type_name,
// used in TypeError messages).
struct PctArg {
  enum Kind : uint8_t { Int, Bool, Float, Str, None, Other, BigInt } kind = None;
  int64_t i = 0;        // Int, Bool (0/1)
  double f = 0;         // Float
  std::string s;        // Str: the string; Other: str(obj); BigInt: str(v), e.g. "-123456..."
  std::string repr;     // Other: repr(obj)
  std::string type_name;  // Other: type name
  // An int or str subclass instance: its own str() and repr() for %s and %r
  // (its value for the other conversions).
  bool own_text = false;
  std::string own_str, own_repr;
  static PctArg of_int(int64_t v) { PctArg a; a.kind = Int; a.i = v; return a; }
  static PctArg of_bool(bool v) { PctArg a; a.kind = Bool; a.i = v; return a; }
  static PctArg of_float(double v) { PctArg a; a.kind = Float; a.f = v; return a; }
  static PctArg of_str(std::string v) { PctArg a; a.kind = Str; a.s = std::move(v); return a; }
  static PctArg of_none() { return PctArg{}; }
  // An int beyond int64, given as its decimal str() (optional leading '-').
  static PctArg of_bigint(std::string decimal) { PctArg a; a.kind = BigInt; a.s = std::move(decimal); return a; }
};
// fmt % args. A non-tuple right operand is passed as a single argument.
// Supports flags - + space # 0, width, .precision, '*', conversions
// d i u o x X e E f F g G c s r a %. Mapping keys "%(name)s" are resolved
// by the caller (objects/str.cpp); here they are TypeError "format requires a mapping".
Result<std::string> percent_format(std::string_view fmt, const std::vector<PctArg>& args);

}  // namespace ts::py
