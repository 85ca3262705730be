// The `_json` module: the reader under json.loads (python/json/__init__.py).
// pylib/json parses with CPython's rules and messages; this makes the
// objects: ints (big ones too), floats, str, list, dict (a repeated key keeps
// its first place and its last value, as dict(pairs)).
#include "script/modules/modules.h"
#include "script/native/table.h"
#include "script/pylib/bigint.h"
#include "script/pylib/json.h"
#include "script/pylib/num.h"

namespace ts::vm {

namespace {

bool to_value(VM& vm, const py::json::Value& j, Value& out) {
  using K = py::json::Value;
  switch (j.kind) {
    case K::Null: out = Value(); return true;
    case K::Bool: out = Value::boolean(j.b); return true;
    case K::Int: {
      auto small = py::parse_int(j.text);
      if (small) {
        out = Value::integer(small.value);
        return true;
      }
      auto big = py::BigInt::parse(j.text);
      if (!big) return raise_py(vm, big.err, big.msg);
      out = make_int(big.value);
      return true;
    }
    case K::Float: {
      auto f = py::parse_float(j.text);  // "NaN", "Infinity" and "-Infinity" too
      if (!f) return raise_py(vm, f.err, f.msg);
      out = Value::real(f.value);
      return true;
    }
    case K::Str: out = vm.make_str(j.text); return true;
    case K::Array: {
      std::vector<Value> items(j.items.size());
      for (size_t i = 0; i < items.size(); i++)
        if (!to_value(vm, j.items[i], items[i])) return false;
      out = vm.make_list(std::move(items));
      return true;
    }
    case K::Object: {
      Ref<Dict> d = make<Dict>();
      for (auto& m : j.members) {
        Value v;
        if (!to_value(vm, m.second, v)) return false;
        d->set(vm.make_str(m.first), v);
      }
      out = Value::object(d);
      return true;
    }
  }
  return true;
}

// _json.parse(text) -> (True, value) or (False, message, pos): json raises
// its JSONDecodeError (a Python class) from the second.
bool parse(VM& vm, Args& a, Value& out) {
  Str* s = as<Str>(a[0]);
  if (!s) return vm.raise(vm.TypeError, "the JSON object must be str, not " + vm.type_name(a[0]));
  py::json::Value tree;
  py::json::Error err;
  if (!py::json::parse(s->s, tree, err, vm.limits.max_depth)) {
    // the message without its ": line L column C (char P)" tail
    std::string msg = err.msg.substr(0, err.msg.rfind(": line "));
    out = vm.make_tuple({Value::boolean(false), vm.make_str(msg), Value::integer(int64_t(err.pos))});
    return true;
  }
  Value v;
  if (!to_value(vm, tree, v)) return false;
  out = vm.make_tuple({Value::boolean(true), v});
  return true;
}

constexpr Method kJson[] = {
    {"parse", parse, Conv::O},
};

}  // namespace

void install_json(VM& vm) { install(vm, *vm.new_module("_json")->dict, kJson); }

}  // namespace ts::vm
