// printf-style formatting, str % args (CPython 3.11's Objects/unicodeobject.c,
// PyUnicode_Format, step by step); declared in format.h.
#include <cmath>
#include <cstdio>
#include <cstring>

#include "script/pylib/format.h"
#include "script/pylib/unicode.h"
#include "script/pylib/utf8.h"

namespace ts::py {
// ---- printf-style ----------------------------------------------------------------

namespace {

using SR = Result<std::string>;
SR verr(std::string m) { return SR::fail(Err::ValueError, std::move(m)); }

// Magnitude digits (no sign) of a decimal string in base 8 or 16.
std::string decimal_to_base(std::string_view dec, int base) {
  std::vector<uint32_t> limbs;  // little-endian base 2^32
  for (char ch : dec) {
    uint64_t carry = static_cast<uint64_t>(ch - '0');
    for (auto& l : limbs) {
      uint64_t v = static_cast<uint64_t>(l) * 10 + carry;
      l = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  int bits = base == 16 ? 4 : 3;
  size_t total = limbs.size() * 32;
  std::string out;
  for (size_t pos = 0; pos < total; pos += static_cast<size_t>(bits)) {
    unsigned d = 0;
    for (int b = 0; b < bits; ++b) {
      size_t bit = pos + static_cast<size_t>(b);
      if (bit < total && ((limbs[bit / 32] >> (bit % 32)) & 1)) d |= 1u << b;
    }
    out += "0123456789abcdef"[d];
  }
  while (out.size() > 1 && out.back() == '0') out.pop_back();
  if (out.empty()) out = "0";
  std::reverse(out.begin(), out.end());
  return out;
}

const char* pct_type_name(const PctArg& a) {
  switch (a.kind) {
    case PctArg::Int: return "int";
    case PctArg::BigInt: return "int";
    case PctArg::Bool: return "bool";
    case PctArg::Float: return "float";
    case PctArg::Str: return "str";
    case PctArg::None: return "NoneType";
    default: return a.type_name.c_str();
  }
}

std::string pct_str(const PctArg& a) {
  if (a.own_text) return a.own_str;
  switch (a.kind) {
    case PctArg::Int: return std::to_string(a.i);
    case PctArg::Bool: return a.i ? "True" : "False";
    case PctArg::Float: return float_repr(a.f);
    case PctArg::Str: return a.s;
    case PctArg::None: return "None";
    default: return a.s;
  }
}

std::string pct_repr(const PctArg& a) {
  if (a.own_text) return a.own_repr;
  switch (a.kind) {
    case PctArg::Str: return str_repr(a.s);
    case PctArg::Other: return a.repr;
    default: return pct_str(a);
  }
}

std::string ascii_of(const std::string& s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    uint32_t c = utf8::next(s, i);
    char b[16];
    if (c < 0x80) out += static_cast<char>(c);
    else {
      if (c <= 0xFF) std::snprintf(b, sizeof b, "\\x%02x", c);
      else if (c <= 0xFFFF) std::snprintf(b, sizeof b, "\\u%04x", c);
      else std::snprintf(b, sizeof b, "\\U%08x", c);
      out += b;
    }
  }
  return out;
}

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

}  // namespace

Result<std::string> percent_format(std::string_view fmt, const std::vector<PctArg>& args) {
  std::vector<uint32_t> s = utf8::to_cps(fmt);
  std::string out;
  size_t argidx = 0;
  size_t pos = 0, n = s.size();
  auto type_err = [](std::string m) { return SR::fail(Err::TypeError, std::move(m)); };
  while (pos < n) {
    if (s[pos] != '%') { out += utf8::encode(s[pos++]); continue; }
    ++pos;  // past '%'
    if (pos >= n) return verr("incomplete format");
    if (s[pos] == '%') { out += '%'; ++pos; continue; }
    if (s[pos] == '(') return type_err("format requires a mapping");
    int flags = 0;
    int64_t width = -1, prec = -1;
    uint32_t ch = 0;
    // flags
    bool have = false;
    while (pos < n) {
      ch = s[pos++];
      have = true;
      if (ch == '-') { flags |= F_LJUST; have = false; continue; }
      if (ch == '+') { flags |= F_SIGN; have = false; continue; }
      if (ch == ' ') { flags |= F_BLANK; have = false; continue; }
      if (ch == '#') { flags |= F_ALT; have = false; continue; }
      if (ch == '0') { flags |= F_ZERO; have = false; continue; }
      break;
    }
    if (!have) return verr("incomplete format");
    auto next_char = [&]() -> bool {
      if (pos >= n) return false;
      ch = s[pos++];
      return true;
    };
    auto next_int_arg = [&](int64_t* out_v, const char* what) -> std::string {
      if (argidx >= args.size()) return "!not enough arguments for format string";
      const PctArg& a = args[argidx++];
      if (a.kind != PctArg::Int && a.kind != PctArg::Bool) return std::string("!") + what;
      *out_v = a.i;
      return {};
    };
    bool complete = true;
    if (ch == '*') {
      std::string e = next_int_arg(&width, "* wants int");
      if (!e.empty()) return type_err(e.substr(1));
      if (width < 0) { flags |= F_LJUST; width = -width; }
      complete = next_char();
    } else if (ch >= '0' && ch <= '9') {
      width = ch - '0';
      for (;;) {
        if (!next_char()) { complete = false; break; }
        if (ch < '0' || ch > '9') break;
        if (width > (INT64_MAX - 9) / 10) return verr("width too big");
        width = width * 10 + (ch - '0');
      }
    }
    if (complete && ch == '.') {
      prec = 0;
      complete = next_char();
      if (complete && ch == '*') {
        std::string e = next_int_arg(&prec, "* wants int");
        if (!e.empty()) return type_err(e.substr(1));
        if (prec < 0) prec = 0;
        complete = next_char();
      } else if (complete && ch >= '0' && ch <= '9') {
        prec = ch - '0';
        for (;;) {
          if (!next_char()) { complete = false; break; }
          if (ch < '0' || ch > '9') break;
          if (prec > (2147483647 - 9) / 10) return verr("precision too big");
          prec = prec * 10 + (ch - '0');
        }
      }
    }
    if (complete && (ch == 'h' || ch == 'l' || ch == 'L')) complete = next_char();
    if (!complete) return verr("incomplete format");

    if (argidx >= args.size()) return type_err("not enough arguments for format string");
    const PctArg& a = args[argidx++];
    std::string str;
    bool sign = false;
    switch (ch) {
      case 's': str = pct_str(a); break;
      case 'r': str = pct_repr(a); break;
      case 'a': str = ascii_of(pct_repr(a)); break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        int64_t v = 0;
        std::string float_digits;  // int(x) of a float or a big int, exact at any size
        if (a.kind == PctArg::Int || a.kind == PctArg::Bool) v = a.i;
        else if (a.kind == PctArg::BigInt) {
          bool neg = !a.s.empty() && a.s[0] == '-';
          std::string_view mag(a.s);
          if (neg) mag.remove_prefix(1);
          // %d is str(int): CPython's 4300-digit limit applies (not to %x, %o).
          if (ch != 'o' && ch != 'x' && ch != 'X' && mag.size() > 4300)
            return SR::fail(Err::ValueError,
                            "Exceeds the limit (4300 digits) for integer string conversion; "
                            "use sys.set_int_max_str_digits() to increase the limit");
          float_digits = (ch == 'o' || ch == 'x' || ch == 'X') ? decimal_to_base(mag, ch == 'o' ? 8 : 16)
                                                               : std::string(mag);
          v = neg ? -1 : 1;
        }
        else if (a.kind == PctArg::Float && ch != 'o' && ch != 'x' && ch != 'X') {
          auto r = float_to_int(a.f);
          if (!r && r.err != Err::IntOverflow) return SR::fail(r.err, r.msg);
          if (r) v = r.value;
          else {
            char b[400];
            std::snprintf(b, sizeof b, "%.0f", std::fabs(std::trunc(a.f)));
            float_digits = b;
            v = a.f < 0 ? -1 : 1;
          }
        } else if (ch == 'o' || ch == 'x' || ch == 'X') {
          return type_err(std::string("%") + static_cast<char>(ch) + " format: an integer is required, not " +
                          pct_type_name(a));
        } else {
          return type_err(std::string("%") + static_cast<char>(ch) + " format: a real number is required, not " +
                          pct_type_name(a));
        }
        int base = (ch == 'o') ? 8 : (ch == 'x' || ch == 'X') ? 16 : 10;
        uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        std::string digits = float_digits.empty() ? to_base(mag, base) : float_digits;
        if (prec > static_cast<int64_t>(digits.size()))
          digits.insert(0, static_cast<size_t>(prec - static_cast<int64_t>(digits.size())), '0');
        std::string body = v < 0 ? "-" : "";
        if ((flags & F_ALT) && base != 10) { body += '0'; body += static_cast<char>(ch == 'o' ? 'o' : 'x'); }
        body += digits;
        if (ch == 'X')
          for (char& c : body)
            if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
        str = body;
        sign = true;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (a.kind == PctArg::Float) x = a.f;
        else if (a.kind == PctArg::BigInt) {
          x = std::strtod(a.s.c_str(), nullptr);  // correctly rounded, as int.__float__
          if (std::isinf(x)) return SR::fail(Err::OverflowError, "int too large to convert to float");
        }
        else if (a.kind == PctArg::Int || a.kind == PctArg::Bool) x = static_cast<double>(a.i);
        else return type_err(std::string("must be real number, not ") + pct_type_name(a));
        str = double_to_string(x, static_cast<char>(ch), static_cast<int>(prec < 0 ? 6 : prec), false, false,
                               (flags & F_ALT) != 0, false);
        sign = true;
        break;
      }
      case 'c': {
        uint32_t c;
        if (a.kind == PctArg::Str) {
          if (utf8::length(a.s) != 1) return type_err("%c requires int or char");
          size_t k = 0;
          c = utf8::next(a.s, k);
        } else if (a.kind == PctArg::BigInt) {
          return SR::fail(Err::OverflowError, "%c arg not in range(0x110000)");
        } else if (a.kind == PctArg::Int || a.kind == PctArg::Bool) {
          if (a.i < 0 || a.i > 0x10FFFF) return SR::fail(Err::OverflowError, "%c arg not in range(0x110000)");
          c = static_cast<uint32_t>(a.i);
        } else {
          return type_err("%c requires int or char");
        }
        str = utf8::encode(c);
        break;
      }
      default: {
        char b[128];
        std::snprintf(b, sizeof b, "unsupported format character '%c' (0x%x) at index %zu",
                      (ch >= 31 && ch <= 126) ? static_cast<char>(ch) : '?', ch, pos - 1);
        return verr(b);
      }
    }
    // unicode_format_arg_output
    if (ch == 's' || ch == 'r' || ch == 'a') {
      if (prec >= 0 && static_cast<int64_t>(utf8::length(str)) > prec)
        str.resize(utf8::offset(str, static_cast<size_t>(prec)));
    }
    int64_t len = static_cast<int64_t>(utf8::length(str));
    size_t pindex = 0;
    char fill = (sign && (flags & F_ZERO)) ? '0' : ' ';
    char signchar = 0;
    if (sign) {
      char c0 = str.empty() ? 0 : str[0];
      if (c0 == '-' || c0 == '+' || c0 == ' ') { signchar = c0; --len; ++pindex; }
      else if (flags & F_SIGN) signchar = '+';
      else if (flags & F_BLANK) signchar = ' ';
      else sign = false;
    }
    if (width < len) width = len;
    if (sign) {
      if (fill != ' ') out += signchar;
      if (width > len) --width;
    }
    bool altpfx = (flags & F_ALT) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (altpfx) {
      if (fill != ' ') { out += '0'; out += static_cast<char>(ch); }
      pindex += 2;
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
      out.append(static_cast<size_t>(width - len), fill);
      width = len;
    }
    if (fill == ' ') {
      if (sign) out += signchar;
      if (altpfx) { out += '0'; out += static_cast<char>(ch); }
    }
    out.append(str, pindex, std::string::npos);
    if (width > len) out.append(static_cast<size_t>(width - len), ' ');
  }
  if (argidx < args.size()) return type_err("not all arguments converted during string formatting");
  return SR::good(std::move(out));
}

}  // namespace ts::py
