// The builtin functions (print, len, isinstance, getattr, ...; those over
// iterables are iteration.cpp's); the builtin
// types and their constructors are the objects layer's (objects/type.cpp).
// Error messages are CPython 3.11's, since scripts may print them.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "script/code/operators.h"
#include "script/pylib/format.h"
#include "script/pylib/num.h"
#include "script/pylib/utf8.h"
#include "script/builtins/types.h"
#include "script/objects/subclass.h"
#include "script/vm/vm.h"

namespace ts::vm {

namespace {

constexpr int kPow = int(code::BinOp::Pow);

Str* as_str(const Value& v) { return as<Str>(v); }

// ---- print -----------------------------------------------------------------------

// print(..., file=f): as CPython, one f.write() per piece (each argument's
// str, each separator, the end), then f.flush() when asked.
bool print_to_file(VM& vm, Value* args, int nargs, const std::string& sep, const std::string& end, const Value& file,
                   const Value& flush, Value& out) {
  Value r;
  auto write = [&](Value piece) { return vm.callm(file, "write", &piece, 1, r); };
  for (int i = 0; i < nargs; ++i) {
    if (i && !write(vm.make_str(sep))) return false;
    std::string piece;
    if (as_str(args[i]) && !as_str(args[i])->cls) {  // a str subclass prints its __str__
      if (!write(args[i])) return false;
    } else if (!vm.str(args[i], piece) || !write(vm.make_str(piece))) {
      return false;
    }
  }
  if (!write(vm.make_str(end))) return false;
  bool do_flush = false;
  if (!flush.is_none() && !vm.truthy(flush, do_flush)) return false;
  if (do_flush && !vm.callm(file, "flush", nullptr, 0, r)) return false;
  out = Value::none();
  return true;
}

bool b_print(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"print", Conv::Keywords, "*, sep=' ', end='\\n', file=None, flush=False"};
  if (!check_args(vm, kSig, 0, kwargs))
    return false;
  std::string sep = " ", end = "\n";
  Value file, flush;
  if (kwargs && kwargs->live) {
    for (auto& e : kwargs->entries) {
      if (!e.live) continue;
      Str* k = as_str(e.key);
      std::string name = k ? k->s : "?";
      if (name == "sep" || name == "end") {
        if (e.value.is_none()) continue;
        Str* s = as_str(e.value);
        if (!s) return vm.raise(vm.TypeError, name + " must be None or a string, not " + vm.type_name(e.value));
        (name == "sep" ? sep : end) = s->s;
      } else if (name == "flush") {
        flush = e.value;
      } else if (name == "file") {
        file = e.value;
      }
    }
  }
  if (!file.is_none()) return print_to_file(vm, args, nargs, sep, end, file, flush, out);
  std::string text;
  // Where each argument's str ends in text (no allocation for a usual print).
  size_t ends_small[8];
  std::vector<size_t> ends_big(nargs > 8 ? size_t(nargs) : 0);
  size_t* ends = nargs > 8 ? ends_big.data() : ends_small;
  for (int i = 0; i < nargs; ++i) {
    if (i) text += sep;
    if (Str* s = as_str(args[i]); s && !s->cls) {
      text += s->s;
    } else {
      std::string piece;
      if (!vm.str(args[i], piece)) {
        // CPython has already written the earlier pieces.
        if (!text.empty() && vm.count_output(text.size()) && vm.write) vm.write(text);
        return false;
      }
      text += piece;
    }
    ends[i] = text.size();
  }
  text += end;
  if (!vm.count_output(text.size())) return false;
  if (vm.write && text.find('\xed') != std::string::npos) {
    // A lone surrogate may be there: CPython writes piece by piece, and the
    // encoder refuses the piece holding it (the pieces before come out).
    auto piece = [&](const std::string& t) {
      if (!t.empty()) vm.write(t);
      return vm.error.is_none();
    };
    size_t at = 0;
    for (int i = 0; i < nargs; ++i) {
      if (i) {
        if (!piece(sep)) return false;
        at += sep.size();
      }
      if (!piece(text.substr(at, ends[size_t(i)] - at))) return false;
      at = ends[size_t(i)];
    }
    if (!piece(end)) return false;
  } else if (vm.write && vm.threads && vm.threads->charging()) {
    // Python code charged as CPU time: the line comes out once the code
    // before it has had its time (at the virtual time it would).
    VM* v = &vm;
    return vm.threads->settle_then(vm, [v, text = std::move(text)] {
      if (v->write) v->write(text);
      return Value::none();
    }, out);
  } else if (vm.write) {
    vm.write(text);
  }
  out = Value::none();
  return true;
}

// ---- simple builtins ---------------------------------------------------------------

bool b_len(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"len", Conv::O}, nargs, kwargs)) return false;
  int64_t n;
  if (!vm.len(args[0], n)) return false;
  out = Value::integer(n);
  return true;
}

