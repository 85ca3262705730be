// Methods of str: split/join/strip, case mapping, searching, padding,
// predicates (str.format and format_map: str_format.cpp). Strings are UTF-8; every index and width a script
// sees counts code points, as in Python.
#include <algorithm>
#include <cstring>

#include "script/pylib/format.h"
#include "script/pylib/unicode.h"
#include "script/pylib/utf8.h"
#include "script/builtins/str_self.h"
#include "script/objects/budget.h"
#include "script/builtins/types.h"
#include "script/vm/vm.h"

namespace ts::vm {

namespace {

// ---- UTF-8 helpers -----------------------------------------------------------------

uint32_t cp_at(const std::string& s, size_t i, size_t& len) {
  uint32_t cp;
  len = py::utf8::decode(s, i, cp);
  return cp;
}
std::u32string decode(const std::string& s) { return py::utf8::to_u32(s); }
std::string encode(const std::u32string& u) { return py::utf8::encode(u); }

// Byte offset of code point index ci (0 <= ci <= length).
size_t byte_off(const Str* s, int64_t ci) {
  if (s->ascii) return size_t(ci);
  size_t i = 0;
  while (ci > 0 && i < s->s.size()) {
    size_t n;
    cp_at(s->s, i, n);
    i += n;
    --ci;
  }
  return i;
}
int64_t char_idx(const Str* s, size_t bi) {
  if (s->ascii) return int64_t(bi);
  return int64_t(py::utf8::length(std::string_view(s->s).substr(0, bi)));
}

// ---- character classes: CPython's own, from the generated table ------------------------

using py::unicode::is_cased;
using py::unicode::is_lower;
using py::unicode::is_title;
using py::unicode::is_upper;
bool is_ws(uint32_t c) { return py::unicode::is_space(c); }

// ---- argument helpers ------------------------------------------------------------------

Str* str_arg(VM& vm, const Value& v, const char* what = nullptr) {
  Str* s = as<Str>(v);
  if (!s) {
    if (what) vm.raise(vm.TypeError, std::string(what) + vm.type_name(v));
    else vm.raise(vm.TypeError, "must be str, not " + vm.type_name(v));
  }
  return s;
}

// start/end slice arguments in code points; returns byte offsets. ok=false on error.
// Mirrors CPython's ADJUST_INDICES (start is not clamped to the length).
bool adjust(VM& vm, Str* s, Value* args, int nargs, int first, int64_t& cs, int64_t& ce) {
  int64_t len = int64_t(s->length());
  cs = 0;
  ce = len;
  // _PyEval_SliceIndex: a big int clamps.
  auto index = [&](const Value& v, int64_t& x) {
    if (Long* l = as<Long>(v)) {
      x = l->v.is_negative() ? -INT64_MAX : INT64_MAX;
      return true;
    }
    return int_arg(vm, v, x);
  };
  if (nargs > first && !args[first].is_none()) {
    if (!index(args[first], cs)) return false;
  }
  if (nargs > first + 1 && !args[first + 1].is_none()) {
    if (!index(args[first + 1], ce)) return false;
  }
  if (ce > len) ce = len;
  else if (ce < 0) { ce += len; if (ce < 0) ce = 0; }
  if (cs < 0) { cs += len; if (cs < 0) cs = 0; }
  return true;
}


// ---- join / split ------------------------------------------------------------------------

bool str_join(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.join", Conv::O);
  std::vector<Value> items;
  if (List* l = as<List>(args[1])) items = l->items;
  else if (Tuple* t = as<Tuple>(args[1])) items = t->items;
  else if (!vm.to_list(args[1], items)) {
    return false;
  }
  std::string r;
  for (size_t i = 0; i < items.size(); ++i) {
    Str* s = as<Str>(items[i]);
    if (!s)
      return vm.raise(vm.TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                        vm.type_name(items[i]) + " found");
    if (i) r += self->s;
    r += s->s;
  }
  out = S(vm, std::move(r));
  return true;
}

// sep and maxsplit of a checked split/rsplit call.
bool split_args(VM& vm, const Sig& sig, Value* args, int nargs, Dict* kw, Str*& sep, int64_t& maxsplit) {
  const Value* sp = arg(sig, args + 1, nargs - 1, kw, 0);
  const Value* mp = arg(sig, args + 1, nargs - 1, kw, 1);
  Value sepv = sp ? *sp : Value::none();
  Value msv = mp ? *mp : Value::integer(-1);
  sep = nullptr;
  if (!sepv.is_none()) {
    sep = as<Str>(sepv);
    if (!sep) return vm.raise(vm.TypeError, "must be str or None, not " + vm.type_name(sepv));
    if (sep->s.empty()) return vm.raise(vm.ValueError, "empty separator");
  }
  if (!int_arg(vm, msv, maxsplit)) return false;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  return true;
}

bool str_split(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.split", Conv::Keywords, "sep=None, maxsplit=-1");
  Str* sep;
  int64_t maxsplit;
  if (!split_args(vm, sig, args, nargs, kw, sep, maxsplit)) return false;
  const std::string& s = self->s;
  std::vector<Value> parts;
  if (sep) {
    size_t pos = 0;
    while (maxsplit-- > 0) {
      size_t f = s.find(sep->s, pos);
      if (f == std::string::npos) break;
      parts.push_back(S(vm, s.substr(pos, f - pos)));
      pos = f + sep->s.size();
    }
    parts.push_back(S(vm, s.substr(pos)));
  } else {
    size_t i = 0, n = s.size(), len;
    auto skip_ws = [&]() {
      while (i < n) {
        uint32_t c = cp_at(s, i, len);
        if (!is_ws(c)) break;
        i += len;
      }
    };
    skip_ws();
    while (i < n) {
      if (maxsplit-- <= 0) {
        parts.push_back(S(vm, s.substr(i)));
        break;
      }
      size_t j = i;
      while (j < n) {
        uint32_t c = cp_at(s, j, len);
        if (is_ws(c)) break;
        j += len;
      }
      parts.push_back(S(vm, s.substr(i, j - i)));
      i = j;
      skip_ws();
    }
  }
  out = vm.make_list(std::move(parts));
  return true;
}

size_t prev_start(const std::string& s, size_t i) {
  // start of the code point that ends at byte i
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  return j;
}

bool str_rsplit(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.rsplit", Conv::Keywords, "sep=None, maxsplit=-1");
  Str* sep;
  int64_t maxsplit;
  if (!split_args(vm, sig, args, nargs, kw, sep, maxsplit)) return false;
  const std::string& s = self->s;
  std::vector<Value> parts;
  if (sep) {
    size_t end = s.size();
    while (maxsplit-- > 0) {
      if (end < sep->s.size()) break;
      size_t f = s.rfind(sep->s, end - sep->s.size());
      if (f == std::string::npos) break;
      parts.push_back(S(vm, s.substr(f + sep->s.size(), end - f - sep->s.size())));
      end = f;
    }
    parts.push_back(S(vm, s.substr(0, end)));
  } else {
    size_t i = s.size(), len;
    auto ws_before = [&](size_t at, size_t& st) {
      st = prev_start(s, at);
      return is_ws(cp_at(s, st, len));
    };
    size_t st;
    while (i > 0 && ws_before(i, st)) i = st;
    while (i > 0) {
      if (maxsplit-- <= 0) {
        parts.push_back(S(vm, s.substr(0, i)));
        break;
      }
      size_t j = i;
      while (j > 0 && !ws_before(j, st)) j = st;
      parts.push_back(S(vm, s.substr(j, i - j)));
      i = j;
      while (i > 0 && ws_before(i, st)) i = st;
    }
  }
  std::reverse(parts.begin(), parts.end());
  out = vm.make_list(std::move(parts));
  return true;
}

bool str_splitlines(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.splitlines", Conv::Keywords, "keepends=False");
  const Value* kp = arg(sig, args + 1, nargs - 1, kw, 0);
  Value kv = kp ? *kp : Value::boolean(false);
  int64_t keep;
  if (!int_arg(vm, kv, keep)) return false;
  const std::string& s = self->s;
  std::vector<Value> parts;
  size_t i = 0, start = 0, n = s.size(), len;
  while (i < n) {
    uint32_t c = cp_at(s, i, len);
    bool brk = c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
               c == 0x85 || c == 0x2028 || c == 0x2029;
    if (!brk) { i += len; continue; }
    size_t eol = i;
    i += len;
    if (c == '\r' && i < n && s[i] == '\n') ++i;
    parts.push_back(S(vm, s.substr(start, (keep ? i : eol) - start)));
    start = i;
  }
  if (start < n) parts.push_back(S(vm, s.substr(start)));
  out = vm.make_list(std::move(parts));
  return true;
}

bool str_partition_impl(VM& vm, Value* args, int nargs, Dict* kw, Value& out, bool right) {
  STR_SELF_NAMED(right ? "str.rpartition" : "str.partition", Conv::O);
  Str* sep = str_arg(vm, args[1]);
  if (!sep) return false;
  if (sep->s.empty()) return vm.raise(vm.ValueError, "empty separator");
  const std::string& s = self->s;
  size_t f = right ? s.rfind(sep->s) : s.find(sep->s);
  if (f == std::string::npos) {
    if (right) out = vm.make_tuple({S(vm, ""), S(vm, ""), args[0]});
    else out = vm.make_tuple({args[0], S(vm, ""), S(vm, "")});
    return true;
  }
  out = vm.make_tuple({S(vm, s.substr(0, f)), args[1], S(vm, s.substr(f + sep->s.size()))});
  return true;
}
bool str_partition(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return str_partition_impl(vm, a, n, k, o, false); }
bool str_rpartition(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return str_partition_impl(vm, a, n, k, o, true); }

// ---- strip -------------------------------------------------------------------------------------

bool strip_impl(VM& vm, Value* args, int nargs, Dict* kw, Value& out, int mode, const char* name) {
  static constexpr Sig kShape{"", Conv::Positional, "chars=None, /"};
  STR_SELF_NAMED(name, kShape);
  std::u32string chars;
  bool ws = true;
  if (nargs == 2 && !args[1].is_none()) {
    Str* c = as<Str>(args[1]);
    if (!c) return vm.raise(vm.TypeError, std::string(sig.short_name()) + " arg must be None or str");
    chars = decode(c->s);
    ws = false;
  }
  auto strip_it = [&](uint32_t c) { return ws ? is_ws(c) : chars.find(char32_t(c)) != std::u32string::npos; };
  const std::string& s = self->s;
  size_t b = 0, e = s.size(), len;
  if (mode & 1) {
    while (b < e) {
      uint32_t c = cp_at(s, b, len);
      if (!strip_it(c)) break;
      b += len;
    }
  }
  if (mode & 2) {
    while (e > b) {
      size_t st = prev_start(s, e);
      uint32_t c = cp_at(s, st, len);
      if (!strip_it(c)) break;
      e = st;
    }
  }
  if (b == 0 && e == s.size()) out = args[0];
  else out = S(vm, s.substr(b, e - b));
  return true;
}
bool str_strip(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return strip_impl(vm, a, n, k, o, 3, "str.strip"); }
bool str_lstrip(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return strip_impl(vm, a, n, k, o, 1, "str.lstrip"); }
bool str_rstrip(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return strip_impl(vm, a, n, k, o, 2, "str.rstrip"); }

bool str_removeprefix(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.removeprefix", Conv::O);
  Str* p = str_arg(vm, args[1], "removeprefix() argument must be str, not ");
  if (!p) return false;
  if (!p->s.empty() && self->s.compare(0, p->s.size(), p->s) == 0) out = S(vm, self->s.substr(p->s.size()));
  else out = args[0];
  return true;
}

bool str_removesuffix(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.removesuffix", Conv::O);
  Str* p = str_arg(vm, args[1], "removesuffix() argument must be str, not ");
  if (!p) return false;
  const std::string& s = self->s;
  if (!p->s.empty() && s.size() >= p->s.size() && s.compare(s.size() - p->s.size(), p->s.size(), p->s) == 0)
    out = S(vm, s.substr(0, s.size() - p->s.size()));
  else out = args[0];
  return true;
}

// ---- case mapping ----------------------------------------------------------------------------------

enum class CaseOp { Upper, Lower, Swap, Title, Capitalize, Casefold };

// handle_capital_sigma: a capital sigma lowers to the final form when a cased
// letter precedes it and none follows (case-ignorable characters skipped).
char32_t lower_sigma(const std::u32string& u, size_t i) {
  size_t j = i;
  while (j > 0 && py::unicode::is_case_ignorable(u[j - 1])) --j;
  bool final_sigma = j > 0 && is_cased(u[j - 1]);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < u.size() && py::unicode::is_case_ignorable(u[k])) ++k;
    final_sigma = k == u.size() || !is_cased(u[k]);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

// lower_ucs4: the full lower mapping, with the final-sigma rule.
void append_lower_at(const std::u32string& u, size_t i, std::u32string& r) {
  if (u[i] == 0x3A3) r.push_back(lower_sigma(u, i));
  else py::unicode::append_lower(u[i], r);
}

// do_upper / do_lower / do_swapcase / do_title / do_capitalize / casefold of
// Objects/unicodeobject.c.
std::string map_case(const std::string& s, CaseOp op) {
  std::u32string u = decode(s);
  std::u32string r;
  r.reserve(u.size());
  bool prev_cased = false;
  for (size_t i = 0; i < u.size(); ++i) {
    uint32_t c = u[i];
    switch (op) {
      case CaseOp::Upper: py::unicode::append_upper(c, r); break;
      case CaseOp::Lower: append_lower_at(u, i, r); break;
      case CaseOp::Casefold: py::unicode::append_fold(c, r); break;
      case CaseOp::Swap:
        if (is_upper(c)) append_lower_at(u, i, r);
        else if (is_lower(c)) py::unicode::append_upper(c, r);
        else r.push_back(char32_t(c));
        break;
      case CaseOp::Title:
        if (prev_cased) append_lower_at(u, i, r);
        else py::unicode::append_title(c, r);
        prev_cased = is_cased(c);
        break;
      case CaseOp::Capitalize:
        if (i == 0) py::unicode::append_title(c, r);
        else append_lower_at(u, i, r);
        break;
    }
  }
  return encode(r);
}

bool case_impl(VM& vm, Value* args, int nargs, Dict* kw, Value& out, CaseOp op, const char* name) {
  STR_SELF_NAMED(name, Conv::NoArgs);
  if (self->ascii) {
    std::string r = self->s;
    bool prev_cased = false;
    for (size_t i = 0; i < r.size(); ++i) {
      char& c = r[i];
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      switch (op) {
        case CaseOp::Upper: if (lo) c -= 32; break;
        case CaseOp::Lower: case CaseOp::Casefold: if (up) c += 32; break;
        case CaseOp::Swap: if (lo) c -= 32; else if (up) c += 32; break;
        case CaseOp::Title:
          if (prev_cased) { if (up) c += 32; } else if (lo) c -= 32;
          prev_cased = up || lo;
          break;
        case CaseOp::Capitalize:
          if (i == 0) { if (lo) c -= 32; } else if (up) c += 32;
          break;
      }
    }
    out = S(vm, std::move(r));
    return true;
  }
  out = S(vm, map_case(self->s, op));
  return true;
}
bool str_upper(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return case_impl(vm, a, n, k, o, CaseOp::Upper, "str.upper"); }
bool str_lower(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return case_impl(vm, a, n, k, o, CaseOp::Lower, "str.lower"); }
bool str_swapcase(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return case_impl(vm, a, n, k, o, CaseOp::Swap, "str.swapcase"); }
bool str_title(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return case_impl(vm, a, n, k, o, CaseOp::Title, "str.title"); }
bool str_capitalize(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return case_impl(vm, a, n, k, o, CaseOp::Capitalize, "str.capitalize"); }
bool str_casefold(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return case_impl(vm, a, n, k, o, CaseOp::Casefold, "str.casefold"); }

// ---- predicates ---------------------------------------------------------------------------------------

enum class Pred { Digit, Decimal, Numeric, Alpha, Alnum, Space, Upper, Lower, Title, Printable, Ascii, Identifier };

bool pred_impl(VM& vm, Value* args, int nargs, Dict* kw, Value& out, Pred p, const char* name) {
  STR_SELF_NAMED(name, Conv::NoArgs);
  std::u32string u = decode(self->s);
  bool r = true;
  switch (p) {
    case Pred::Upper:
    case Pred::Lower: {
      // unicode_isupper_impl / unicode_islower_impl
      bool cased = false;
      for (char32_t c : u) {
        bool other = p == Pred::Upper ? is_lower(c) : is_upper(c);
        if (other || is_title(c)) { r = false; break; }
        if (p == Pred::Upper ? is_upper(c) : is_lower(c)) cased = true;
      }
      r = r && cased;
      break;
    }
    case Pred::Title: {
      // unicode_istitle_impl
      bool any = false, prev_cased = false;
      for (char32_t c : u) {
        if (is_upper(c) || is_title(c)) {
          if (prev_cased) { r = false; break; }
          prev_cased = any = true;
        } else if (is_lower(c)) {
          if (!prev_cased) { r = false; break; }
          prev_cased = any = true;
        } else {
          prev_cased = false;
        }
      }
      r = r && any;
      break;
    }
    case Pred::Printable:
      for (char32_t c : u) if (!py::unicode::is_printable(c)) { r = false; break; }
      break;
    case Pred::Ascii: r = self->ascii; break;
    case Pred::Identifier: {
      if (u.empty()) { r = false; break; }
      for (size_t i = 0; i < u.size(); ++i) {
        char32_t c = u[i];
        bool ok = i == 0 ? py::unicode::is_xid_start(c) : py::unicode::is_xid_continue(c);
        if (!ok) { r = false; break; }
      }
      break;
    }
    default: {
      if (u.empty()) { r = false; break; }
      for (char32_t c : u) {
        bool ok = false;
        switch (p) {
          case Pred::Digit: ok = py::unicode::is_digit(c); break;
          case Pred::Decimal: ok = py::unicode::is_decimal(c); break;
          case Pred::Numeric: ok = py::unicode::is_numeric(c); break;
          case Pred::Alpha: ok = py::unicode::is_alpha(c); break;
          case Pred::Alnum: ok = py::unicode::is_alpha(c) || py::unicode::is_numeric(c); break;
          case Pred::Space: ok = is_ws(c); break;
          default: break;
        }
        if (!ok) { r = false; break; }
      }
    }
  }
  out = Value::boolean(r);
  return true;
}
#define PRED(fn, P, name) \
  bool fn(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return pred_impl(vm, a, n, k, o, Pred::P, name); }
PRED(str_isdigit, Digit, "str.isdigit")
PRED(str_isdecimal, Decimal, "str.isdecimal")
PRED(str_isnumeric, Numeric, "str.isnumeric")
PRED(str_isalpha, Alpha, "str.isalpha")
PRED(str_isalnum, Alnum, "str.isalnum")
PRED(str_isspace, Space, "str.isspace")
PRED(str_isupper, Upper, "str.isupper")
PRED(str_islower, Lower, "str.islower")
PRED(str_istitle, Title, "str.istitle")
PRED(str_isprintable, Printable, "str.isprintable")
PRED(str_isascii, Ascii, "str.isascii")
PRED(str_isidentifier, Identifier, "str.isidentifier")

// ---- searching ---------------------------------------------------------------------------------------

// find/rfind/index/rindex/count share the argument handling.
bool search_args(VM& vm, Value* args, int nargs, Str*& sub, size_t& bs, size_t& be, int64_t& cs, int64_t& ce,
                 bool& empty_range) {
  Str* self = as<Str>(args[0]);
  sub = str_arg(vm, args[1]);
  if (!sub) return false;
  if (!adjust(vm, self, args, nargs, 2, cs, ce)) return false;
  int64_t sublen = int64_t(sub->length());
  empty_range = ce - cs < sublen || cs > int64_t(self->length());
  if (empty_range) return true;
  bs = byte_off(self, cs);
  be = byte_off(self, ce);
  return true;
}

int64_t do_find(Str* self, Str* sub, size_t bs, size_t be, bool right) {
  std::string_view hay(self->s);
  hay = hay.substr(bs, be - bs);
  size_t f = right ? hay.rfind(sub->s) : hay.find(sub->s);
  if (f == std::string_view::npos) return -1;
  return char_idx(self, bs + f);
}

bool find_impl(VM& vm, Value* args, int nargs, Dict* kw, Value& out, bool right, bool raise_missing,
               const char* name) {
  static constexpr Sig kShape{"", Conv::Tuple, "sub, start=None, end=None, /"};
  STR_SELF_NAMED(name, kShape);
  Str* sub;
  size_t bs = 0, be = 0;
  int64_t cs, ce;
  bool empty;
  if (!search_args(vm, args, nargs, sub, bs, be, cs, ce, empty)) return false;
  int64_t r = empty ? -1 : do_find(self, sub, bs, be, right);
  if (r < 0 && raise_missing) return vm.raise(vm.ValueError, "substring not found");
  out = Value::integer(r);
  return true;
}
bool str_find(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return find_impl(vm, a, n, k, o, false, false, "str.find"); }
bool str_rfind(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return find_impl(vm, a, n, k, o, true, false, "str.rfind"); }
bool str_index(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return find_impl(vm, a, n, k, o, false, true, "str.index"); }
bool str_rindex(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return find_impl(vm, a, n, k, o, true, true, "str.rindex"); }

bool str_count(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.count", Conv::Tuple, "sub, start=None, end=None, /");
  Str* sub;
  size_t bs = 0, be = 0;
  int64_t cs, ce;
  bool empty;
  if (!search_args(vm, args, nargs, sub, bs, be, cs, ce, empty)) return false;
  if (empty) { out = Value::integer(0); return true; }
  if (sub->s.empty()) { out = Value::integer(ce - cs + 1); return true; }
  int64_t c = 0;
  std::string_view hay = std::string_view(self->s).substr(bs, be - bs);
  for (size_t p = hay.find(sub->s); p != std::string_view::npos; p = hay.find(sub->s, p + sub->s.size())) ++c;
  out = Value::integer(c);
  return true;
}

bool affix_impl(VM& vm, Value* args, int nargs, Dict* kw, Value& out, bool suffix) {
  static constexpr Sig kShape{"", Conv::Tuple, "prefix, start=None, end=None, /"};
  STR_SELF_NAMED(suffix ? "str.endswith" : "str.startswith", kShape);
  const std::string name(sig.short_name());
  int64_t cs, ce;
  if (!adjust(vm, self, args, nargs, 2, cs, ce)) return false;
  std::vector<Str*> subs;
  if (Tuple* t = as<Tuple>(args[1])) {
    for (auto& x : t->items) {
      Str* s = as<Str>(x);
      if (!s)
        return vm.raise(vm.TypeError, "tuple for " + name + " must only contain str, not " +
                                          vm.type_name(x));
      subs.push_back(s);
    }
  } else if (Str* s = as<Str>(args[1])) {
    subs.push_back(s);
  } else {
    return vm.raise(vm.TypeError, name + " first arg must be str or a tuple of str, not " +
                                      vm.type_name(args[1]));
  }
  bool r = false;
  for (Str* sub : subs) {
    int64_t sl = int64_t(sub->length());
    if (ce - sl < cs) continue;
    size_t bs = byte_off(self, suffix ? ce - sl : cs);
    if (self->s.compare(bs, sub->s.size(), sub->s) == 0) { r = true; break; }
  }
  out = Value::boolean(r);
  return true;
}
bool str_startswith(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return affix_impl(vm, a, n, k, o, false); }
bool str_endswith(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return affix_impl(vm, a, n, k, o, true); }

bool str_replace(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.replace", Conv::Positional, "old, new, count=-1, /");
  Str* old = str_arg(vm, args[1], "replace() argument 1 must be str, not ");
  if (!old) return false;
  Str* nw = str_arg(vm, args[2], "replace() argument 2 must be str, not ");
  if (!nw) return false;
  int64_t count = -1;
  if (nargs == 4 && !int_arg(vm, args[3], count)) return false;
  if (count < 0) count = INT64_MAX;
  const std::string& s = self->s;
  std::string r;
  if (old->s.empty()) {
    // insert between every character (and at both ends)
    size_t i = 0, len;
    if (count > 0) { r += nw->s; --count; }
    while (i < s.size()) {
      cp_at(s, i, len);
      r.append(s, i, len);
      i += len;
      if (count > 0 && i <= s.size()) { r += nw->s; --count; }
    }
    out = S(vm, std::move(r));
    return true;
  }
  size_t pos = 0;
  while (count > 0) {
    size_t f = s.find(old->s, pos);
    if (f == std::string::npos) break;
    r.append(s, pos, f - pos);
    r += nw->s;
    pos = f + old->s.size();
    --count;
  }
  if (pos == 0) { out = args[0]; return true; }
  r.append(s, pos, std::string::npos);
  out = S(vm, std::move(r));
  return true;
}

// ---- padding ----------------------------------------------------------------------------------------------

bool pad_impl(VM& vm, Value* args, int nargs, Dict* kw, Value& out, int mode, const char* name) {
  // mode: 0 ljust, 1 rjust, 2 center
  static constexpr Sig kShape{"", Conv::Positional, "width, fillchar=' ', /"};
  STR_SELF_NAMED(name, kShape);
  int64_t width;
  if (!int_arg(vm, args[1], width)) return false;
  std::string fill = " ";
  if (nargs == 3) {
    Str* f = as<Str>(args[2]);
    if (!f)
      return vm.raise(vm.TypeError, std::string(sig.short_name()) + "() argument 2 must be str, not " +
                                        vm.type_name(args[2]));
    if (f->length() != 1) return vm.raise(vm.TypeError, "The fill character must be exactly one character long");
    fill = f->s;
  }
  int64_t len = int64_t(self->length());
  if (width <= len) { out = args[0]; return true; }
  int64_t marg = width - len, left, right;
  if (mode == 0) { left = 0; right = marg; }
  else if (mode == 1) { left = marg; right = 0; }
  else {
    left = marg / 2 + (marg & width & 1);
    right = marg - left;
  }
  if (!heap_room(vm, double(marg) * double(fill.size()) + double(self->s.size()))) return false;
  std::string r;
  r.reserve(size_t(marg) * fill.size() + self->s.size());
  for (int64_t i = 0; i < left; ++i) r += fill;
  r += self->s;
  for (int64_t i = 0; i < right; ++i) r += fill;
  out = S(vm, std::move(r));
  return true;
}
bool str_ljust(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return pad_impl(vm, a, n, k, o, 0, "str.ljust"); }
bool str_rjust(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return pad_impl(vm, a, n, k, o, 1, "str.rjust"); }
bool str_center(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return pad_impl(vm, a, n, k, o, 2, "str.center"); }

bool str_zfill(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.zfill", Conv::O);
  int64_t width;
  if (!int_arg(vm, args[1], width)) return false;
  int64_t len = int64_t(self->length());
  if (width <= len) { out = args[0]; return true; }
  if (!heap_room(vm, double(width - len) + double(self->s.size()))) return false;
  std::string r(size_t(width - len), '0');
  const std::string& s = self->s;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) r = s[0] + r + s.substr(1);
  else r += s;
  out = S(vm, std::move(r));
  return true;
}

bool str_expandtabs(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.expandtabs", Conv::Keywords, "tabsize=8");
  const Value* tp = arg(sig, args + 1, nargs - 1, kw, 0);
  Value tv = tp ? *tp : Value::integer(8);
  int64_t tab;
  if (!int_arg(vm, tv, tab)) return false;
  if (tab > INT32_MAX || tab < INT32_MIN) return vm.raise(vm.OverflowError, "Python int too large to convert to C int");
  std::string r;
  int64_t col = 0;
  const std::string& s = self->s;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    uint32_t c = cp_at(s, i, len);
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        r.append(size_t(n), ' ');
        col += n;
      }
    } else {
      r.append(s, i, len);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
    i += len;
  }
  out = S(vm, std::move(r));
  return true;
}

