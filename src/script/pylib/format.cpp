// Python-exact text formatting; see format.h. The algorithms follow
// CPython 3.11's Python/pystrtod.c (format_float_short) and
// Python/formatter_unicode.c (format specs) step by step, so edge cases
// agree. printf-style formatting is in percent.cpp.
#include "script/pylib/format.h"

#include <new>

#include "script/pylib/bigint.h"
#include "script/pylib/unicode.h"
#include "script/pylib/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ts::py {

namespace {

std::string repeat(const std::string& s, int64_t n) {
  std::string r;
  if (n <= 0) return r;
  // A width of 10**10 is asked of the run's heap budget before it is made
  // (in wasm a size_t would wrap first); the native's caller turns this into
  // MemoryError, as CPython's failed allocation is.
  if (!bigint_charge(0, double(s.size()) * double(n))) throw std::bad_alloc();
  r.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) r += s;
  return r;
}

// ---- float digits (dtoa modes 0, 2, 3) ----
void dtoa_digits(double ax, int mode, int ndigits, std::string& digits, int& decpt) {
  if (ax == 0) { digits = "0"; decpt = 1; return; }
  if (mode == 0) { shortest_digits(ax, digits, decpt); return; }
  std::string buf;
  auto print = [&](const char* f, int p) {
    int n = std::snprintf(nullptr, 0, f, p, ax);
    buf.assign(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(buf.data(), buf.size(), f, p, ax);
    buf.resize(static_cast<size_t>(n));
  };
  if (mode == 2) {
    if (ndigits < 1) ndigits = 1;
    print("%.*e", ndigits - 1);
    size_t e = buf.find('e');
    digits.clear();
    for (size_t k = 0; k < e; ++k)
      if (buf[k] != '.') digits.push_back(buf[k]);
    decpt = std::atoi(buf.c_str() + e + 1) + 1;
  } else {
    print("%.*f", ndigits);
    size_t dot = buf.find('.');
    if (dot == std::string::npos) dot = buf.size();
    digits = buf.substr(0, dot) + (dot < buf.size() ? buf.substr(dot + 1) : std::string());
    decpt = static_cast<int>(dot);
    size_t lead = 0;
    while (lead < digits.size() && digits[lead] == '0') ++lead;
    digits.erase(0, lead);
    decpt -= static_cast<int>(lead);
    if (digits.empty()) { decpt = -ndigits; return; }
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

}  // namespace

std::string double_to_string(double x, char code, int precision, bool always_sign,
                             bool add_dot_0, bool alt, bool no_neg_0) {
  bool upper = false;
  int mode = 0;
  switch (code) {
    case 'E': upper = true; code = 'e'; [[fallthrough]];
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; code = 'f'; [[fallthrough]];
    case 'f': mode = 3; break;
    case 'G': upper = true; code = 'g'; [[fallthrough]];
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: code = 'r'; mode = 0; precision = 0; break;
  }
  bool sign = std::signbit(x);
  std::string out;
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  if (std::isinf(x)) {
    if (sign) out = "-";
    else if (always_sign) out = "+";
    out += upper ? "INF" : "inf";
    return out;
  }
  std::string digits;
  int decpt_i = 0;
  dtoa_digits(std::fabs(x), mode, precision, digits, decpt_i);
  int64_t decpt = decpt_i;
  int64_t digits_len = static_cast<int64_t>(digits.size());
  if (no_neg_0 && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) sign = false;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  int64_t exp = 0;
  switch (code) {
    case 'e': use_exp = true; vdigits_end = precision; break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) { exp = decpt - 1; decpt = 1; }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  if (sign) out += '-';
  else if (always_sign) out += '+';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (!out.empty() && out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    char eb[16];
    std::snprintf(eb, sizeof eb, "%+.02d", static_cast<int>(exp));
    out += eb;
  }
  return out;
}

// ---- str helpers ----------------------------------------------------------------




std::string str_repr(std::string_view s) {
  bool has_sq = false, has_dq = false;
  for (char c : s) {
    if (c == '\'') has_sq = true;
    if (c == '"') has_dq = true;
  }
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += q;
  size_t i = 0;
  while (i < s.size()) {
    uint32_t c = utf8::next(s, i);
    if (c == static_cast<uint32_t>(q) || c == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7F) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else if (c < 0x7F) out += static_cast<char>(c);
    else if (!unicode::is_printable(c)) {
      char b[16];
      if (c <= 0xFF) std::snprintf(b, sizeof b, "\\x%02x", c);
      else if (c <= 0xFFFF) std::snprintf(b, sizeof b, "\\u%04x", c);
      else std::snprintf(b, sizeof b, "\\U%08x", c);
      out += b;
    } else out += utf8::encode(c);
  }
  out += q;
  return out;
}

// ---- format specs -----------------------------------------------------------------

namespace {

enum Locale { LT_NO_LOCALE, LT_DEFAULT_LOCALE, LT_UNDERSCORE_LOCALE, LT_UNDER_FOUR_LOCALE, LT_CURRENT_LOCALE };

struct Spec {
  uint32_t fill = ' ';
  uint32_t align = '>';
  bool alternate = false;
  bool no_neg_0 = false;
  uint32_t sign = 0;
  int64_t width = -1;
  int thousands = LT_NO_LOCALE;
  int64_t precision = -1;
  uint32_t type = 0;
};

using SR = Result<std::string>;

SR verr(std::string m) { return SR::fail(Err::ValueError, std::move(m)); }

std::string cp_char(uint32_t c) {
  // "%c" for printable ASCII, else "\x.."
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char b[16];
  std::snprintf(b, sizeof b, "\\x%x", c);
  return b;
}

SR unknown_type(uint32_t t, const char* type_name) {
  return verr("Unknown format code '" + cp_char(t) + "' for object of type '" + type_name + "'");
}

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// get_integer: returns digits consumed, -1 on overflow
int get_integer(const std::vector<uint32_t>& s, size_t& pos, int64_t* out) {
  int64_t acc = 0;
  int n = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    int d = static_cast<int>(s[pos] - '0');
    if (acc > (INT64_MAX - d) / 10) return -1;
    acc = acc * 10 + d;
    ++pos;
    ++n;
  }
  *out = acc;
  return n;
}

// Returns empty message on success.
std::string parse_spec(std::string_view spec_utf8, Spec& f, uint32_t default_type, uint32_t default_align,
                       const char* type_name) {
  std::vector<uint32_t> s = utf8::to_cps(spec_utf8);
  size_t pos = 0, end = s.size();
  bool fill_specified = false, align_specified = false;
  f = Spec{};
  f.align = default_align;
  f.type = default_type;
  if (end - pos >= 2 && is_align(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    f.align = s[pos];
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-')) { f.sign = s[pos]; ++pos; }
  if (end - pos >= 1 && s[pos] == 'z') { f.no_neg_0 = true; ++pos; }
  if (end - pos >= 1 && s[pos] == '#') { f.alternate = true; ++pos; }
  if (!fill_specified && end - pos >= 1 && s[pos] == '0') {
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int consumed = get_integer(s, pos, &f.width);
  if (consumed == -1) return "Too many decimal digits in format string";
  if (consumed == 0) f.width = -1;
  if (end - pos && s[pos] == ',') { f.thousands = LT_DEFAULT_LOCALE; ++pos; }
  if (end - pos && s[pos] == '_') {
    if (f.thousands != LT_NO_LOCALE) return "Cannot specify both ',' and '_'.";
    f.thousands = LT_UNDERSCORE_LOCALE;
    ++pos;
  }
  if (end - pos && s[pos] == ',') {
    if (f.thousands == LT_UNDERSCORE_LOCALE) return "Cannot specify both ',' and '_'.";
  }
  if (end - pos && s[pos] == '.') {
    ++pos;
    consumed = get_integer(s, pos, &f.precision);
    if (consumed == -1) return "Too many decimal digits in format string";
    if (consumed == 0) return "Format specifier missing precision";
  }
  if (end - pos > 1) {
    std::string rest;
    for (size_t k = 0; k < end; ++k) rest += utf8::encode(s[k]);
    return "Invalid format specifier '" + rest + "' for object of type '" + type_name + "'";
  }
  if (end - pos == 1) { f.type = s[pos]; ++pos; }
  if (f.thousands) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands == LT_UNDERSCORE_LOCALE) { f.thousands = LT_UNDER_FOUR_LOCALE; break; }
        [[fallthrough]];
      default: {
        char sep = f.thousands == LT_DEFAULT_LOCALE ? ',' : '_';
        return std::string("Cannot specify '") + sep + "' with '" + cp_char(f.type) + "'.";
      }
    }
  }
  return {};
}

struct LocaleInfo {
  const char* thousands_sep;
  int grouping;  // 0 = no grouping
};

LocaleInfo locale_info(int lt) {
  switch (lt) {
    case LT_DEFAULT_LOCALE: return {",", 3};
    case LT_UNDERSCORE_LOCALE: return {"_", 3};
    case LT_UNDER_FOUR_LOCALE: return {"_", 4};
    default: return {"", 0};  // none, and the C locale for 'n'
  }
}

// _PyUnicode_InsertThousandsGrouping: digits grouped right to left, padded
// with zeros up to min_width.
std::string group_digits(std::string_view digits, int64_t min_width, const LocaleInfo& loc) {
  if (min_width < 0) min_width = 0;
  const int64_t sep_len = static_cast<int64_t>(std::strlen(loc.thousands_sep));
  std::string rev;  // built reversed
  int64_t remaining = static_cast<int64_t>(digits.size());
  int64_t digits_pos = remaining;
  bool use_sep = false, broken = false;
  auto fill = [&](int64_t n_chars, int64_t n_zeros) {
    if (use_sep) for (int64_t k = sep_len - 1; k >= 0; --k) rev += loc.thousands_sep[k];
    for (int64_t k = 0; k < n_chars; ++k) rev += digits[static_cast<size_t>(--digits_pos)];
    rev.append(static_cast<size_t>(n_zeros), '0');
  };
  if (loc.grouping > 0) {
    for (;;) {
      int64_t len = loc.grouping;
      len = std::min(len, std::max(std::max(remaining, min_width), int64_t(1)));
      int64_t n_zeros = std::max(int64_t(0), len - remaining);
      int64_t n_chars = std::max(int64_t(0), std::min(remaining, len));
      fill(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) { broken = true; break; }
      min_width -= sep_len;
    }
  }
  if (!broken) {
    int64_t len = std::max(std::max(remaining, min_width), int64_t(1));
    int64_t n_zeros = std::max(int64_t(0), len - remaining);
    int64_t n_chars = std::max(int64_t(0), std::min(remaining, len));
    fill(n_chars, n_zeros);
  }
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// calc_number_widths + fill_number. digits: ASCII digits to group;
// remainder: the rest after the decimal point (or the 'c' char); all parts
// except remainder are ASCII.
std::string fill_number(const Spec& f, char sign_char, std::string prefix, std::string_view digits,
                        bool has_decimal, std::string_view remainder, const LocaleInfo& loc,
                        bool toupper) {
  char sign = 0;
  switch (f.sign) {
    case '+': sign = sign_char == '-' ? '-' : '+'; break;
    case ' ': sign = sign_char == '-' ? '-' : ' '; break;
    default: if (sign_char == '-') sign = '-';
  }
  int64_t n_sign = sign ? 1 : 0;
  int64_t n_prefix = static_cast<int64_t>(prefix.size());
  int64_t n_decimal = has_decimal ? 1 : 0;
  int64_t n_remainder = static_cast<int64_t>(utf8::length(remainder));
  int64_t n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
  int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - n_non_digit : 0;
  std::string grouped;
  if (!digits.empty()) grouped = group_digits(digits, min_width, loc);
  int64_t n_padding = f.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (f.align) {
      case '<': rpad = n_padding; break;
      case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  if (toupper) {
    for (char& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (char& c : grouped) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  std::string fill = utf8::encode(f.fill);
  std::string out = repeat(fill, lpad);
  if (sign) out += sign;
  out += prefix;
  out += repeat(fill, spad);
  out += grouped;
  if (has_decimal) out += '.';
  out += remainder;
  out += repeat(fill, rpad);
  return out;
}

SR format_float_internal(double val, const Spec& f) {
  int64_t precision = f.precision;
  int default_precision = 6;
  uint32_t type = f.type;
  bool add_dot_0 = false, add_pct = false;
  if (precision > 2147483647) return verr("precision too big");
  if (type == 0) { add_dot_0 = true; type = 'r'; default_precision = 0; }
  if (type == 'n') type = 'g';
  if (type == '%') { type = 'f'; val *= 100; add_pct = true; }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string buf = double_to_string(val, static_cast<char>(type), static_cast<int>(precision), false,
                                     add_dot_0, f.alternate, f.no_neg_0);
  if (add_pct) buf += '%';
  std::string_view num(buf);
  char sign_char = 0;
  if (!num.empty() && num[0] == '-') { sign_char = '-'; num.remove_prefix(1); }
  size_t p = 0;
  while (p < num.size() && num[p] >= '0' && num[p] <= '9') ++p;
  std::string_view digits = num.substr(0, p);
  bool has_decimal = p < num.size() && num[p] == '.';
  std::string_view rem = num.substr(p + (has_decimal ? 1 : 0));
  LocaleInfo loc = locale_info(f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands);
  return SR::good(fill_number(f, sign_char, "", digits, has_decimal, rem, loc, false));
}

SR format_long_internal(const IntParts& v, const Spec& f) {
  if (f.precision != -1) return verr("Precision not allowed in integer format specifier");
  if (f.no_neg_0) return verr("Negative zero coercion (z) not allowed in integer format specifier");
  char sign_char = 0;
  std::string prefix, digits, rem;
  if (f.type == 'c') {
    if (f.sign) return verr("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) return verr("Alternate form (#) not allowed with integer format specifier 'c'");
    if (!v.fits_i64) return SR::fail(Err::OverflowError, "Python int too large to convert to C long");
    if (v.value < 0 || v.value > 0x10FFFF) return SR::fail(Err::OverflowError, "%c arg not in range(0x110000)");
    rem = utf8::encode(static_cast<uint32_t>(v.value));
  } else {
    int base = 10;
    switch (f.type) {
      case 'b': base = 2; break;
      case 'o': base = 8; break;
      case 'x': case 'X': base = 16; break;
      default: base = 10; break;
    }
    if (f.alternate && base != 10) prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    if (v.negative) sign_char = '-';
    auto d = v.digits(base);
    if (!d) return d;
    digits = std::move(d.value);
  }
  LocaleInfo loc = locale_info(f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands);
  return SR::good(fill_number(f, sign_char, prefix, digits, false, rem, loc, f.type == 'X'));
}

}  // namespace

std::string to_base(uint64_t mag, int base) {
  if (mag == 0) return "0";
  std::string s;
  while (mag) { s += "0123456789abcdef"[mag % base]; mag /= base; }
  std::reverse(s.begin(), s.end());
  return s;
}

std::string int_to_base(int64_t v, int base) {
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string s = v < 0 ? "-" : "";
  s += base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  return s + to_base(mag, base);
}

Result<std::string> format_int_parts(const IntParts& v, std::string_view spec, const char* type_name) {
  if (spec.empty()) {
    auto d = v.digits(10);
    if (!d) return d;
    return SR::good(v.negative ? "-" + d.value : d.value);
  }
  Spec f;
  std::string e = parse_spec(spec, f, 'd', '>', type_name);
  if (!e.empty()) return verr(e);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_long_internal(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      auto d = v.as_double();
      if (!d) return SR::fail(d.err, d.msg);
      return format_float_internal(d.value, f);
    }
    default:
      return unknown_type(f.type, type_name);
  }
}

Result<std::string> format_int(int64_t v, std::string_view spec, const char* type_name) {
  if (spec.empty()) return SR::good(std::to_string(v));
  IntParts p;
  p.negative = v < 0;
  p.value = v;
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  p.digits = [mag](int base) { return SR::good(to_base(mag, base)); };
  p.as_double = [v]() { return Result<double>::good(static_cast<double>(v)); };
  return format_int_parts(p, spec, type_name);
}

Result<std::string> format_float(double v, std::string_view spec, const char* type_name) {
  if (spec.empty()) return SR::good(float_repr(v));
  Spec f;
  std::string e = parse_spec(spec, f, 0, '>', type_name);
  if (!e.empty()) return verr(e);
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_internal(v, f);
    default:
      return unknown_type(f.type, type_name);
  }
}

Result<std::string> format_str(std::string_view s, std::string_view spec, const char* type_name) {
  if (spec.empty()) return SR::good(std::string(s));
  Spec f;
  std::string e = parse_spec(spec, f, 's', '<', type_name);
  if (!e.empty()) return verr(e);
  if (f.type != 's') return unknown_type(f.type, type_name);
  if (f.sign) {
    if (f.sign == ' ') return verr("Space not allowed in string format specifier");
    return verr("Sign not allowed in string format specifier");
  }
  if (f.no_neg_0) return verr("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) return verr("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return verr("'=' alignment not allowed in string format specifier");
  int64_t len = static_cast<int64_t>(utf8::length(s));
  std::string_view body = s;
  if (f.precision >= 0 && len >= f.precision) {
    len = f.precision;
    body = s.substr(0, utf8::offset(s, static_cast<size_t>(len)));
  }
  int64_t total = (f.width >= 0 && f.width > len) ? f.width : len;
  int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  int64_t rpad = total - len - lpad;
  std::string fill = utf8::encode(f.fill);
  return SR::good(repeat(fill, lpad) + std::string(body) + repeat(fill, rpad));
}

Result<std::string> format_bool(bool b, std::string_view spec) {
  if (spec.empty()) return SR::good(b ? "True" : "False");
  return format_int(b ? 1 : 0, spec, "bool");
}

Result<std::string> format_none(std::string_view spec) {
  if (spec.empty()) return SR::good("None");
  return SR::fail(Err::TypeError, "unsupported format string passed to NoneType.__format__");
}

}  // namespace ts::py