bool b_repr(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"repr", Conv::O}, nargs, kwargs)) return false;
  std::string s;
  if (!vm.repr(args[0], s)) return false;
  out = vm.make_str(std::move(s));
  return true;
}

bool b_ascii(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"ascii", Conv::O}, nargs, kwargs)) return false;
  std::string s;
  if (!vm.repr(args[0], s)) return false;
  std::string r;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = py::utf8::next(s, i);
    if (cp < 0x80) { r += char(cp); continue; }
    char buf[16];
    if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
    else snprintf(buf, sizeof buf, "\\U%08x", cp);
    r += buf;
  }
  out = vm.make_str(std::move(r));
  return true;
}

bool b_abs(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"abs", Conv::O}, nargs, kwargs)) return false;
  const Value& v = args[0];
  switch (v.tag) {
    case Value::Bool: out = Value::integer(v.b ? 1 : 0); return true;
    case Value::Int: {
      int64_t r;
      if (!py::checked_abs(v.i, &r)) {
        out = make_int(py::BigInt::from_i64(v.i).abs());
        return true;
      }
      out = Value::integer(r);
      return true;
    }
    case Value::Float: out = Value::real(std::fabs(v.f)); return true;
    default: break;
  }
  if (Long* l = as<Long>(v)) {
    out = make_int(l->v.abs());
    return true;
  }
  if (as<Instance>(v) && vm.type_of(v)->lookup("__abs__")) return vm.callm(v, "__abs__", nullptr, 0, out);
  return vm.raise(vm.TypeError, "bad operand type for abs(): '" + vm.type_name(v) + "'");
}

bool b_round(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig sig{"round", Conv::Keywords, "number, ndigits=None"};
  if (!check_args(vm, sig, nargs, kwargs)) return false;
  Value number = *arg(sig, args, nargs, kwargs, 0);
  const Value* ndp = arg(sig, args, nargs, kwargs, 1);
  Value nd = ndp ? *ndp : Value();
  bool have_nd = !nd.is_none();
  int64_t n = 0;
  if (Long* l = have_nd ? as<Long>(nd) : nullptr) {
    // A float's ndigits clamps (CPython's PyNumber_AsSsize_t(nd, NULL)); an
    // int rounded to huge positive digits is itself.
    if (number.tag == Value::Float) {
      n = l->v.is_negative() ? -INT64_MAX : INT64_MAX;
    } else if (!l->v.is_negative() && (number.tag == Value::Int || number.tag == Value::Bool || as<Long>(number))) {
      out = number.tag == Value::Bool ? Value::integer(number.b) : number;
      return true;
    }
  }
  if (have_nd && !as<Long>(nd) && !int_arg(vm, nd, n)) return false;
  if (have_nd && as<Long>(nd) && number.tag != Value::Float) return int_arg(vm, nd, n);
  if (number.tag == Value::Bool || number.tag == Value::Int) {
    int64_t i = number.tag == Value::Bool ? (number.b ? 1 : 0) : number.i;
    if (!have_nd) { out = Value::integer(i); return true; }
    auto r = py::round_int_ndigits(i, n);
    if (!r && r.err == py::Err::IntOverflow) {  // round(2**63 - 1, -1) leaves int64
      auto b = py::BigInt::from_i64(i).round_ndigits(n);
      if (!b) return raise_py(vm, b.err, b.msg);
      out = make_int(std::move(b.value));
      return true;
    }
    if (!r) return raise_py(vm, r.err, r.msg);
    out = Value::integer(r.value);
    return true;
  }
  if (Long* l = as<Long>(number)) {
    if (!have_nd) { out = number; return true; }
    auto b = l->v.round_ndigits(n);
    if (!b) return raise_py(vm, b.err, b.msg);
    out = make_int(std::move(b.value));
    return true;
  }
  if (number.tag == Value::Float) {
    if (!have_nd) {
      auto r = py::round_float(number.f);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::integer(r.value);
      return true;
    }
    auto r = py::round_float_ndigits(number.f, n);
    if (!r) return raise_py(vm, r.err, r.msg);
    out = Value::real(r.value);
    return true;
  }
  if (as<Instance>(number) && vm.type_of(number)->lookup("__round__")) {
    if (have_nd) return vm.callm(number, "__round__", &nd, 1, out);
    return vm.callm(number, "__round__", nullptr, 0, out);
  }
  return vm.raise(vm.TypeError, "type " + vm.type_name(number) + " doesn't define __round__ method");
}

