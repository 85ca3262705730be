// The `sys` module: the streams (sys.stdout writes to the run's output,
// stamped; sys.stderr to its stderr, never stamped), argv (the script's
// name), exit, maxsize, platform, the recursion limit (the call-depth
// budget), version/version_info/hexversion: the CPython the oracle is (3.11.7),
// version_info a tuple subclass as CPython's structseq.
#include "script/modules/modules.h"
#include "script/native/table.h"

namespace ts::vm {

namespace {

// A text stream (CPython's _io.TextIOWrapper) over one of the run's sinks.
struct TextStream : Obj {
  int fd;  // 1 stdout, 2 stderr
  explicit TextStream(int f) : fd(f) {}
  const char* type_name() const override { return "TextIOWrapper"; }
};
constexpr Owner kStream{"_io.TextIOWrapper", is<TextStream>};

bool stream_write(VM& vm, TextStream& self, Args& a, Value& out) {
  Str* s = as<Str>(a[0]);
  if (!s) return vm.raise(vm.TypeError, "write() argument must be str, not " + vm.type_name(a[0]));
  if (!vm.count_output(s->s.size())) return false;
  auto& sink = self.fd == 1 ? vm.write : vm.write_err;
  if (sink) sink(s->s);
  if (!vm.error.is_none()) return false;  // stdout's encoder refused a lone surrogate
  out = Value::integer(int64_t(s->length()));
  return true;
}

bool stream_flush(VM&, TextStream&, Args&, Value& out) {
  out = Value();  // nothing is buffered
  return true;
}

bool stream_false(VM&, TextStream&, Args&, Value& out) {
  out = Value::boolean(false);  // not a terminal
  return true;
}

bool stream_true(VM&, TextStream&, Args&, Value& out) {
  out = Value::boolean(true);
  return true;
}

bool stream_fileno(VM&, TextStream& self, Args&, Value& out) {
  out = Value::integer(self.fd);
  return true;
}

constexpr Method kStreamMethods[] = {
    {"TextIOWrapper.write", on<stream_write>, Conv::O},       {"TextIOWrapper.flush", on<stream_flush>, Conv::NoArgs},
    {"TextIOWrapper.isatty", on<stream_false>, Conv::NoArgs}, {"TextIOWrapper.writable", on<stream_true>, Conv::NoArgs},
    {"TextIOWrapper.readable", on<stream_false>, Conv::NoArgs}, {"TextIOWrapper.fileno", on<stream_fileno>, Conv::NoArgs},
};

bool stream_getattr(VM& vm, const Value& self, const Str& attr, Value& out) {
  if (attr.s != "name") return false;
  out = vm.make_str(self.as<TextStream>()->fd == 1 ? "<stdout>" : "<stderr>");
  return true;
}

// sys.version_info: a tuple of type sys.version_info, its items also read by name.
constexpr const char* kVersionFields[] = {"major", "minor", "micro", "releaselevel", "serial"};

bool version_info_getattr(VM& vm, const Value& self, const Str& attr, Value& out) {
  for (size_t i = 0; i < 5; i++)
    if (attr.s == kVersionFields[i]) {
      out = self.as<Tuple>()->items[i];
      return true;
    }
  if (attr.s == "n_fields" || attr.s == "n_sequence_fields") {
    out = Value::integer(5);
    return true;
  }
  return false;
}

bool version_info_repr(VM& vm, Value* args, int nargs, Dict*, Value& out, void*) {
  Tuple* t = nargs == 1 ? as<Tuple>(args[0]) : nullptr;
  if (!t || t->items.size() != 5) return vm.raise(vm.TypeError, "descriptor '__repr__' needs a 'sys.version_info' object");
  std::string r = "sys.version_info(";
  for (size_t i = 0; i < 5; i++) {
    std::string s;
    if (!vm.repr(t->items[i], s)) return false;
    r += std::string(i ? ", " : "") + kVersionFields[i] + "=" + s;
  }
  out = vm.make_str(r + ")");
  return true;
}

// sys.exit(status=None): raises SystemExit(status).
bool sys_exit(VM& vm, Args& a, Value& out) {
  std::vector<Value> args;
  if (a.n) args.push_back(a[0]);
  return vm.raise_value(vm.new_exception_args(vm.SystemExit, std::move(args)));
}

bool sys_getrecursionlimit(VM& vm, Args&, Value& out) {
  out = Value::integer(vm.limits.max_depth);
  return true;
}

constexpr Method kSys[] = {
    {"exit", sys_exit, Conv::Positional, "status=None, /"},
    {"getrecursionlimit", sys_getrecursionlimit, Conv::NoArgs},
};

}  // namespace

void install_sys(VM& vm) {
  Module* m = vm.new_module("sys");
  Dict& d = *m->dict;
  install(vm, d, kSys);
  PyType* t = vm.new_type("TextIOWrapper", vm.t_object, Kind::Native, "_io");
  vm.native_types["TextIOWrapper"] = t;
  vm.getattr_hooks[t] = stream_getattr;
  t->dict->set(vm.make_str("encoding"), vm.make_str("utf-8"));
  t->dict->set(vm.make_str("errors"), vm.make_str("strict"));
  install<kStream>(vm, t, kStreamMethods);
  Value out = Value::object(make<TextStream>(1)), err = Value::object(make<TextStream>(2));
  for (const char* n : {"stdout", "__stdout__"}) d.set(vm.make_str(n), out);
  for (const char* n : {"stderr", "__stderr__"}) d.set(vm.make_str(n), err);
  d.set(vm.make_str("argv"), vm.make_list({}));
  d.set(vm.make_str("maxsize"), Value::integer(INT64_MAX));
  d.set(vm.make_str("platform"), vm.make_str("linux"));
  d.set(vm.make_str("byteorder"), vm.make_str("little"));
  PyType* vi = vm.new_type("version_info", vm.t_tuple, Kind::Tuple, "sys");
  vm.getattr_hooks[vi] = version_info_getattr;
  vm.def_method(vi, "__repr__", version_info_repr);
  Ref<Tuple> info = make<Tuple>(std::vector<Value>{Value::integer(3), Value::integer(11), Value::integer(7),
                                                   vm.make_str("final"), Value::integer(0)});
  info->cls = vi;
  d.set(vm.make_str("version_info"), Value::object(info));
  d.set(vm.make_str("hexversion"), Value::integer(0x030B07F0));
  d.set(vm.make_str("version"), vm.make_str("3.11.7 (Turnstile)"));
}

void set_argv(VM& vm, const std::string& script) {
  vm.modules["sys"]->dict->set(vm.make_str("argv"), vm.make_list({vm.make_str(script)}));
}

}  // namespace ts::vm
