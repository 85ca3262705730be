// asyncio/timeouts.py: Timeout, timeout(delay), timeout_at(when) (Python
// code in CPython: Python binding rules).
#include <cmath>

#include "script/modules/asyncio/asyncio.h"

namespace ts::vm::aio {

namespace {

// A deadline argument: None or a number.
bool when_arg(VM& vm, const Value& v, std::optional<double>& out, const char* what) {
  if (v.is_none()) return true;
  double d;
  if (!to_seconds(vm, v, d, what)) return false;
  out = d;
  return true;
}

bool new_timeout(VM& vm, Args& a, Value& out) {
  std::optional<double> when;
  if (!when_arg(vm, *a.get(0), when, "when")) return false;
  out = Value::object(make<Timeout>(home_loop(vm), when));
  return true;
}
bool timeout(VM& vm, Args& a, Value& out) {
  LoopObject* l = running_loop(vm);
  if (!l) return vm.raise(vm.RuntimeError, "no running event loop");
  std::optional<double> delay;
  if (!when_arg(vm, *a.get(0), delay, "delay")) return false;
  if (delay) *delay += l->loop->time();
  out = Value::object(make<Timeout>(*l->loop, delay));
  return true;
}
bool timeout_at(VM& vm, Args& a, Value& out) { return new_timeout(vm, a, out); }

bool when(VM&, Timeout& t, Args&, Value& out) {
  out = t.when() ? Value::real(*t.when()) : Value();
  return true;
}
bool reschedule(VM& vm, Timeout& t, Args& a, Value& out) {
  std::optional<double> w;
  if (!when_arg(vm, *a.get(0), w, "when")) return false;
  t.reschedule(w);
  out = Value();
  return true;
}
bool expired(VM&, Timeout& t, Args&, Value& out) {
  out = Value::boolean(t.expired());
  return true;
}
bool repr(VM& vm, Timeout& t, Args&, Value& out) {
  std::string info;
  if (t.state_ == Timeout::State::Entered) {
    std::string w = "None";
    // round(self._when, 3)
    if (t.when() && !vm.repr(Value::real(std::round(*t.when() * 1000.0) / 1000.0), w)) return false;
    info = " when=" + w;
  }
  out = vm.make_str(std::string("<Timeout [") + t.state_value() + "]" + info + ">");
  return true;
}
bool aenter(VM&, Timeout& t, Args&, Value& out) {
  out = t.aenter().value();
  return true;
}
bool aexit(VM& vm, Timeout& t, Args& a, Value& out) {
  out = t.aexit(a.get(0)->same(Value::object(vm.CancelledError))).value();
  return true;
}

constexpr Owner kTimeout{"asyncio.timeouts.Timeout", is<Timeout>, true};
constexpr Method kNew{"Timeout.__init__", new_timeout, Conv::Python, "when"};
constexpr Method kMethods[] = {
    {"Timeout.when", on<when>, Conv::Python, "", "_when"},
    {"Timeout.reschedule", on<reschedule>, Conv::Python, "when", "_state"},
    {"Timeout.expired", on<expired>, Conv::Python, "", "_state"},
    {"Timeout.__repr__", on<repr>, Conv::Python, "", "_state"},
    {"Timeout.__aenter__", on<aenter>, Conv::Python, "", "_state"},
    {"Timeout.__aexit__", on<aexit>, Conv::Python, "exc_type, exc_val, exc_tb", "_state"},
};
constexpr Method kFunctions[] = {
    {"timeout", timeout, Conv::Python, "delay"},
    {"timeout_at", timeout_at, Conv::Python, "when"},
};

}  // namespace

void install_timeouts(VM& vm, Dict& module) {
  PyType* t = new_type(vm, module, "Timeout", "asyncio.timeouts", nullptr, "Timeout");
  install_new<kTimeout>(vm, t, kNew);
  install<kTimeout>(vm, t, kMethods);
  install(vm, module, kFunctions);
}

}  // namespace ts::vm::aio