int class_match_room(VM& vm) { return vm.limits.max_depth - vm.depth - int(vm.frame_stack.size()); }

// isinstance / issubclass against a type or a (nested) tuple of types.
// Returns -1 when classinfo is not valid, -2 when its tuples nest deeper
// than `room` (CPython recurses, counting against the recursion limit).
// A user metaclass's __instancecheck__ / __subclasscheck__ decides (abc.ABCMeta's
// registry and __subclasshook__), as in CPython's PyObject_IsInstance; an exact
// type match for isinstance skips the hook, as there. -3 when the hook raised.
int hooked_match(VM& vm, const Value& obj, bool instance, const Value& classinfo, int room) {
  if (PyType* c = as<PyType>(classinfo)) {
    PyType* t = instance ? vm.type_of(obj) : as<PyType>(obj);
    if (instance && t == c) return 1;
    if (c->meta)
      if (Value* hook = c->meta->lookup(instance ? "__instancecheck__" : "__subclasscheck__")) {
        Value args[2] = {classinfo, obj};
        Value r;
        bool b;
        if (!vm.call(*hook, args, 2, nullptr, r) || !vm.truthy(r, b)) return -3;
        return b ? 1 : 0;
      }
    return t->is_subtype(c) ? 1 : 0;
  }
  if (Tuple* tu = as<Tuple>(classinfo)) {
    if (room <= 0) return -2;
    for (auto& x : tu->items) {
      int r = hooked_match(vm, obj, instance, x, room - 1);
      if (r != 0) return r;
    }
    return 0;
  }
  return -1;
}

bool b_isinstance(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"isinstance", Conv::Positional, "obj, class_or_tuple, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  int r = hooked_match(vm, args[0], true, args[1], class_match_room(vm));
  if (r == -3) return false;
  if (r == -2) return vm.raise(vm.RecursionError, "maximum recursion depth exceeded in __instancecheck__");
  if (r < 0)
    return vm.raise(vm.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  out = Value::boolean(r == 1);
  return true;
}

bool b_issubclass(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"issubclass", Conv::Positional, "cls, class_or_tuple, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  PyType* t = as<PyType>(args[0]);
  if (!t) return vm.raise(vm.TypeError, "issubclass() arg 1 must be a class");
  int r = hooked_match(vm, args[0], false, args[1], class_match_room(vm));
  if (r == -3) return false;
  if (r == -2) return vm.raise(vm.RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
  if (r < 0) return vm.raise(vm.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  out = Value::boolean(r == 1);
  return true;
}

bool b_callable(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"callable", Conv::O}, nargs, kwargs)) return false;
  out = Value::boolean(vm.is_callable(args[0]));
  return true;
}

bool b_id(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"id", Conv::O}, nargs, kwargs)) return false;
  const Value& v = args[0];
  int64_t id;
  if (v.is_obj()) {
    id = int64_t(reinterpret_cast<uintptr_t>(v.o));
  } else {
    // Immediates: a deterministic value per (tag, payload), so equal
    // immediates (which are `is`-identical) share an id.
    uint64_t h = uint64_t(v.i) * 0x9E3779B97F4A7C15ull + uint64_t(v.tag) * 0x632BE59BD9B4E019ull;
    id = int64_t((h >> 4) | 0x100000000000ull) & INT64_MAX;
  }
  out = Value::integer(id);
  return true;
}

