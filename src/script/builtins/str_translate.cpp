// str.translate and str.maketrans (CPython's unicode_translate and
// unicode_maketrans), with their messages.
#include "script/builtins/types.h"
#include "script/pylib/utf8.h"

namespace ts::vm {

namespace {

constexpr Owner kStr{"str", is<Str>};

int64_t ord_of(const Str& s) { return int64_t(py::utf8::to_u32(s.s)[0]); }

// str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None.
bool str_maketrans(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  static constexpr Sig kSig{"maketrans", Conv::Positional, "x, y=None, z=None, /"};
  if (!check_args(vm, kSig, nargs, kw)) return false;
  Ref<Dict> table = make<Dict>();
  if (nargs == 1) {
    Dict* d = as<Dict>(args[0]);
    if (!d) return vm.raise(vm.TypeError, "if you give only one argument to maketrans it must be a dict");
    for (auto& e : d->entries) {
      if (!e.live) continue;
      if (Str* k = as<Str>(e.key)) {
        if (k->length() != 1) return vm.raise(vm.ValueError, "string keys in translate table must be of length 1");
        table->set(Value::integer(ord_of(*k)), e.value);
      } else if (e.key.tag == Value::Int || e.key.tag == Value::Bool) {
        table->set(e.key, e.value);
      } else {
        return vm.raise(vm.TypeError, "keys in translate table must be strings or integers");
      }
    }
    out = Value::object(table);
    return true;
  }
  Str* x = as<Str>(args[0]);
  Str* y = as<Str>(args[1]);
  if (!x) return vm.raise(vm.TypeError, "first maketrans argument must be a string if there is a second argument");
  if (!y) return vm.raise(vm.TypeError, "maketrans() argument 2 must be str, not " + vm.type_name(args[1]));
  std::u32string xs = py::utf8::to_u32(x->s), ys = py::utf8::to_u32(y->s);
  if (xs.size() != ys.size())
    return vm.raise(vm.ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < xs.size(); i++) table->set(Value::integer(int64_t(xs[i])), Value::integer(int64_t(ys[i])));
  if (nargs == 3) {
    Str* z = as<Str>(args[2]);
    if (!z) return vm.raise(vm.TypeError, "maketrans() argument 3 must be str, not " + vm.type_name(args[2]));
    for (char32_t c : py::utf8::to_u32(z->s)) table->set(Value::integer(int64_t(c)), Value());
  }
  out = Value::object(table);
  return true;
}

// s.translate(table): each character through table[ord(c)]; a LookupError keeps it.
bool str_translate(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  static constexpr Sig kSig{"str.translate", Conv::O};
  if (!check_method(vm, kSig, kStr, args, nargs, kw)) return false;
  Value keep = args[0], table = args[1];
  std::u32string r;
  for (char32_t c : py::utf8::to_u32(static_cast<Str*>(keep.o)->s)) {
    Value m;
    if (!vm.getitem(table, Value::integer(int64_t(c)), m)) {
      if (!vm.isinstance(vm.error, vm.LookupError)) return false;
      vm.error = Value();
      r += c;
      continue;
    }
    if (m.is_none()) continue;
    if (m.tag == Value::Int || m.tag == Value::Bool) {
      int64_t v = m.tag == Value::Int ? m.i : m.b;
      if (v < 0 || v > 0x10FFFF) return vm.raise(vm.ValueError, "character mapping must be in range(0x110000)");
      r += char32_t(v);
    } else if (Str* s = as<Str>(m)) {
      r += py::utf8::to_u32(s->s);
    } else {
      return vm.raise(vm.TypeError, "character mapping must return integer, None or str");
    }
  }
  out = vm.make_str(py::utf8::encode(r));
  return true;
}

}  // namespace

void install_str_translate(VM& vm) {
  vm.def_method(vm.t_str, "translate", str_translate);
  Ref<NativeFn> f = make<NativeFn>();
  f->name = "maketrans";
  f->fn = str_maketrans;
  Ref<StaticMethod> sm = make<StaticMethod>();  // a static method: "".maketrans(...) takes no self
  sm->func = Value::object(f);
  vm.t_str->dict->set(vm.make_str("maketrans"), Value::object(sm));
}

}  // namespace ts::vm