bool str_encode(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.encode", Conv::Keywords, "encoding='utf-8', errors='strict'");
  for (int i = 0; i < 2; ++i)
    if (const Value* v = arg(sig, args + 1, nargs - 1, kw, i); v && !as<Str>(*v))
      return vm.raise(vm.TypeError, "encode() argument '" + std::string(sig.param(i)) + "' must be str, not " +
                                        vm.type_name(*v));
  return vm.raise(vm.NotImplementedError, "str.encode() is not available in Turnstile scenarios (no bytes type)");
}

// ---- str.format ---------------------------------------------------------------------------------------

}  // namespace

void install_str_methods(VM& vm) {
  PyType* T = vm.t_str;
  struct { const char* n; NativeFnPtr f; } m[] = {
      {"join", str_join}, {"split", str_split}, {"rsplit", str_rsplit}, {"splitlines", str_splitlines},
      {"partition", str_partition}, {"rpartition", str_rpartition}, {"strip", str_strip}, {"lstrip", str_lstrip},
      {"rstrip", str_rstrip}, {"removeprefix", str_removeprefix}, {"removesuffix", str_removesuffix},
      {"upper", str_upper}, {"lower", str_lower}, {"swapcase", str_swapcase}, {"title", str_title},
      {"capitalize", str_capitalize}, {"casefold", str_casefold}, {"isdigit", str_isdigit},
      {"isdecimal", str_isdecimal}, {"isnumeric", str_isnumeric}, {"isalpha", str_isalpha}, {"isalnum", str_isalnum},
      {"isspace", str_isspace}, {"isupper", str_isupper}, {"islower", str_islower}, {"istitle", str_istitle},
      {"isprintable", str_isprintable}, {"isascii", str_isascii}, {"isidentifier", str_isidentifier},
      {"find", str_find}, {"rfind", str_rfind}, {"index", str_index}, {"rindex", str_rindex}, {"count", str_count},
      {"startswith", str_startswith}, {"endswith", str_endswith}, {"replace", str_replace}, {"ljust", str_ljust},
      {"rjust", str_rjust}, {"center", str_center}, {"zfill", str_zfill}, {"expandtabs", str_expandtabs},
      {"encode", str_encode},
  };
  for (auto& e : m) vm.def_method(T, e.n, e.f);
  install_str_format(vm);
}

}  // namespace ts::vm