bool b_hash(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"hash", Conv::O}, nargs, kwargs)) return false;
  uint64_t u;
  if (!vm.hash(args[0], u)) return false;
  int64_t h = int64_t(u);
  out = Value::integer(h == -1 ? -2 : h);
  return true;
}

bool b_format(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"format", Conv::Positional, "value, format_spec='', /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  std::string spec;
  if (nargs == 2) {
    Str* s = as_str(args[1]);
    if (!s) return vm.raise(vm.TypeError, "format() argument 2 must be str, not " + vm.type_name(args[1]));
    spec = s->s;
  }
  std::string r;
  if (!vm.format(args[0], spec, r)) return false;
  out = vm.make_str(std::move(r));
  return true;
}

bool attr_name(VM& vm, const Value& v, Str*& out) {
  out = as_str(v);
  if (!out) return vm.raise(vm.TypeError, "attribute name must be string, not '" + vm.type_name(v) + "'");
  return true;
}

bool b_getattr(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"getattr", Conv::Positional, "object, name, default=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  Str* name;
  if (!attr_name(vm, args[1], name)) return false;
  if (vm.getattr(args[0], *name, out)) return true;
  if (nargs == 3 && vm.exc_matches(vm.error, vm.AttributeError)) {
    vm.error = Value::none();
    out = args[2];
    return true;
  }
  return false;
}

bool b_setattr(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"setattr", Conv::Positional, "obj, name, value, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  Str* name;
  if (!attr_name(vm, args[1], name)) return false;
  if (!vm.setattr(args[0], *name, args[2])) return false;
  out = Value::none();
  return true;
}

bool b_hasattr(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"hasattr", Conv::Positional, "obj, name, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  Str* name;
  if (!attr_name(vm, args[1], name)) return false;
  Value v;
  if (vm.getattr(args[0], *name, v)) { out = Value::boolean(true); return true; }
  if (vm.exc_matches(vm.error, vm.AttributeError)) {
    vm.error = Value::none();
    out = Value::boolean(false);
    return true;
  }
  return false;
}

bool b_delattr(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"delattr", Conv::Positional, "obj, name, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  Str* name;
  if (!attr_name(vm, args[1], name)) return false;
  if (!vm.delattr(args[0], *name)) return false;
  out = Value::none();
  return true;
}

bool num_of(const Value& v, bool& is_float, int64_t& i, double& f) {
  if (v.tag == Value::Int) { is_float = false; i = v.i; return true; }
  if (v.tag == Value::Bool) { is_float = false; i = v.b ? 1 : 0; return true; }
  if (v.tag == Value::Float) { is_float = true; f = v.f; return true; }
  return false;
}

bool b_divmod(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"divmod", Conv::Positional, "x, y, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  bool fa, fb;
  int64_t ia = 0, ib = 0;
  double da = 0, db = 0;
  Long *la = as<Long>(args[0]), *lb = as<Long>(args[1]);
  // (q, r) from the // and % operators: the big-int results
  auto divmod_by_operators = [&] {
    Value q, m;
    if (!vm.binary(int(code::BinOp::FloorDiv), args[0], args[1], q) ||
        !vm.binary(int(code::BinOp::Mod), args[0], args[1], m))
      return false;
    out = vm.make_tuple({q, m});
    return true;
  };
  if (la || lb) {
    // A big int: // and % as the operators give them (a big quotient, or
    // the float conversion's OverflowError against a float).
    const bool other_ok = (la || num_of(args[0], fa, ia, da)) && (lb || num_of(args[1], fb, ib, db));
    if (other_ok) return divmod_by_operators();
  }
  if (!num_of(args[0], fa, ia, da) || !num_of(args[1], fb, ib, db)) {
    PyType* ta = vm.type_of(args[0]);
    if (as<Instance>(args[0]) && ta->lookup("__divmod__")) return vm.callm(args[0], "__divmod__", &args[1], 1, out);
    PyType* tb = vm.type_of(args[1]);
    if (as<Instance>(args[1]) && tb->lookup("__rdivmod__")) return vm.callm(args[1], "__rdivmod__", &args[0], 1, out);
    return vm.raise(vm.TypeError, "unsupported operand type(s) for divmod(): '" + ta->name->s + "' and '" +
                                      tb->name->s + "'");
  }
  if (!fa && !fb) {
    if (ib == 0) return vm.raise(vm.ZeroDivisionError, "integer division or modulo by zero");
    auto q = py::int_floordiv(ia, ib);
    if (!q && q.err == py::Err::IntOverflow) return divmod_by_operators();  // -2**63 // -1
    if (!q) return raise_py(vm, q.err, q.msg);
    auto m = py::int_mod(ia, ib);
    if (!m) return raise_py(vm, m.err, m.msg);
    out = vm.make_tuple({Value::integer(q.value), Value::integer(m.value)});
    return true;
  }
  double a = fa ? da : py::int_to_float(ia), b = fb ? db : py::int_to_float(ib);
  auto r = py::float_divmod(a, b);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = vm.make_tuple({Value::real(r.value.q), Value::real(r.value.r)});
  return true;
}

