#include "script/objects/iterator.h"

#include "script/objects/runtime.h"

namespace ts::vm {

namespace {

struct SeqIter final : Iterator {
  Value seq;
  size_t i = 0;
  int next(VM&, Value& out) override {
    const std::vector<Value>& items =
        seq.o->kind == List::K ? static_cast<List*>(seq.o)->items : static_cast<Tuple*>(seq.o)->items;
    if (i >= items.size()) return 0;
    out = items[i++];
    return 1;
  }
  const char* type_name() const override { return "list_iterator"; }
};

struct UserIter final : Iterator {
  Value obj;
  int next(VM& vm, Value& out) override {
    static Ref<Str> nm = make<Str>("__next__");
    Value m;
    if (!vm.getattr(obj, *nm, m)) return -1;
    if (!vm.call0(m, out)) {
      if (vm.isinstance(vm.error, vm.StopIteration)) {
        vm.error = Value();
        return 0;
      }
      return -1;
    }
    return 1;
  }
};

}  // namespace

int Iterator::send(VM& vm, Resume how, Value v, Value& out) {
  if (how == Resume::Throw) {
    vm.error = std::move(v);
    return -1;
  }
  if (!v.is_none()) {
    vm.raise(vm.AttributeError, std::string("'") + type_name() + "' object has no attribute 'send'");
    return -1;
  }
  int r = next(vm, out);
  if (r == 0) out = Value();
  return r;
}

Value seq_iter(const Value& seq) {
  Ref<SeqIter> it = make<SeqIter>();
  it->seq = seq;
  return Value::object(it);
}

Value user_iter(const Value& obj) {
  Ref<UserIter> it = make<UserIter>();
  it->obj = obj;
  return Value::object(it);
}

}  // namespace ts::vm
