// str.format and str.format_map (CPython's Objects/stringlib/unicode_format.h):
// replacement fields, auto/manual numbering, attribute and index lookups,
// conversions and nested format specs, with CPython's error messages.
#include <algorithm>

#include "script/pylib/utf8.h"
#include "script/builtins/str_self.h"
#include "script/builtins/types.h"

namespace ts::vm {

namespace {

struct Formatter {
  VM& vm;
  const Value* pos;
  int npos;
  Dict* kwargs;          // str.format keyword arguments
  const Value* mapping;  // format_map's mapping (or null)
  int auto_idx = 0;
  enum { Unknown, Auto, Manual } numbering = Unknown;

  bool lookup_arg(const std::string& name, Value& out) {
    bool numeric = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (name.empty()) {
      if (numbering == Manual)
        return vm.raise(vm.ValueError, "cannot switch from manual field specification to automatic field numbering");
      numbering = Auto;
      int i = auto_idx++;
      if (mapping) return vm.raise(vm.ValueError, "Format string contains positional fields");
      if (i >= npos)
        return vm.raise(vm.IndexError, "Replacement index " + std::to_string(i) + " out of range for positional args tuple");
      out = pos[i];
      return true;
    }
    if (numeric) {
      if (numbering == Auto)
        return vm.raise(vm.ValueError, "cannot switch from automatic field numbering to manual field specification");
      numbering = Manual;
      if (name.size() > 18) return vm.raise(vm.ValueError, "Too many decimal digits in format string");
      int64_t i = std::stoll(name);
      if (mapping) return vm.raise(vm.ValueError, "Format string contains positional fields");
      if (i >= npos)
        return vm.raise(vm.IndexError, "Replacement index " + std::to_string(i) + " out of range for positional args tuple");
      out = pos[i];
      return true;
    }
    Value key = vm.make_str(name);
    if (mapping) return vm.getitem(*mapping, key, out);
    const Value* v = kwargs && kwargs->live ? kwargs->find(key) : nullptr;
    if (!v) return vm.raise_value(vm.new_exception_args(vm.KeyError, {key}));
    out = *v;
    return true;
  }

  // field_name: arg_name ("." attr | "[" key "]")*
  bool resolve(const std::string& field, Value& out) {
    size_t i = 0;
    while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
    if (!lookup_arg(field.substr(0, i), out)) return false;
    while (i < field.size()) {
      if (field[i] == '.') {
        size_t j = ++i;
        while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
        if (j == i) return vm.raise(vm.ValueError, "Empty attribute in format string");
        Ref<Str> attr = make<Str>(field.substr(i, j - i));
        Value v;
        if (!vm.getattr(out, *attr, v)) return false;
        out = std::move(v);
        i = j;
      } else if (field[i] == '[') {
        size_t j = field.find(']', i + 1);
        if (j == std::string::npos) return vm.raise(vm.ValueError, "Missing ']' in format string");
        std::string k = field.substr(i + 1, j - i - 1);
        if (k.empty()) return vm.raise(vm.ValueError, "Empty attribute in format string");
        Value key;
        bool numeric = std::all_of(k.begin(), k.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (numeric && k.size() <= 18) key = Value::integer(std::stoll(k));
        else key = vm.make_str(k);
        Value v;
        if (!vm.getitem(out, key, v)) return false;
        out = std::move(v);
        i = j + 1;
        if (i < field.size() && field[i] != '.' && field[i] != '[')
          return vm.raise(vm.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      } else {
        return vm.raise(vm.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return true;
  }

  bool format(const std::string& s, int depth, std::string& out) {
    if (depth > 1) return vm.raise(vm.ValueError, "Max string recursion exceeded");
    size_t i = 0, n = s.size();
    while (i < n) {
      char c = s[i];
      if (c == '}') {
        if (i + 1 < n && s[i + 1] == '}') { out += '}'; i += 2; continue; }
        return vm.raise(vm.ValueError, "Single '}' encountered in format string");
      }
      if (c != '{') { out += c; ++i; continue; }
      if (i + 1 < n && s[i + 1] == '{') { out += '{'; i += 2; continue; }
      // a replacement field: find its end, honouring nested braces and [] keys
      if (i + 1 >= n) return vm.raise(vm.ValueError, "Single '{' encountered in format string");
      size_t j = i + 1;
      int level = 1;
      bool in_br = false, in_name = true;
      size_t fe = std::string::npos;  // end of the field name, relative to inner
      for (; j < n; ++j) {
        char d = s[j];
        if (in_name) {
          if (d == '[') in_br = true;
          else if (d == ']') in_br = false;
          else if (!in_br && (d == '!' || d == ':')) { in_name = false; fe = j - (i + 1); }
          if (in_br) continue;
        }
        if (d == '{') ++level;
        else if (d == '}' && --level == 0) break;
      }
      if (j >= n) return vm.raise(vm.ValueError, "expected '}' before end of string");
      std::string inner = s.substr(i + 1, j - i - 1);
      i = j + 1;
      if (fe == std::string::npos) fe = inner.size();
      std::string field = inner.substr(0, fe);
      char conv = 0;
      std::string spec;
      size_t k = fe;
      if (k < inner.size() && inner[k] == '!') {
        if (k + 1 >= inner.size())
          return vm.raise(vm.ValueError, "unmatched '{' in format spec");
        conv = inner[k + 1];
        k += 2;
        if (k < inner.size() && inner[k] != ':')
          return vm.raise(vm.ValueError, "expected ':' after conversion specifier");
      }
      if (k < inner.size() && inner[k] == ':') spec = inner.substr(k + 1);
      Value v;
      if (!resolve(field, v)) return false;
      if (conv) {
        std::string t;
        if (conv == 'r' || conv == 'a') {
          if (!vm.repr(v, t)) return false;
          if (conv == 'a') {
            Value a, r;
            Value* asc = vm.builtins->find_str("ascii");
            if (!asc || !vm.call1(*asc, v, a)) return false;
            t = as<Str>(a) ? as<Str>(a)->s : t;
          }
        } else if (conv == 's') {
          if (!vm.str(v, t)) return false;
        } else {
          return vm.raise(vm.ValueError, std::string("Unknown conversion specifier ") + py::utf8::encode(uint32_t(uint8_t(conv))));
        }
        v = vm.make_str(std::move(t));
      }
      std::string full_spec;
      if (spec.find('{') != std::string::npos || spec.find('}') != std::string::npos) {
        if (!format(spec, depth + 1, full_spec)) return false;
      } else {
        full_spec = std::move(spec);
      }
      std::string piece;
      if (!vm.format(v, full_spec, piece)) return false;
      out += piece;
    }
    return true;
  }
};

bool str_format(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.format", Conv::Free);
  Formatter f{vm, args + 1, nargs - 1, kw, nullptr};
  std::string r;
  if (!f.format(self->s, 0, r)) return false;
  out = S(vm, std::move(r));
  return true;
}

bool str_format_map(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  STR_SELF("str.format_map", Conv::O);
  Formatter f{vm, nullptr, 0, nullptr, &args[1]};
  std::string r;
  if (!f.format(self->s, 0, r)) return false;
  out = S(vm, std::move(r));
  return true;
}

}  // namespace

void install_str_format(VM& vm) {
  vm.def_method(vm.t_str, "format", str_format);
  vm.def_method(vm.t_str, "format_map", str_format_map);
}

}  // namespace ts::vm