// pow(b, e, m) with a big int among them: square-and-multiply on BigInts,
// reduced mod |m| at each step (10**100-bit exponents are 333 squarings); a
// negative exponent inverts b first (extended Euclid), as CPython's long_pow.
bool big_pow_mod(VM& vm, const Value* a, Value& out) {
  py::BigInt b, e, m;
  VM::big_of(a[0], b);
  VM::big_of(a[1], e);
  VM::big_of(a[2], m);
  if (m.is_zero()) return vm.raise(vm.ValueError, "pow() 3rd argument cannot be 0");
  const bool neg_mod = m.is_negative();
  const py::BigInt mm = m.abs();
  auto fail = [&](const auto& r) { return raise_py(vm, r.err, r.msg); };
  auto mod = [&](const py::BigInt& x, py::BigInt& r) {
    auto q = x.mod(mm);
    if (!q) return fail(q);
    r = std::move(q.value);
    return true;
  };
  if (!mod(b, b)) return false;
  if (e.is_negative()) {
    py::BigInt r0 = b, r1 = mm, s0 = py::BigInt::from_i64(1), s1 = py::BigInt::from_i64(0);
    while (!r1.is_zero()) {
      auto q = r0.floordiv(r1);
      if (!q) return fail(q);
      auto qr = q.value.mul(r1);
      if (!qr) return fail(qr);
      py::BigInt t = r0.sub(qr.value);
      r0 = r1;
      r1 = t;
      auto qs = q.value.mul(s1);
      if (!qs) return fail(qs);
      t = s0.sub(qs.value);
      s0 = s1;
      s1 = t;
    }
    if (r0 != py::BigInt::from_i64(1)) return vm.raise(vm.ValueError, "base is not invertible for the given modulus");
    if (!mod(s0, b)) return false;
    e = e.neg();
  }
  py::BigInt result;
  if (!mod(py::BigInt::from_i64(1), result)) return false;
  const py::BigInt one = py::BigInt::from_i64(1);
  while (!e.is_zero()) {
    if (e.is_odd()) {
      auto p = result.mul(b);
      if (!p || !mod(p.value, result)) return p ? false : fail(p);
    }
    auto sq = b.mul(b);
    if (!sq || !mod(sq.value, b)) return sq ? false : fail(sq);
    auto sh = e.rshift(one);
    if (!sh) return fail(sh);
    e = std::move(sh.value);
  }
  if (neg_mod && !result.is_zero()) result = result.sub(mm);
  out = make_int(std::move(result));
  return true;
}

