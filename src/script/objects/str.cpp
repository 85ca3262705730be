#include "script/objects/str.h"
#include "script/objects/subclass.h"

#include <string_view>
#include <vector>

#include <cstring>

#include "script/code/operators.h"
#include "script/objects/budget.h"
#include "script/objects/getargs.h"
#include "script/objects/runtime.h"
#include "script/pylib/format.h"
#include "script/pylib/hash.h"
#include "script/pylib/utf8.h"

namespace ts::vm {

using code::BinOp;

Str::Str(std::string v) : s(std::move(v)) {
  // Eight bytes at a time: every str made is scanned once.
  const char* p = s.data();
  size_t n = s.size(), i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) {
      ascii = false;
      return;
    }
  }
  for (; i < n; i++)
    if ((unsigned char)p[i] >= 0x80) {
      ascii = false;
      return;
    }
}

Value ascii_char(char c) {
  // One str per ASCII character, made once and shared (CPython caches its
  // one-character strings too): iterating or indexing a str allocates nothing.
  static Ref<Str>* table = [] {
    auto* t = new Ref<Str>[128];  // never freed: values may outlive any VM
    for (int k = 0; k < 128; k++) t[k] = make<Str>(std::string(1, char(k)));
    return t;
  }();
  return Value::object(table[(unsigned char)c & 0x7f]);
}

size_t Str::length() const { return ascii ? s.size() : py::utf8::length(s); }

uint64_t Str::compute_hash() const {
  hash_ = py::hash_str(s);
  hashed = true;
  return hash_;
}

namespace {

struct StrIter final : Iterator {
  Ref<Str> s;
  size_t pos = 0;
  int next(VM& vm, Value& out) override {
    const std::string& t = s->s;
    if (pos >= t.size()) return 0;
    if ((unsigned char)t[pos] < 0x80) {
      out = ascii_char(t[pos++]);
      return 1;
    }
    uint32_t cp;
    size_t n = py::utf8::decode(t, pos, cp);
    out = vm.make_str(t.substr(pos, n));
    pos += n;
    return 1;
  }
  const char* type_name() const override { return "str_iterator"; }
};

// Byte offset of each code point, then the end.
void utf8_offsets(const std::string& s, std::vector<size_t>& offs) {
  py::utf8::offsets(s, offs);
  offs.push_back(s.size());
}

}  // namespace

Value str_iter(Str* s) {
  Ref<StrIter> it = make<StrIter>();
  it->s = Ref<Str>(s);
  return Value::object(it);
}

bool str_getitem(VM& vm, Str* s, const Value& key, Value& out) {
  // PyNumber_AsSsize_t(key, PyExc_IndexError): a big int is no index.
  if (big_index(key))
    return vm.raise(vm.IndexError, "cannot fit '" + vm.type_name(key) + "' into an index-sized integer");
  int64_t i;
  if (vm.index_of(key, i)) {
    if (s->ascii) {
      int64_t n = (int64_t)s->s.size();
      if (i < 0) i += n;
      if (i < 0 || i >= n) return vm.raise(vm.IndexError, "string index out of range");
      out = ascii_char(s->s[i]);
      return true;
    }
    std::vector<size_t> offs;
    utf8_offsets(s->s, offs);
    int64_t n = (int64_t)offs.size() - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return vm.raise(vm.IndexError, "string index out of range");
    out = vm.make_str(s->s.substr(offs[i], offs[i + 1] - offs[i]));
    return true;
  }
  if (!vm.error.is_none()) return false;
  if (Slice* sl = as<Slice>(key)) {
    std::vector<size_t> offs;
    if (!s->ascii) utf8_offsets(s->s, offs);
    int64_t n = s->ascii ? (int64_t)s->s.size() : (int64_t)offs.size() - 1;
    int64_t start, stop, step;
    if (!slice_indices(vm, sl, n, start, stop, step)) return false;
    std::string r;
    auto ch = [&](int64_t k) {
      if (s->ascii) r += s->s[k];
      else r += s->s.substr(offs[k], offs[k + 1] - offs[k]);
    };
    if (step == 1 && s->ascii) {
      if (start < stop) r = s->s.substr(start, stop - start);
    } else if (step > 0) {
      for (int64_t k = start; k < stop; k += step) ch(k);
    } else {
      for (int64_t k = start; k > stop; k += step) ch(k);
    }
    out = vm.make_str(std::move(r));
    return true;
  }
  return vm.raise(vm.TypeError, "string indices must be integers, not '" + vm.type_name(key) + "'");
}

