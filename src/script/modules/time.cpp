// The `time` module on the virtual clock: time()/monotonic()/perf_counter()
// read the loop's time, sleep() advances it (blocking, as CPython's would),
// strftime/gmtime/localtime format it (UTC). With threads, sleep blocks
// only the calling thread (vm.threads).
#include "script/modules/modules.h"
#include "script/native/table.h"
#include "script/pylib/time.h"

namespace ts::vm {

bool seconds_arg(VM& vm, const Value& v, double& out) {
  if (v.tag == Value::Int) out = double(v.i);
  else if (v.tag == Value::Float) out = v.f;
  else if (v.tag == Value::Bool) out = v.b;
  else if (Long* l = as<Long>(v)) {  // as float(x): 10**400 is an OverflowError
    auto d = l->v.to_double();
    if (!d) return raise_py(vm, d.err, d.msg);
    out = d.value;
  }
  else return vm.raise(vm.TypeError, "'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
  return true;
}

bool clock_now(VM& vm, Value& out) {
  if (vm.threads && vm.threads->charging()) {
    Loop* loop = &vm.loop;
    return vm.threads->settle_then(vm, [loop] { return Value::real(loop->time()); }, out);
  }
  out = Value::real(vm.loop.time());
  return true;
}

namespace {

bool now(VM& vm, Args&, Value& out) { return clock_now(vm, out); }

bool sleep(VM& vm, Args& a, Value& out) {
  double d = 0;
  if (!seconds_arg(vm, a[0], d)) return false;
  if (d < 0) return vm.raise(vm.ValueError, "sleep length must be non-negative");
  if (vm.threads) return vm.threads->sleep(vm, d, out);
  vm.loop.advance(d);
  out = Value();
  return true;
}

bool strftime(VM& vm, Args& a, Value& out) {
  Str* fmt = as<Str>(a[0]);
  if (!fmt) return vm.raise(vm.TypeError, "strftime() argument 1 must be str, not " + vm.type_name(a[0]));
  py::StructTime t = py::gmtime_float(vm.loop.time());
  if (a.n > 1) {
    Tuple* tt = as<Tuple>(a[1]);
    if (!tt || tt->items.size() < 9) return vm.raise(vm.TypeError, "Tuple or struct_time argument required");
    auto g = [&](int i) { return tt->items[size_t(i)].tag == Value::Int ? tt->items[size_t(i)].i : 0; };
    t.tm_year = g(0); t.tm_mon = int(g(1)); t.tm_mday = int(g(2)); t.tm_hour = int(g(3));
    t.tm_min = int(g(4)); t.tm_sec = int(g(5)); t.tm_wday = int(g(6)); t.tm_yday = int(g(7));
  }
  out = vm.make_str(py::strftime(fmt->s, t));
  return true;
}

bool gmtime(VM& vm, Args& a, Value& out) {
  double s = vm.loop.time();
  if (a.n > 0 && !a[0].is_none()) {
    if (a[0].tag == Value::Int) s = double(a[0].i);
    else if (a[0].tag == Value::Float) s = a[0].f;
    else if (a[0].tag == Value::Bool) s = a[0].b;
    else return vm.raise(vm.TypeError, "must be real number, not " + vm.type_name(a[0]));
  }
  py::StructTime t = py::gmtime_float(s);
  out = vm.make_tuple({Value::integer(t.tm_year), Value::integer(t.tm_mon), Value::integer(t.tm_mday),
                       Value::integer(t.tm_hour), Value::integer(t.tm_min), Value::integer(t.tm_sec),
                       Value::integer(t.tm_wday), Value::integer(t.tm_yday), Value::integer(t.tm_isdst)});
  return true;
}

constexpr Method kTime[] = {
    {"time.time", now, Conv::NoArgs},
    {"time.monotonic", now, Conv::NoArgs},
    {"time.perf_counter", now, Conv::NoArgs},
    {"time.sleep", sleep, Conv::O},
    {"time.strftime", strftime, Conv::Tuple, "format, tuple=None, /"},
    {"time.gmtime", gmtime, Conv::Tuple, "seconds=None, /"},
    {"time.localtime", gmtime, Conv::Tuple, "seconds=None, /"},
};

}  // namespace

void install_time(VM& vm) { install(vm, *vm.new_module("time")->dict, kTime); }

}  // namespace ts::vm
