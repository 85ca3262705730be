// The abstract object protocols (CPython's Objects/abstract.c): binary and
// unary arithmetic, subscripting, len, iteration, `in`, integer indices.
// Each type's own part lives in its file; this dispatches on the operands'
// kinds, then tries a user class's dunders.
#include "script/code/operators.h"
#include "script/objects/runtime.h"
#include "script/objects/subclass.h"
#include "script/pylib/num.h"

namespace ts::vm {

using code::BinOp;
using code::UnaryOp;

// ---- arithmetic --------------------------------------------------------------------------

namespace {

const char* binop_symbol(BinOp op) {
  switch (op) {
    case BinOp::Add: return "+";
    case BinOp::Sub: return "-";
    case BinOp::Mul: return "*";
    case BinOp::Div: return "/";
    case BinOp::FloorDiv: return "//";
    case BinOp::Mod: return "%";
    case BinOp::Pow: return "** or pow()";
    case BinOp::LShift: return "<<";
    case BinOp::RShift: return ">>";
    case BinOp::BitOr: return "|";
    case BinOp::BitXor: return "^";
    case BinOp::BitAnd: return "&";
    case BinOp::MatMul: return "@";
  }
  return "?";
}

// The dunders of each BinOp, in code/operators.h order.
const char* const names[] = {"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
                          "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__matmul__"};
const char* const rnames[] = {"__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
                           "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__",
                           "__rmatmul__"};
const char* const inames[] = {"__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__",
                           "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__",
                           "__imatmul__"};

}  // namespace

// An instance of a user subclass of tuple (namedtuple, typing.NamedTuple).
static bool user_tuple(const Value& v) {
  const Tuple* t = as<Tuple>(v);
  return t && t->cls && t->cls->user;
}

static bool unsupported_operands(VM& vm, BinOp op, const Value& a, const Value& b, bool inplace) {
  std::string sym = binop_symbol(op);
  if (inplace && op != BinOp::Pow) sym += "=";
  return vm.raise(vm.TypeError, "unsupported operand type(s) for " + sym + ": '" + vm.type_name(a) + "' and '" +
                                    vm.type_name(b) + "'");
}

bool VM::binary(int opi, const Value& a, const Value& b, Value& out, bool inplace) {
  BinOp op = (BinOp)opi;
  const bool sub = builtin_sub(a) || builtin_sub(b);
  if (sub || user_tuple(a) || user_tuple(b)) {
    // An int, str or tuple subclass: its class's operator first (a
    // subclass's reflected one before its base's, as CPython), else its
    // value's, whose result is a plain int, str or tuple as in CPython.
    Value m;
    if (inplace && builtin_sub(a) && user_dunder(a, inames[opi], m)) {
      if (!call_dunder(*this, m, a, &b, 1, out)) return false;
      if (!out.same(NotImplemented)) return true;
    }
    bool answered;
    if (!rich_dunder(*this, a, b, names[opi], rnames[opi], out, answered, false)) return false;
    if (answered) return true;
    if (!sub) goto native;  // a tuple subclass: tuple's + and * (its items are the tuple's)
    if (binary(opi, plain_value(a), plain_value(b), out, inplace)) return true;
    // The message names the operands' own types ('Level' and 'str'), as CPython's does.
    Exception* e = as<Exception>(error);
    Str* msg = e && e->cls == TypeError && e->args->items.size() == 1 ? as<Str>(e->args->items[0]) : nullptr;
    if (!msg || msg->s.rfind("unsupported operand type(s)", 0) != 0) return false;
    error = Value();
    return unsupported_operands(*this, op, a, b, inplace);
  }
native:
  Long* la = as<Long>(a);
  Long* lb = as<Long>(b);
  if (la || lb) {
    // seq * n with n past int64 (CPython's sequence_repeat: PyNumber_AsSsize_t).
    const Value& seq = la ? b : a;
    if (op == BinOp::Mul && seq.tag == Value::Object &&
        (seq.o->kind == Str::K || seq.o->kind == List::K || seq.o->kind == Tuple::K))
      return raise(OverflowError, "cannot fit 'int' into an index-sized integer");
    py::BigInt x, y;
    if (big_of(a, x) && big_of(b, y)) {
      if (long_binop(*this, opi, x, y, out)) return true;
      if (!error.is_none()) return false;
    } else if ((la && b.tag == Value::Float) || (lb && a.tag == Value::Float)) {
      auto d = (la ? la : lb)->v.to_double();
      if (!d) return raise_py(*this, d.err, d.msg);
      double x2 = la ? d.value : a.f, y2 = la ? b.f : d.value;
      if (float_binop(*this, opi, x2, y2, out)) return true;
      if (!error.is_none()) return false;
    }
  }
  double da = 0, db = 0;
  int64_t ia = 0, ib = 0;
  bool fa, fb;
  if (small_number(a, da, ia, fa) && small_number(b, db, ib, fb)) {
    if (fa && fb) {
      if (int_binop(*this, opi, ia, ib, out)) return true;
      if (!error.is_none()) return false;
    } else {
      double x = fa ? (double)ia : da, y = fb ? (double)ib : db;
      if (float_binop(*this, opi, x, y, out)) return true;
      if (!error.is_none()) return false;
    }
  } else if (a.tag == Value::Object) {
    uint32_t ka = a.o->kind;
    bool handled = false, ok = true;
    // A sequence's concatenation and repetition come after the other
    // operand's reflected method (CPython tries sq_concat/sq_repeat last).
    if ((ka == Str::K || ka == List::K || ka == Tuple::K) && (op == BinOp::Add || op == BinOp::Mul) &&
        b.tag == Value::Object && b.o->kind != ka) {
      Value m;
      if (user_dunder(b, rnames[opi], m)) {
        if (!call_dunder(*this, m, b, &a, 1, out)) return false;
        if (!out.same(NotImplemented)) return true;
      }
    }
    if (ka == Str::K) ok = str_binop(*this, opi, static_cast<Str*>(a.o), b, out, handled);
    else if (ka == List::K) ok = list_binop(*this, opi, a, b, inplace, out, handled);
    else if (ka == Tuple::K) ok = tuple_binop(*this, opi, static_cast<Tuple*>(a.o), b, out, handled);
    else if (ka == Dict::K && op == BinOp::BitOr && as<Dict>(b)) {
      out = dict_or(a, as<Dict>(b), inplace);
      return true;
    } else if (ka == Set::K && as<Set>(b)) {
      ok = inplace ? set_inplace_binop(*this, opi, a, b, out, handled) : set_binop(*this, opi, a, b, out, handled);
    }
    if (!ok || handled) return ok;
  }
  // n * sequence
  if (op == BinOp::Mul && (a.tag == Value::Int || a.tag == Value::Bool) && b.tag == Value::Object) {
    uint32_t kb = b.o->kind;
    if (kb == Str::K || kb == List::K || kb == Tuple::K) return binary(opi, b, a, out, false);
  }
  // user dunders
  Value m;
  if (inplace && user_dunder(a, inames[opi], m)) {
    if (!call_dunder(*this, m, a, &b, 1, out)) return false;
    if (!out.same(NotImplemented)) return true;
  }
  bool answered;
  if (!rich_dunder(*this, a, b, names[opi], rnames[opi], out, answered, false)) return false;
  if (answered) return true;
  return unsupported_operands(*this, op, a, b, inplace);
}

bool VM::unary(int opi, const Value& a, Value& out) {
  UnaryOp op = (UnaryOp)opi;
  if (op == UnaryOp::Not) {
    bool b;
    if (!truthy(a, b)) return false;
    out = Value::boolean(!b);
    return true;
  }
  switch (a.tag) {
    case Value::Bool:
    case Value::Int: {
      int64_t x = a.tag == Value::Int ? a.i : a.b;
      if (op == UnaryOp::Neg) {
        int64_t z;
        if (!py::checked_neg(x, &z)) out = make_int(py::BigInt::from_i64(x).neg());
        else out = Value::integer(z);
      } else if (op == UnaryOp::Pos) {
        out = Value::integer(x);
      } else {
        out = Value::integer(~x);
      }
      return true;
    }
    case Value::Float:
      if (op == UnaryOp::Neg) { out = Value::real(-a.f); return true; }
      if (op == UnaryOp::Pos) { out = a; return true; }
      break;
    default: break;
  }
  static const char* names[] = {"__neg__", "__pos__", "", "__invert__"};
  Value m;
  if (builtin_sub(a)) {  // an int subclass: its own operator, else its value's (a plain int)
    if (user_dunder(a, names[opi], m)) return call_dunder(*this, m, a, nullptr, 0, out);
    return unary(opi, plain_value(a), out);
  }
  if (Long* l = as<Long>(a)) {
    if (op == UnaryOp::Neg) out = make_int(l->v.neg());
    else if (op == UnaryOp::Pos) out = a;
    else out = make_int(l->v.invert());
    return true;
  }
  if (user_dunder(a, names[opi], m)) return call_dunder(*this, m, a, nullptr, 0, out);
  const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
  return raise(TypeError, std::string("bad operand type for unary ") + sym + ": '" + type_name(a) + "'");
}

// ---- `in` ----------------------------------------------------------------------------------

bool VM::contains(const Value& c, const Value& item, bool& out) {
  if (c.tag == Value::Object) {
    switch ((Kind)c.o->kind) {
      case Kind::Str: return str_contains(*this, static_cast<Str*>(c.o), item, out);
      case Kind::Dict: {
        uint64_t h;
        if (!hash(item, h)) return false;
        out = static_cast<Dict*>(c.o)->find(item, h) != nullptr;
        return error.is_none();
      }
      case Kind::Set: return set_contains(*this, static_cast<Set*>(c.o), item, out);
      case Kind::List:
      case Kind::Tuple: {
        auto& items = c.o->kind == List::K ? static_cast<List*>(c.o)->items : static_cast<Tuple*>(c.o)->items;
        for (size_t i = 0; i < items.size(); i++) {
          Value x = items[i];  // a copy: eq may mutate the list
          bool e;
          if (!value_eq(*this, x, item, e)) return false;  // identity first (so nan in [nan])
          if (e) {
            out = true;
            return true;
          }
        }
        out = false;
        return true;
      }
      case Kind::Range: {
        bool handled;
        range_contains(static_cast<Range*>(c.o), item, out, handled);
        if (handled) return true;
        break;
      }
      default: break;
    }
  }
  Value m;
  if (user_dunder(c, "__contains__", m)) {
    Value r;
    if (!call_dunder(*this, m, c, &item, 1, r)) return false;
    return truthy(r, out);
  }
  Value it;
  if (!iter(c, it)) {
    error = Value();
    return raise(TypeError, "argument of type '" + type_name(c) + "' is not iterable");
  }
  for (;;) {
    Value x;
    int r = next(it, x);
    if (r < 0) return false;
    if (r == 0) break;
    bool e;
    if (!eq(x, item, e)) return false;
    if (e) {
      out = true;
      return true;
    }
  }
  out = false;
  return true;
}

// ---- iteration -----------------------------------------------------------------------------

bool VM::iter(const Value& obj, Value& out) {
  if (obj.tag == Value::Object) {
    Obj* o = obj.o;
    switch ((Kind)o->kind) {
      case Kind::List:
      case Kind::Tuple: out = seq_iter(obj); return true;
      case Kind::Str: out = str_iter(static_cast<Str*>(o)); return true;
      case Kind::Range: out = range_iter(static_cast<Range*>(o)); return true;
      case Kind::Dict: out = dict_iter(static_cast<Dict*>(o)); return true;
      case Kind::Set: out = set_iter(static_cast<Set*>(o)); return true;
      case Kind::Iterator:
      case Kind::Generator: out = obj; return true;
      default: break;
    }
    Value m;
    if (user_dunder(obj, "__iter__", m)) {
      Value r;
      if (!call_dunder(*this, m, obj, nullptr, 0, r)) return false;
      if (!as_iterator(r) && !user_dunder(r, "__next__", m) &&
          !(r.tag == Value::Object && r.o->kind == 0 && type_of(r)->lookup("__next__")))
        return raise(TypeError, "iter() returned non-iterator of type '" + type_name(r) + "'");
      out = as_iterator(r) ? r : user_iter(r);
      return true;
    }
    if (user_dunder(obj, "__next__", m)) {
      out = user_iter(obj);
      return true;
    }
  }
  if (obj.tag == Value::Object && obj.o->kind == 0)
    if (Value* fn = type_of(obj)->lookup("__iter__")) {
      Value r;
      if (!call(*fn, &obj, 1, nullptr, r)) return false;
      if (as_iterator(r)) {
        out = r;
        return true;
      }
    }
  return raise(TypeError, "'" + type_name(obj) + "' object is not iterable");
}

int VM::next(const Value& it, Value& out) {
  // Each item counts as a step: builtins that loop in C++ (sum, max, list,
  // join over range(10**12)) are held to the step budget like bytecode.
  if (!charge_steps(1)) return -1;
  if (Iterator* i = as_iterator(it)) {
    // map(f, map(f, ...)) 100,000 deep: each next() calls the inner one's
    // in C++, so the nesting is bounded as CPython's C-call guard bounds C
    // calls (its own map recursion has no guard and overflows). Not in
    // native_depth: a thread may block only in a native its code called.
    static int nested_next = 0;
    if (nested_next >= limits.max_depth) {
      raise(RecursionError, "maximum recursion depth exceeded while calling a Python object");
      return -1;
    }
    struct Nest {
      Nest() { ++nested_next; }
      ~Nest() { --nested_next; }  // also when a MemoryError unwinds through
    } nest;
    return i->next(*this, out);
  }
  Value m;
  if (user_dunder(it, "__next__", m)) {
    if (!call_dunder(*this, m, it, nullptr, 0, out)) {
      if (isinstance(error, StopIteration)) {
        error = Value();
        return 0;
      }
      return -1;
    }
    return 1;
  }
  raise(TypeError, "'" + type_name(it) + "' object is not an iterator");
  return -1;
}

bool VM::to_list(const Value& iterable, std::vector<Value>& out) {
  if (List* l = as<List>(iterable)) {
    out = l->items;
    return true;
  }
  if (Tuple* t = as<Tuple>(iterable)) {
    out = t->items;
    return true;
  }
  Value it;
  if (!iter(iterable, it)) return false;
  for (;;) {
    Value x;
    int r = next(it, x);
    if (r < 0) return false;
    if (r == 0) return true;
    out.push_back(std::move(x));
    if (out.size() > 50'000'000) return raise(MemoryError, "sequence too large");
  }
}

// ---- integer indices -------------------------------------------------------------------------

bool VM::index_of(const Value& v, int64_t& out) {
  if (v.tag == Value::Int) { out = v.i; return true; }
  if (v.tag == Value::Bool) { out = v.b; return true; }
  Value m;
  if (builtin_sub(v) && !user_dunder(v, "__index__", m)) {  // an int subclass's value
    Value p = plain_value(v);
    if (p.tag == Value::Int) { out = p.i; return true; }
    return false;
  }
  if (user_dunder(v, "__index__", m)) {
    Value r;
    if (!call_dunder(*this, m, v, nullptr, 0, r)) return false;
    if (r.tag == Value::Int) { out = r.i; return true; }
  }
  return false;
}

bool int_arg(VM& vm, const Value& v, int64_t& out) {
  if (v.tag == Value::Int) { out = v.i; return true; }
  if (v.tag == Value::Bool) { out = v.b ? 1 : 0; return true; }
  // PyNumber_AsSsize_t(v, PyExc_OverflowError), as CPython's argument
  // clinic converts a Py_ssize_t.
  const auto too_big = [&] { return vm.raise(vm.OverflowError, "Python int too large to convert to C ssize_t"); };
  if (Long* l = as<Long>(v); l && l->cls) {  // an int subclass: its __index__, else its value
    Value m;
    if (user_dunder(v, "__index__", m)) {
      Value r;
      if (!call_dunder(vm, m, v, nullptr, 0, r)) return false;
      return int_arg(vm, plain_value(r), out);
    }
    Value p = plain_value(v);
    if (p.tag == Value::Int) { out = p.i; return true; }
    return too_big();
  }
  if (as<Long>(v)) return too_big();
  if (as<Instance>(v) && vm.type_of(v)->lookup("__index__")) {
    Value r;
    if (!vm.callm(v, "__index__", nullptr, 0, r)) return false;
    if (r.tag == Value::Int) { out = r.i; return true; }
    if (r.tag == Value::Bool) { out = r.b ? 1 : 0; return true; }
    if (as<Long>(r)) return too_big();
    return vm.raise(vm.TypeError, "__index__ returned non-int (type " + vm.type_name(r) + ")");
  }
  return vm.raise(vm.TypeError, "'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
}

bool index_big(VM& vm, const Value& v, py::BigInt& out) {
  if (VM::big_of(v, out)) return true;
  if (as<Instance>(v) && vm.type_of(v)->lookup("__index__")) {
    Value r;
    if (!vm.callm(v, "__index__", nullptr, 0, r)) return false;
    if (VM::big_of(r, out)) return true;
    return vm.raise(vm.TypeError, "__index__ returned non-int (type " + vm.type_name(r) + ")");
  }
  return vm.raise(vm.TypeError, "'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
}

// ---- subscripting, len -------------------------------------------------------------------------

bool VM::getitem(const Value& obj, const Value& key, Value& out) {
  if (obj.tag == Value::Object) {
    Obj* o = obj.o;
    switch ((Kind)o->kind) {
      case Kind::List: return items_getitem(*this, static_cast<List*>(o)->items, true, key, out);
      case Kind::Tuple: return items_getitem(*this, static_cast<Tuple*>(o)->items, false, key, out);
      case Kind::Str: return str_getitem(*this, static_cast<Str*>(o), key, out);
      case Kind::Dict: return dict_getitem(*this, static_cast<Dict*>(o), key, out);
      case Kind::Range: {
        bool handled;
        if (!range_getitem(*this, static_cast<Range*>(o), key, out, handled)) return false;
        if (handled) return true;
        break;
      }
      case Kind::Type: {
        // the metaclass's __getitem__ (Color['RED']), the class's __class_getitem__,
        // else typing-style subscripts like list[int] in annotations that are evaluated
        Value m;
        if (user_dunder(obj, "__getitem__", m)) return call_dunder(*this, m, obj, &key, 1, out);
        if (Value* cg = static_cast<PyType*>(o)->lookup("__class_getitem__"))
          if (ClassMethod* cm = as<ClassMethod>(*cg)) {
            Value a[2] = {obj, key};
            return call(cm->func, a, 2, nullptr, out);
          }
        out = obj;
        return true;
      }
      default: break;
    }
  }
  Value m;
  if (user_dunder(obj, "__getitem__", m)) return call_dunder(*this, m, obj, &key, 1, out);
  // native __getitem__ of module types (re.Match)
  if (obj.tag == Value::Object && obj.o->kind == 0)
    if (Value* fn = type_of(obj)->lookup("__getitem__")) {
      Value args[2] = {obj, key};
      return call(*fn, args, 2, nullptr, out);
    }
  return raise(TypeError, "'" + type_name(obj) + "' object is not subscriptable");
}

bool VM::setitem(const Value& obj, const Value& key, const Value& v) {
  if (List* l = as<List>(obj)) return list_setitem(*this, l, key, v);
  if (Dict* d = as<Dict>(obj)) return dict_set(*this, d, key, v);
  Value m;
  if (user_dunder(obj, "__setitem__", m)) {
    Value args[2] = {key, v};
    Value r;
    return call_dunder(*this, m, obj, args, 2, r);
  }
  return raise(TypeError, "'" + type_name(obj) + "' object does not support item assignment");
}

bool VM::delitem(const Value& obj, const Value& key) {
  if (List* l = as<List>(obj)) {
    bool handled;
    if (!list_delitem(*this, l, key, handled)) return false;
    if (handled) return true;
  }
  if (Dict* d = as<Dict>(obj)) return dict_delitem(*this, d, key);
  Value m;
  if (user_dunder(obj, "__delitem__", m)) {
    Value r;
    return call_dunder(*this, m, obj, &key, 1, r);
  }
  return raise(TypeError, "'" + type_name(obj) + "' object does not support item deletion");
}

bool VM::len(const Value& v, int64_t& out) {
  if (v.tag == Value::Object) {
    switch ((Kind)v.o->kind) {
      case Kind::Str: out = (int64_t)static_cast<Str*>(v.o)->length(); return true;
      case Kind::List: out = (int64_t)static_cast<List*>(v.o)->items.size(); return true;
      case Kind::Tuple: out = (int64_t)static_cast<Tuple*>(v.o)->items.size(); return true;
      case Kind::Dict: out = (int64_t)static_cast<Dict*>(v.o)->live; return true;
      case Kind::Set: out = (int64_t)static_cast<Set*>(v.o)->d.live; return true;
      case Kind::Range: return range_len(*this, static_cast<Range*>(v.o), out);
      default: break;
    }
  }
  Value m;
  if (user_dunder(v, "__len__", m)) {
    Value r;
    if (!call_dunder(*this, m, v, nullptr, 0, r)) return false;
    // CPython's slot_sq_length: an index, that fits a Py_ssize_t, >= 0.
    if (as<Long>(r)) return raise(OverflowError, "cannot fit 'int' into an index-sized integer");
    if (r.tag != Value::Int && r.tag != Value::Bool)
      return raise(TypeError, "'" + type_name(r) + "' object cannot be interpreted as an integer");
    out = r.tag == Value::Bool ? int64_t(r.b) : r.i;
    if (out < 0) return raise(ValueError, "__len__() should return >= 0");
    return true;
  }
  // native __len__ on core types (Queue)
  PyType* t = type_of(v);
  if (Value* fn = t->lookup("__len__")) {
    Value r;
    if (!call(*fn, &v, 1, nullptr, r)) return false;
    if (r.tag == Value::Int) {
      out = r.i;
      return true;
    }
  }
  return raise(TypeError, "object of type '" + type_name(v) + "' has no len()");
}

}  // namespace ts::vm
