#include "script/objects/list.h"

#include <algorithm>

#include "script/code/operators.h"
#include "script/objects/getargs.h"
#include "script/objects/runtime.h"
#include "script/objects/subclass.h"

namespace ts::vm {

using code::BinOp;

bool list_setitem(VM& vm, List* l, const Value& key, const Value& v) {
  // PyNumber_AsSsize_t(key, PyExc_IndexError): a big int is no index.
  if (big_index(key))
    return vm.raise(vm.IndexError, "cannot fit '" + vm.type_name(key) + "' into an index-sized integer");
  int64_t i;
  if (vm.index_of(key, i)) {
    int64_t n = (int64_t)l->items.size();
    if (i < 0) i += n;
    if (i < 0 || i >= n) return vm.raise(vm.IndexError, "list assignment index out of range");
    l->items[i] = v;
    return true;
  }
  if (Slice* s = as<Slice>(key)) {
    int64_t start, stop, step;
    if (!slice_indices(vm, s, (int64_t)l->items.size(), start, stop, step)) return false;
    std::vector<Value> items;
    if (!vm.to_list(v, items)) return false;
    if (step != 1) return vm.raise(vm.ValueError, "extended slice assignment is not supported in Turnstile scenarios");
    if (stop < start) stop = start;
    l->items.erase(l->items.begin() + start, l->items.begin() + stop);
    l->items.insert(l->items.begin() + start, items.begin(), items.end());
    return true;
  }
  return vm.raise(vm.TypeError, "list indices must be integers or slices, not " + vm.type_name(key));
}

bool list_delitem(VM& vm, List* l, const Value& key, bool& handled) {
  handled = true;
  if (big_index(key))
    return vm.raise(vm.IndexError, "cannot fit '" + vm.type_name(key) + "' into an index-sized integer");
  int64_t i;
  if (vm.index_of(key, i)) {
    int64_t n = (int64_t)l->items.size();
    if (i < 0) i += n;
    if (i < 0 || i >= n) return vm.raise(vm.IndexError, "list assignment index out of range");
    l->items.erase(l->items.begin() + i);
    return true;
  }
  if (Slice* s = as<Slice>(key)) {
    int64_t start, stop, step;
    if (!slice_indices(vm, s, (int64_t)l->items.size(), start, stop, step)) return false;
    if (step != 1) return vm.raise(vm.ValueError, "extended slice deletion is not supported in Turnstile scenarios");
    if (stop > start) l->items.erase(l->items.begin() + start, l->items.begin() + stop);
    return true;
  }
  handled = false;
  return true;
}

bool list_binop(VM& vm, int opi, const Value& a, const Value& b, bool inplace, Value& out, bool& handled) {
  BinOp op = (BinOp)opi;
  List* l = static_cast<List*>(a.o);
  handled = true;
  if (op == BinOp::Add) {
    if (inplace) {
      std::vector<Value> items;
      if (!vm.to_list(b, items)) return false;
      for (auto& x : items) l->items.push_back(std::move(x));
      out = a;
      return true;
    }
    List* m = as<List>(b);
    if (!m) return vm.raise(vm.TypeError, "can only concatenate list (not \"" + vm.type_name(b) + "\") to list");
    std::vector<Value> r = l->items;
    for (auto& x : m->items) r.push_back(x);
    out = vm.make_list(std::move(r));
    return true;
  }
  if (op == BinOp::Mul && (b.tag == Value::Int || b.tag == Value::Bool)) {
    std::vector<Value> r;
    if (!items_repeat(vm, l->items, b.tag == Value::Int ? b.i : b.b, r)) return false;
    if (inplace) {
      l->items = std::move(r);
      out = a;
    } else {
      out = vm.make_list(std::move(r));
    }
    return true;
  }
  handled = false;
  return true;
}

bool list_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig kSig{"list", Conv::Positional, "x=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  std::vector<Value> items;
  if (nargs == 1 && !vm.to_list(args[0], items)) return false;
  out = vm.make_list(std::move(items));
  return true;
}

// ---- sorting -----------------------------------------------------------------

namespace {

struct Sorter {
  VM& vm;
  bool failed = false;
  bool lt(const Value& a, const Value& b) {
    if (failed) return false;
    bool r;
    if (!vm.lt(a, b, r)) { failed = true; return false; }
    return r;
  }
  // Stable merge sort of idx by keys.
  void sort(std::vector<size_t>& idx, const std::vector<Value>& keys) {
    std::vector<size_t> tmp(idx.size());
    msort(idx, tmp, 0, idx.size(), keys);
  }
  void msort(std::vector<size_t>& a, std::vector<size_t>& tmp, size_t lo, size_t hi, const std::vector<Value>& k) {
    if (hi - lo < 2 || failed) return;
    if (hi - lo <= 16) {  // binary insertion sort
      for (size_t i = lo + 1; i < hi && !failed; ++i) {
        size_t x = a[i];
        size_t l = lo, r = i;
        while (l < r) {
          size_t m = (l + r) / 2;
          if (lt(k[x], k[a[m]])) r = m; else l = m + 1;
        }
        for (size_t j = i; j > l; --j) a[j] = a[j - 1];
        a[l] = x;
      }
      return;
    }
    size_t mid = (lo + hi) / 2;
    msort(a, tmp, lo, mid, k);
    msort(a, tmp, mid, hi, k);
    if (failed) return;
    if (!lt(k[a[mid]], k[a[mid - 1]])) return;  // already ordered
    size_t i = lo, j = mid, o = lo;
    while (i < mid && j < hi) {
      if (lt(k[a[j]], k[a[i]])) tmp[o++] = a[j++]; else tmp[o++] = a[i++];
    }
    while (i < mid) tmp[o++] = a[i++];
    while (j < hi) tmp[o++] = a[j++];
    for (size_t t = lo; t < hi; ++t) a[t] = tmp[t];
  }
};

}  // namespace

bool sort_values(VM& vm, std::vector<Value>& items, const Value& key, bool reverse) {
  size_t n = items.size();
  if (reverse) std::reverse(items.begin(), items.end());
  std::vector<Value> keys;
  if (!key.is_none()) {
    keys.reserve(n);
    for (auto& x : items) {
      Value k;
      if (!vm.call1(key, x, k)) { if (reverse) std::reverse(items.begin(), items.end()); return false; }
      keys.push_back(std::move(k));
    }
  }
  const std::vector<Value>& k = key.is_none() ? items : keys;
  if (n > 1) {
    // Fast paths for homogeneous ints, floats and strings.
    bool all_int = true, all_float = true, all_str = true;
    for (auto& v : k) {
      all_int = all_int && v.tag == Value::Int;
      all_float = all_float && v.tag == Value::Float;
      all_str = all_str && as<Str>(v) != nullptr;
    }
    std::vector<size_t> idx(n);
    for (size_t i = 0; i < n; ++i) idx[i] = i;
    if (all_int) {
      std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return k[a].i < k[b].i; });
    } else if (all_float) {
      // NaN makes `<` inconsistent: use the generic sort then.
      bool nan = false;
      for (auto& v : k) nan = nan || v.f != v.f;
      if (nan) all_float = false;
      else std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return k[a].f < k[b].f; });
    }
    if (!all_int && !all_float) {
      if (all_str) {
        // Code point order == UTF-8 byte order.
        std::stable_sort(idx.begin(), idx.end(),
                         [&](size_t a, size_t b) { return as<Str>(k[a])->s < as<Str>(k[b])->s; });
      } else {
        Sorter s{vm};
        s.sort(idx, k);
        if (s.failed) { if (reverse) std::reverse(items.begin(), items.end()); return false; }
      }
    }
    std::vector<Value> sorted;
    sorted.reserve(n);
    for (size_t i : idx) sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
  }
  if (reverse) std::reverse(items.begin(), items.end());
  return true;
}

}  // namespace ts::vm
