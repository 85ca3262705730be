#include "script/objects/tuple.h"

#include <algorithm>

#include "script/code/operators.h"
#include "script/objects/budget.h"
#include "script/objects/getargs.h"
#include "script/objects/runtime.h"
#include "script/objects/subclass.h"

namespace ts::vm {

using code::BinOp;
using code::CmpOp;

bool tuple_binop(VM& vm, int opi, Tuple* t, const Value& b, Value& out, bool& handled) {
  BinOp op = (BinOp)opi;
  handled = true;
  if (op == BinOp::Add) {
    Tuple* u = as<Tuple>(b);
    if (!u) return vm.raise(vm.TypeError, "can only concatenate tuple (not \"" + vm.type_name(b) + "\") to tuple");
    std::vector<Value> r = t->items;
    for (auto& x : u->items) r.push_back(x);
    out = vm.make_tuple(std::move(r));
    return true;
  }
  if (op == BinOp::Mul && (b.tag == Value::Int || b.tag == Value::Bool)) {
    std::vector<Value> r;
    if (!items_repeat(vm, t->items, b.tag == Value::Int ? b.i : b.b, r)) return false;
    out = vm.make_tuple(std::move(r));
    return true;
  }
  handled = false;
  return true;
}

bool tuple_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig kSig{"tuple", Conv::Positional, "x=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  if (nargs == 1 && as<Tuple>(args[0]) && !as<Tuple>(args[0])->cls) { out = args[0]; return true; }  // tuple(t) is t
  std::vector<Value> items;
  if (nargs == 1 && !vm.to_list(args[0], items)) return false;
  out = vm.make_tuple(std::move(items));
  return true;
}

bool tuple_new_of(VM& vm, PyType* cls, Value* args, int nargs, Value& out) {
  if (!cls->is_subtype(vm.t_tuple))
    return vm.raise(vm.TypeError, "tuple.__new__(" + cls->name->s + "): " + cls->name->s + " is not a subtype of tuple");
  if (nargs > 1) return vm.raise(vm.TypeError, "tuple expected at most 1 argument, got " + std::to_string(nargs));
  std::vector<Value> items;
  if (nargs == 1 && !vm.to_list(args[0], items)) return false;
  Ref<Tuple> t = make<Tuple>(std::move(items));
  if (cls != vm.t_tuple) t->cls = cls;  // a subclass's instance is never shared, unlike tuple(t) is t
  out = Value::object(t);
  return true;
}

bool items_getitem(VM& vm, const std::vector<Value>& items, bool is_list, const Value& key, Value& out) {
  int64_t i;
  if (vm.index_of(key, i)) {
    int64_t n = (int64_t)items.size();
    if (i < 0) i += n;
    if (i < 0 || i >= n) return vm.raise(vm.IndexError, is_list ? "list index out of range" : "tuple index out of range");
    out = items[i];
    return true;
  }
  if (!vm.error.is_none()) return false;
  if (big_index(key))
    return vm.raise(vm.IndexError, "cannot fit '" + vm.type_name(key) + "' into an index-sized integer");
  if (Slice* s = as<Slice>(key)) {
    int64_t start, stop, step;
    if (!slice_indices(vm, s, (int64_t)items.size(), start, stop, step)) return false;
    std::vector<Value> r;
    if (step > 0)
      for (int64_t k = start; k < stop; k += step) r.push_back(items[k]);
    else
      for (int64_t k = start; k > stop; k += step) r.push_back(items[k]);
    out = is_list ? vm.make_list(std::move(r)) : vm.make_tuple(std::move(r));
    return true;
  }
  return vm.raise(vm.TypeError, std::string(is_list ? "list" : "tuple") + " indices must be integers or slices, not " +
                                    vm.type_name(key));
}

bool items_eq(VM& vm, const std::vector<Value>& x, const std::vector<Value>& y, bool& out) {
  if (x.size() != y.size()) {
    out = false;
    return true;
  }
  // An item's __eq__ may change either list: sizes are read afresh and the
  // items held, as CPython's list_richcompare does.
  for (size_t i = 0; i < x.size() && i < y.size(); i++) {
    Value a = x[i], b = y[i];
    bool e;
    if (!value_eq(vm, a, b, e)) return false;  // identity first (so [nan] == [nan])
    if (!e) {
      out = false;
      return true;
    }
  }
  out = x.size() == y.size();
  return true;
}

bool items_order(VM& vm, int cmpop, const std::vector<Value>& x, const std::vector<Value>& y, bool& out) {
  for (size_t i = 0; i < x.size() && i < y.size(); i++) {
    Value a = x[i], b = y[i];
    bool e;
    if (!value_eq(vm, a, b, e)) return false;
    if (!e) {
      // the first differing items decide
      Value r;
      if (!vm.compare(cmpop, a, b, r)) return false;
      out = r.b;
      return true;
    }
  }
  size_t lx = x.size(), ly = y.size();
  switch ((CmpOp)cmpop) {
    case CmpOp::Lt: out = lx < ly; break;
    case CmpOp::LtE: out = lx <= ly; break;
    case CmpOp::Gt: out = lx > ly; break;
    default: out = lx >= ly; break;
  }
  return true;
}

bool items_repeat(VM& vm, const std::vector<Value>& items, int64_t n, std::vector<Value>& out) {
  if (n <= 0) return true;
  if (!heap_room(vm, (double)items.size() * (double)n * sizeof(Value))) return false;
  out.reserve(items.size() * n);
  for (int64_t i = 0; i < n; i++) out.insert(out.end(), items.begin(), items.end());
  return true;
}

}  // namespace ts::vm