bool b_pow(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig sig{"pow", Conv::Keywords, "base, exp, mod=None"};
  if (!check_args(vm, sig, nargs, kwargs)) return false;
  Value a[3];
  for (int i = 0; i < 3; ++i)
    if (const Value* p = arg(sig, args, nargs, kwargs, i)) a[i] = *p;
  if (a[2].is_none()) return vm.binary(kPow, a[0], a[1], out);
  auto is_int = [](const Value& v) { return v.tag == Value::Int || v.tag == Value::Bool; };
  auto ival = [](const Value& v) { return v.tag == Value::Bool ? int64_t(v.b) : v.i; };
  if ((as<Long>(a[0]) || as<Long>(a[1]) || as<Long>(a[2])) && (is_int(a[0]) || as<Long>(a[0])) &&
      (is_int(a[1]) || as<Long>(a[1])) && (is_int(a[2]) || as<Long>(a[2])))
    return big_pow_mod(vm, a, out);
  if (!is_int(a[0]) || !is_int(a[1]) || !is_int(a[2]))
    return vm.raise(vm.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  int64_t base = ival(a[0]), e = ival(a[1]), m = ival(a[2]);
  if (m == 0) return vm.raise(vm.ValueError, "pow() 3rd argument cannot be 0");
  bool neg_mod = m < 0;
  __int128 mm = neg_mod ? -(__int128)m : (__int128)m;
  __int128 b = ((__int128)base % mm + mm) % mm;
  if (e < 0) {
    // modular inverse of b (extended Euclid)
    __int128 r0 = b, r1 = mm, s0 = 1, s1 = 0;
    while (r1 != 0) {
      __int128 q = r0 / r1, t = r0 - q * r1;
      r0 = r1; r1 = t;
      t = s0 - q * s1; s0 = s1; s1 = t;
    }
    if (r0 != 1) return vm.raise(vm.ValueError, "base is not invertible for the given modulus");
    b = ((s0 % mm) + mm) % mm;
    e = e == INT64_MIN ? INT64_MAX : -e;  // INT64_MIN: unreachable in practice
  }
  __int128 result = 1 % mm;
  while (e > 0) {
    if (e & 1) result = result * b % mm;
    b = b * b % mm;
    e >>= 1;
  }
  if (neg_mod && result != 0) result -= mm;
  out = Value::integer(int64_t(result));
  return true;
}

bool b_chr(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"chr", Conv::O}, nargs, kwargs)) return false;
  int64_t i;
  // chr() takes a C int.
  const char* too_big = "Python int too large to convert to C int";
  if (big_index(args[0])) return vm.raise(vm.OverflowError, too_big);
  if (!int_arg(vm, args[0], i)) return false;
  if (i < INT32_MIN || i > INT32_MAX) return vm.raise(vm.OverflowError, too_big);
  if (i < 0 || i > 0x10FFFF) return vm.raise(vm.ValueError, "chr() arg not in range(0x110000)");
  out = vm.make_str(py::utf8::encode(uint32_t(i)));
  return true;
}

bool b_ord(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"ord", Conv::O}, nargs, kwargs)) return false;
  Str* s = as_str(args[0]);
  if (!s) return vm.raise(vm.TypeError, "ord() expected string of length 1, but " + vm.type_name(args[0]) + " found");
  size_t n = py::utf8::length(s->s);
  if (n != 1)
    return vm.raise(vm.TypeError, "ord() expected a character, but string of length " + std::to_string(n) + " found");
  size_t i = 0;
  out = Value::integer(py::utf8::next(s->s, i));
  return true;
}

bool radix(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, const char* name, const char* spec) {
  if (!check_args(vm, {name, Conv::O}, nargs, kwargs)) return false;
  if (Long* l = as<Long>(args[0])) {  // no digit limit for power-of-two bases
    const int base = spec[1] == 'b' ? 2 : spec[1] == 'o' ? 8 : 16;
    out = vm.make_str(std::string(l->v.is_negative() ? "-0" : "0") + spec[1] + l->v.abs().to_base(base));
    return true;
  }
  int64_t i;
  if (!int_arg(vm, args[0], i)) return false;
  auto r = py::format_int(i, spec);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = vm.make_str(std::move(r.value));
  return true;
}
bool b_bin(VM& vm, Value* a, int n, Dict* k, Value& out, void*) { return radix(vm, a, n, k, out, "bin", "#b"); }
bool b_oct(VM& vm, Value* a, int n, Dict* k, Value& out, void*) { return radix(vm, a, n, k, out, "oct", "#o"); }
bool b_hex(VM& vm, Value* a, int n, Dict* k, Value& out, void*) { return radix(vm, a, n, k, out, "hex", "#x"); }

