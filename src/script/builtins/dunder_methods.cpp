// int's and str's dunder methods as attributes (int.__add__, str.__repr__,
// str.__hash__, ...). Why they exist: a subclass calls them (int.__repr__(self),
// super().__add__(o), `__hash__ = str.__hash__`), and in an MRO such as
// (Color, str, Enum, object) the builtin's own method must come before a
// later base's, as CPython's slots do (user_dunder stops at a native). Each
// runs the protocol on the receiver's plain value (objects/subclass.h) and,
// as CPython's slot wrappers, answers NotImplemented for an operand of a
// type it does not take.
#include "script/builtins/str_self.h"
#include "script/builtins/types.h"
#include "script/code/operators.h"
#include "script/objects/subclass.h"

namespace ts::vm {

namespace {

using code::BinOp;
using code::CmpOp;
using code::UnaryOp;

bool int_like(const Value& v) { return v.tag == Value::Int || v.tag == Value::Bool || as<Long>(v); }
constexpr Owner kIntOwner{"int", [](const Value& v) { return int_like(v); }};

struct Binary {
  const char* name;
  BinOp op;
  bool reflected;
};
constexpr Binary kIntBinary[] = {
    {"__add__", BinOp::Add, false},           {"__radd__", BinOp::Add, true},
    {"__sub__", BinOp::Sub, false},           {"__rsub__", BinOp::Sub, true},
    {"__mul__", BinOp::Mul, false},           {"__rmul__", BinOp::Mul, true},
    {"__truediv__", BinOp::Div, false},       {"__rtruediv__", BinOp::Div, true},
    {"__floordiv__", BinOp::FloorDiv, false}, {"__rfloordiv__", BinOp::FloorDiv, true},
    {"__mod__", BinOp::Mod, false},           {"__rmod__", BinOp::Mod, true},
    {"__pow__", BinOp::Pow, false},           {"__rpow__", BinOp::Pow, true},
    {"__lshift__", BinOp::LShift, false},     {"__rlshift__", BinOp::LShift, true},
    {"__rshift__", BinOp::RShift, false},     {"__rrshift__", BinOp::RShift, true},
    {"__and__", BinOp::BitAnd, false},        {"__rand__", BinOp::BitAnd, true},
    {"__or__", BinOp::BitOr, false},          {"__ror__", BinOp::BitOr, true},
    {"__xor__", BinOp::BitXor, false},        {"__rxor__", BinOp::BitXor, true},
};
constexpr Binary kStrBinary[] = {
    {"__add__", BinOp::Add, false}, {"__mul__", BinOp::Mul, false}, {"__rmul__", BinOp::Mul, true},
    {"__mod__", BinOp::Mod, false}, {"__rmod__", BinOp::Mod, true},
};
struct Compare {
  const char* name;
  CmpOp op;
};
constexpr Compare kCompare[] = {{"__eq__", CmpOp::Eq}, {"__ne__", CmpOp::NotEq}, {"__lt__", CmpOp::Lt},
                                {"__le__", CmpOp::LtE}, {"__gt__", CmpOp::Gt},   {"__ge__", CmpOp::GtE}};

// Which operands a str's or an int's binary slot takes.
// (str's are sequence slots, which raise the operator's TypeError instead.)
bool takes(bool is_str, BinOp, const Value& other) { return is_str || int_like(other); }

template <bool IsStr>
bool receiver(VM& vm, const char* type, const char* name, int want, Value* args, int nargs, Dict* kw) {
  const std::string q = std::string(type) + "." + name;
  const Sig sig(q.c_str(), Conv::Slot, want ? "x, /" : "");  // a slot wrapper's words
  return check_method(vm, sig, IsStr ? kStr : kIntOwner, args, nargs, kw);
}

template <bool IsStr>
bool binary_slot(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void* data) {
  const Binary& b = *static_cast<const Binary*>(data);
  if (!receiver<IsStr>(vm, IsStr ? "str" : "int", b.name, 1, args, nargs, kw)) return false;
  Value self = plain_value(args[0]), other = plain_value(args[1]);
  if (!takes(IsStr, b.op, other) || (IsStr && b.reflected && b.op == BinOp::Mod && !as<Str>(other))) {
    out = vm.NotImplemented;
    return true;
  }
  return b.reflected ? vm.binary(int(b.op), other, self, out) : vm.binary(int(b.op), self, other, out);
}

template <bool IsStr>
bool compare_slot(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void* data) {
  const Compare& c = *static_cast<const Compare*>(data);
  if (!receiver<IsStr>(vm, IsStr ? "str" : "int", c.name, 1, args, nargs, kw)) return false;
  Value self = plain_value(args[0]), other = plain_value(args[1]);
  if (IsStr ? !as<Str>(other) : !int_like(other)) {
    out = vm.NotImplemented;
    return true;
  }
  return vm.compare(int(c.op), self, other, out);
}

// The slots of one argument or none: repr, str, hash, format, the unary
// operators and conversions, len, getitem, contains.
enum class Unary { Repr, Str, Hash, Format, Neg, Pos, Abs, Invert, Bool, Int, Float, Len, GetItem, Contains };
struct UnarySlot {
  const char* name;
  Unary what;
};
constexpr UnarySlot kIntUnary[] = {
    {"__repr__", Unary::Repr}, {"__hash__", Unary::Hash},     {"__format__", Unary::Format}, {"__neg__", Unary::Neg},
    {"__pos__", Unary::Pos},   {"__abs__", Unary::Abs},       {"__invert__", Unary::Invert}, {"__bool__", Unary::Bool},
    {"__int__", Unary::Int},   {"__index__", Unary::Int},     {"__float__", Unary::Float},
};
constexpr UnarySlot kStrUnary[] = {
    {"__repr__", Unary::Repr}, {"__str__", Unary::Str},         {"__hash__", Unary::Hash},
    {"__format__", Unary::Format}, {"__len__", Unary::Len},     {"__getitem__", Unary::GetItem},
    {"__contains__", Unary::Contains},
};

template <bool IsStr>
bool unary_slot(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void* data) {
  const UnarySlot& u = *static_cast<const UnarySlot*>(data);
  const bool one = u.what == Unary::Format || u.what == Unary::GetItem || u.what == Unary::Contains;
  if (!receiver<IsStr>(vm, IsStr ? "str" : "int", u.name, one ? 1 : 0, args, nargs, kw)) return false;
  const Value self = plain_value(args[0]);
  std::string s;
  switch (u.what) {
    case Unary::Repr:
      if (!vm.repr(self, s)) return false;
      out = vm.make_str(std::move(s));
      return true;
    case Unary::Str: out = self; return true;
    case Unary::Hash: {
      uint64_t h;
      if (!vm.hash(self, h)) return false;
      out = Value::integer(int64_t(h));
      return true;
    }
    case Unary::Format: {
      Str* spec = as<Str>(args[1]);
      if (!spec) return vm.raise(vm.TypeError, "argument to __format__ must be str, not " + vm.type_name(args[1]));
      // An empty spec is str(self), the subclass's own __str__ included.
      if (spec->s.empty() ? !vm.str(args[0], s) : !vm.format(self, spec->s, s)) return false;
      out = vm.make_str(std::move(s));
      return true;
    }
    case Unary::Neg: return vm.unary(int(UnaryOp::Neg), self, out);
    case Unary::Pos: return vm.unary(int(UnaryOp::Pos), self, out);
    case Unary::Invert: return vm.unary(int(UnaryOp::Invert), self, out);
    case Unary::Abs: {
      Value zero = Value::integer(0);
      bool neg;
      if (!vm.lt(self, zero, neg)) return false;
      return neg ? vm.unary(int(UnaryOp::Neg), self, out) : (out = self, true);
    }
    case Unary::Bool: {
      bool b;
      if (!vm.truthy(self, b)) return false;
      out = Value::boolean(b);
      return true;
    }
    case Unary::Int: out = self.tag == Value::Bool ? Value::integer(self.b) : self; return true;
    case Unary::Float: {
      Value f = Value::object(vm.t_float);
      return vm.call(f, &self, 1, nullptr, out);
    }
    case Unary::Len: {
      int64_t n;
      if (!vm.len(self, n)) return false;
      out = Value::integer(n);
      return true;
    }
    case Unary::GetItem: return vm.getitem(self, args[1], out);
    case Unary::Contains: {
      bool r;
      if (!vm.contains(self, args[1], r)) return false;
      out = Value::boolean(r);
      return true;
    }
  }
  return false;
}

template <bool IsStr, class Row, size_t N>
void def_rows(VM& vm, PyType* t, const Row (&rows)[N], NativeFnPtr fn) {
  for (const Row& r : rows) vm.def(*t->dict, r.name, fn, const_cast<Row*>(&r));
}

}  // namespace

void install_dunder_methods(VM& vm) {
  def_rows<false>(vm, vm.t_int, kIntBinary, binary_slot<false>);
  def_rows<true>(vm, vm.t_str, kStrBinary, binary_slot<true>);
  for (PyType* t : {vm.t_int, vm.t_str})
    for (const Compare& c : kCompare)
      vm.def(*t->dict, c.name, t == vm.t_str ? compare_slot<true> : compare_slot<false>, const_cast<Compare*>(&c));
  def_rows<false>(vm, vm.t_int, kIntUnary, unary_slot<false>);
  def_rows<true>(vm, vm.t_str, kStrUnary, unary_slot<true>);
}

}  // namespace ts::vm
