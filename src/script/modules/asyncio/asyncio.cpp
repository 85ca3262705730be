// The asyncio package: its types and functions (one file per CPython
// module), its exceptions and constants, the helpers the files share.
#include "script/modules/asyncio/asyncio.h"

#include "script/modules/modules.h"

namespace ts::vm {

namespace aio {

void PyCallback::call(Loop& loop, const Value& arg) {
  // A budget has stopped the run: the rest of the loop's pass (a million
  // ready callbacks after a call_soon bomb) runs nothing, and no error each.
  if (vm->fatal) {
    loop.stop();
    return;
  }
  Value r;
  // Handle._run: self._context.run(callback, *args)
  if (!context.is_none()) contextvars_push(*vm, context);
  bool ok = pass_arg ? vm->call1(fn, arg, r) : vm->call(fn, extra.data(), int(extra.size()), nullptr, r);
  if (!context.is_none()) contextvars_pop(*vm);
  if (!ok) throw_error(*vm);
}

bool PyCallback::equals(const Callback& o) const {
  auto* p = dynamic_cast<const PyCallback*>(&o);
  if (!p) return false;
  if (p->fn.same(fn)) return true;
  // A bound method is made anew at each attribute access: compare its parts.
  auto* a = as<BoundMethod>(fn);
  auto* b = as<BoundMethod>(p->fn);
  return a && b && a->self.same(b->self) && a->func.same(b->func);
}

Ref<PyCallback> py_callback(VM& vm, const Value& fn) {
  Ref<PyCallback> cb = make<PyCallback>();
  cb->vm = &vm;
  cb->fn = fn;
  cb->context = contextvars_capture(vm);  // Handle(..., context=None): copy_context()
  return cb;
}

// reprlib.repr of a callback argument: long strings are cut in the middle.
static std::string short_repr(VM& vm, const Value& v) {
  std::string r;
  if (!vm.repr(v, r)) {
    vm.error = Value();
    return "...";
  }
  constexpr size_t kMax = 30, kLeft = (kMax - 3) / 2, kRight = kMax - 3 - kLeft;
  if (as<Str>(v) && r.size() > kMax) r = r.substr(0, kLeft) + "..." + r.substr(r.size() - kRight);
  return r;
}

// format_helpers._format_callback_source: "bad() at FILE:11", "print('x')".
std::string callback_source(VM& vm, const Callback& cb) {
  auto* pc = dynamic_cast<const PyCallback*>(&cb);
  if (!pc) return std::string(cb.name()) + "()";
  std::string s;
  Value q;
  bool found = false;
  for (const char* attr : {"__qualname__", "__name__"}) {
    if (vm.getattr_opt(pc->fn, Str(attr), q, found) && found && as<Str>(q) && !as<Str>(q)->s.empty()) {
      s = as<Str>(q)->s;
      break;
    }
    vm.error = Value();
  }
  if (s.empty()) s = short_repr(vm, pc->fn);
  s += "(";
  for (size_t i = 0; i < pc->extra.size(); ++i) s += (i ? ", " : "") + short_repr(vm, pc->extra[i]);
  s += ")";
  if (Function* f = as<Function>(pc->fn)) s += " at " + f->code->filename + ":" + std::to_string(f->code->firstline);
  return s;
}

bool to_seconds(VM& vm, const Value& v, double& out, const char* what) {
  if (v.tag == Value::Int) out = double(v.i);
  else if (v.tag == Value::Float) out = v.f;
  else if (v.tag == Value::Bool) out = v.b;
  else if (Long* l = as<Long>(v)) {  // as float(x): 10**400 is an OverflowError
    auto d = l->v.to_double();
    if (!d) return raise_py(vm, d.err, d.msg);
    out = d.value;
  }
  else return vm.raise(vm.TypeError, std::string(what) + " must be a number, not " + vm.type_name(v));
  return true;
}

bool task_room(VM& vm, const Loop& loop) {
  if (loop.live_tasks() < vm.limits.max_tasks) return true;
  return vm.fail_budget("budget exceeded: tasks (" + std::to_string(vm.limits.max_tasks) + " live tasks)");
}

bool to_coroutine(VM& vm, const Value& v, Ref<ts::Coroutine>& out) {
  if (auto* c = v.as<ts::Coroutine>()) {
    out = Ref<ts::Coroutine>(c);
    return true;
  }
  std::string r;
  if (!vm.repr(v, r)) return false;
  return vm.raise(vm.TypeError, "a coroutine was expected, got " + r);
}

bool no_attribute(VM& vm, const Value& self, const char* attr) {
  return vm.raise(vm.AttributeError, "'" + vm.type_name(self) + "' object has no attribute '" + attr + "'");
}

PyType* new_type(VM& vm, Dict& module, const char* name, const char* py_module, PyType* base,
                 const char* core_name, bool export_) {
  PyType* t = vm.new_type(name, base ? base : vm.t_object, Kind::Native, py_module);
  if (core_name) vm.native_types[core_name] = t;
  if (export_) module.set(vm.make_str(name), Value::object(t));
  return t;
}

}  // namespace aio

void install_asyncio(VM& vm) {
  Dict& d = *vm.new_module("asyncio")->dict;
  vm.native_types["coroutine"] = vm.t_coroutine;
  VM* v = &vm;
  vm.loop.shutdown_default_executor = [v](Loop&) { return aio::shutdown_default_executor(*v); };
  aio::install_futures(vm, d);
  aio::install_tasks(vm, d);
  aio::install_locks(vm, d);
  aio::install_queues(vm, d);
  aio::install_events(vm, d);
  aio::install_runners(vm, d);
  aio::install_taskgroups(vm, d);
  aio::install_timeouts(vm, d);
  for (const char* c : {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"}) d.set(vm.make_str(c), vm.make_str(c));
  PyType* exceptions[] = {vm.CancelledError, vm.TimeoutError, vm.InvalidStateError, vm.QueueEmpty, vm.QueueFull};
  for (PyType* e : exceptions) d.set(Value::object(e->name), Value::object(e));
}

const RunResult* asyncio_deadlock(VM& vm) {
  const auto& d = vm.state<aio::State>().deadlock;
  return d ? &*d : nullptr;
}

}  // namespace ts::vm