bool b_input(VM& vm, Value*, int nargs, Dict* kwargs, Value&, void*) {
  static constexpr Sig kSig{"input", Conv::Positional, "prompt='', /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  return vm.raise(vm.NotImplementedError, "input() is not available in Turnstile scenarios");
}
bool b_open(VM& vm, Value*, int nargs, Dict* kwargs, Value&, void*) {
  static constexpr Sig sig{"open", Conv::Keywords,
                           "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, "
                           "opener=None"};
  if (!check_args(vm, sig, nargs, kwargs)) return false;
  return vm.raise(vm.NotImplementedError, "open() is not available in Turnstile scenarios");
}

Frame* current_frame(VM& vm) { return vm.frame_stack.empty() ? nullptr : vm.frame_stack.back(); }

bool b_globals(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"globals", Conv::NoArgs}, nargs, kwargs)) return false;
  Frame* f = current_frame(vm);
  Dict* g = f && f->globals ? f->globals.get() : vm.main_globals.get();
  out = Value::object(g);
  return true;
}

bool b_locals(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (!check_args(vm, {"locals", Conv::NoArgs}, nargs, kwargs)) return false;
  return frame_locals(vm, out);
}

// vars(): locals(); vars(x): x.__dict__, a TypeError for an object without one.
bool b_vars(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"vars", Conv::Positional, "object=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  if (nargs == 0) return frame_locals(vm, out);
  static Ref<Str> dict_name = make<Str>("__dict__");
  if (vm.getattr(args[0], *dict_name, out)) return true;
  if (!vm.exc_matches(vm.error, vm.AttributeError)) return false;
  vm.error = Value::none();
  return vm.raise(vm.TypeError, "vars() argument must have __dict__ attribute");
}

}  // namespace

bool frame_locals(VM& vm, Value& out) {
  Frame* f = current_frame(vm);
  if (!f) { out = Value::object(vm.main_globals.get()); return true; }
  if (f->locals_dict) { out = Value::object(f->locals_dict.get()); return true; }
  if (f->code && (f->code->flags & CO_MODULE) && f->globals) {  // a module's locals are its globals
    out = Value::object(f->globals.get());
    return true;
  }
  auto d = make<Dict>();
  if (f->code) {
    for (size_t i = 0; i < f->code->varnames.size() && i < f->locals.size(); ++i)
      if (!f->locals[i].is_unset()) d->set(vm.make_str(f->code->varnames[i]), f->locals[i]);
    size_t nc = f->code->cellvars.size();
    for (size_t i = 0; i < f->cells.size(); ++i) {
      const std::string& n = i < nc ? f->code->cellvars[i] : f->code->freevars[i - nc];
      if (f->cells[i] && !f->cells[i]->empty) d->set(vm.make_str(n), f->cells[i]->v);
    }
  }
  out = Value::object(d);
  return true;
}

void install_builtins(VM& vm) {
  Dict& b = *vm.builtins;
  vm.def(b, "print", b_print);
  install_iteration_builtins(vm);  // iteration.cpp
  vm.def(b, "len", b_len);
  vm.def(b, "repr", b_repr);
  vm.def(b, "ascii", b_ascii);
  vm.def(b, "abs", b_abs);
  vm.def(b, "round", b_round);
  vm.def(b, "isinstance", b_isinstance);
  vm.def(b, "issubclass", b_issubclass);
  vm.def(b, "callable", b_callable);
  vm.def(b, "id", b_id);
  vm.def(b, "hash", b_hash);
  vm.def(b, "format", b_format);
  vm.def(b, "getattr", b_getattr);
  vm.def(b, "setattr", b_setattr);
  vm.def(b, "hasattr", b_hasattr);
  vm.def(b, "delattr", b_delattr);
  vm.def(b, "divmod", b_divmod);
  vm.def(b, "pow", b_pow);
  vm.def(b, "chr", b_chr);
  vm.def(b, "ord", b_ord);
  vm.def(b, "bin", b_bin);
  vm.def(b, "oct", b_oct);
  vm.def(b, "hex", b_hex);
  vm.def(b, "input", b_input);
  vm.def(b, "open", b_open);
  vm.def(b, "globals", b_globals);
  vm.def(b, "locals", b_locals);
  vm.def(b, "vars", b_vars);
  install_dir_builtin(vm);  // dir.cpp
  install_dunder_methods(vm);  // dunder_methods.cpp
}

}  // namespace ts::vm