bool str_contains(VM& vm, Str* s, const Value& item, bool& out) {
  Str* sub = as<Str>(item);
  if (!sub) return vm.raise(vm.TypeError, "'in <string>' requires string as left operand, not " + vm.type_name(item));
  out = s->s.find(sub->s) != std::string::npos;
  return true;
}

bool str_binop(VM& vm, int opi, Str* s, const Value& b, Value& out, bool& handled) {
  BinOp op = (BinOp)opi;
  handled = true;
  if (op == BinOp::Add) {
    Str* t = as<Str>(b);
    if (!t) return vm.raise(vm.TypeError, "can only concatenate str (not \"" + vm.type_name(b) + "\") to str");
    out = vm.make_str(s->s + t->s);
    return true;
  }
  if (op == BinOp::Mul && (b.tag == Value::Int || b.tag == Value::Bool)) {
    int64_t n = b.tag == Value::Int ? b.i : b.b;
    std::string r;
    if (n > 0) {
      // CPython: past PY_SSIZE_T_MAX characters an OverflowError, else
      // whatever the memory allows.
      if ((double)s->length() * (double)n >= 9223372036854775808.0)
        return vm.raise(vm.OverflowError, "repeated string is too long");
      if (!heap_room(vm, (double)s->s.size() * (double)n)) return false;
      r.reserve(s->s.size() * n);
      for (int64_t i = 0; i < n; i++) r += s->s;
    }
    out = vm.make_str(std::move(r));
    return true;
  }
  if (op == BinOp::Mod) return format_percent(vm, *s, b, out);
  handled = false;
  return true;
}

// fmt % mapping: each "%(key)" spec takes mapping[key] (a spec without a key
// takes the mapping itself), rewritten as positional specs for percent_format.
bool percent_keys(VM& vm, const std::string& fmt, const Value& mapping, std::string& plain, std::vector<Value>& items) {
  for (size_t i = 0; i < fmt.size(); i++) {
    plain += fmt[i];
    if (fmt[i] != '%' || i + 1 >= fmt.size()) continue;
    if (fmt[i + 1] == '%') {
      plain += fmt[++i];
      continue;
    }
    if (fmt[i + 1] != '(') {
      items.push_back(mapping);
      continue;
    }
    size_t start = i + 2, j = start;
    for (int depth = 1; j < fmt.size(); j++) {  // CPython allows nested parentheses in the key
      if (fmt[j] == '(') depth++;
      else if (fmt[j] == ')' && --depth == 0) break;
    }
    if (j >= fmt.size()) return vm.raise(vm.ValueError, "incomplete format key");
    Value v;
    if (!vm.getitem(mapping, vm.make_str(fmt.substr(start, j - start)), v)) return false;
    items.push_back(v);
    i = j;
  }
  return true;
}

// The conversion character of each positional argument of fmt ('*' widths
// take an argument too, given as '*').
static std::vector<char> percent_conversions(const std::string& fmt) {
  std::vector<char> out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') continue;
    ++i;
    while (i < fmt.size() && std::string_view("-+ #0").find(fmt[i]) != std::string_view::npos) ++i;
    for (int part = 0; part < 2 && i < fmt.size(); ++part) {  // width, then .precision
      if (part == 1) {
        if (fmt[i] != '.') break;
        ++i;
      }
      if (i < fmt.size() && fmt[i] == '*') {
        out.push_back('*');
        ++i;
      }
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') ++i;
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i < fmt.size() && fmt[i] != '%') out.push_back(fmt[i]);
  }
  return out;
}

