// The `unicodedata` module: category() and east_asian_width() of one
// character, from the database scripts/gen_unicode.py asks CPython for at
// build time (so the answers are the oracle's, Unicode 14.0).
#include "script/modules/modules.h"
#include "script/native/table.h"
#include "script/pylib/unicode.h"
#include "script/pylib/utf8.h"

namespace ts::vm {

namespace {

// The one character of a str argument, as CPython's "argument must be a
// unicode character" check.
bool character(VM& vm, const char* fn, const Value& v, uint32_t& cp) {
  Str* s = as<Str>(v);
  if (!s) return vm.raise(vm.TypeError, std::string(fn) + "() argument must be a unicode character, not " + vm.type_name(v));
  if (py::utf8::length(s->s) != 1)
    return vm.raise(vm.TypeError, std::string(fn) + "() argument must be a unicode character, not str");
  size_t i = 0;
  cp = py::utf8::next(s->s, i);
  return true;
}

bool category(VM& vm, Args& a, Value& out) {
  uint32_t cp;
  if (!character(vm, "category", a[0], cp)) return false;
  out = vm.make_str(py::unicode::category(cp));
  return true;
}

bool east_asian_width(VM& vm, Args& a, Value& out) {
  uint32_t cp;
  if (!character(vm, "east_asian_width", a[0], cp)) return false;
  out = vm.make_str(py::unicode::east_asian_width(cp));
  return true;
}

constexpr Method kFunctions[] = {
    {"category", category, Conv::O},
    {"east_asian_width", east_asian_width, Conv::O},
};

}  // namespace

void install_unicodedata(VM& vm) {
  Module* m = vm.new_module("unicodedata");
  install(vm, *m->dict, kFunctions);
  m->dict->set(vm.make_str("unidata_version"), vm.make_str("14.0.0"));
}

}  // namespace ts::vm