bool format_percent(VM& vm, const Str& fmt_in, const Value& args, Value& out) {
  std::vector<Value> items;
  std::string keyed;
  bool mapping = fmt_in.s.find("%(") != std::string::npos && (as<Dict>(args) || as<Instance>(args));
  if (mapping) {
    if (!percent_keys(vm, fmt_in.s, args, keyed, items)) return false;
  } else if (Tuple* t = as<Tuple>(args)) {
    items = t->items;
  } else {
    items.push_back(args);
  }
  const std::string& fmt = mapping ? keyed : fmt_in.s;
  std::vector<py::PctArg> pa;
  std::vector<char> convs;  // filled when a subclass instance needs it
  for (size_t index = 0; index < items.size(); ++index) {
    const Value& item = items[index];
    // An int or str subclass: its value, with its own str() and repr()
    // (computed only for %s/%r/%a, as CPython: a __str__ that formats
    // itself with %d must not recurse).
    const Value v = plain_value(item);
    if (!v.same(item)) {
      if (convs.empty()) convs = percent_conversions(fmt);
      const char c = index < convs.size() ? convs[index] : 's';
      std::string s, r;
      if (c == 's' && !vm.str(item, s)) return false;
      if ((c == 'r' || c == 'a') && !vm.repr(item, r)) return false;
      py::PctArg a = as<Str>(v) ? py::PctArg::of_str(as<Str>(v)->s)
                     : v.tag == Value::Int ? py::PctArg::of_int(v.i)
                                           : py::PctArg::of_bigint(as<Long>(v)->v.to_string());
      a.own_text = true;
      a.own_str = std::move(s);
      a.own_repr = std::move(r);
      pa.push_back(std::move(a));
      continue;
    }
    switch (v.tag) {
      case Value::Int: pa.push_back(py::PctArg::of_int(v.i)); break;
      case Value::Bool: pa.push_back(py::PctArg::of_bool(v.b)); break;
      case Value::Float: pa.push_back(py::PctArg::of_float(v.f)); break;
      case Value::None: pa.push_back(py::PctArg::of_none()); break;
      default: {
        if (Str* s = as<Str>(v)) {
          pa.push_back(py::PctArg::of_str(s->s));
          break;
        }
        if (Long* l = as<Long>(v)) {
          pa.push_back(py::PctArg::of_bigint(l->v.to_string()));
          break;
        }
        py::PctArg a;
        a.kind = py::PctArg::Other;
        if (!vm.str(v, a.s) || !vm.repr(v, a.repr)) return false;
        a.type_name = vm.type_name(v);
        pa.push_back(std::move(a));
      }
    }
  }
  auto r = py::percent_format(fmt, pa);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = vm.make_str(std::move(r.value));
  return true;
}

bool str_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig sig{"str", Conv::Keywords, "object='', encoding='utf-8', errors='strict'"};
  if (!check_args(vm, sig, nargs, kwargs)) return false;
  if (arg(sig, args, nargs, kwargs, 1) || arg(sig, args, nargs, kwargs, 2))
    return vm.raise(vm.NotImplementedError, "str(bytes, encoding) is not available in Turnstile scenarios");
  Value x;
  if (const Value* p = arg(sig, args, nargs, kwargs, 0)) x = *p;
  else { out = vm.make_str(""); return true; }
  if (as<Str>(x) && !as<Str>(x)->cls) { out = x; return true; }  // a subclass's: its __str__, or a plain copy
  std::string s;
  if (!vm.str(x, s)) return false;
  out = vm.make_str(std::move(s));
  return true;
}

}  // namespace ts::vm
