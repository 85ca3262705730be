// The one argument checker (CPython's Python/getargs.c and its relatives). A
// native callable declares which of CPython's calling conventions its CPython
// counterpart uses and its parameters; the checker then rejects a bad call
// with exactly the TypeError CPython raises for that convention (or the
// AttributeError a Python-level method raises on a wrong receiver). Natives
// of this layer and the builtins call check_args / check_method themselves;
// the binding layer's table-driven bindings (native/table.h) are checked
// before they run.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "script/objects/runtime.h"

namespace ts::vm {

// CPython's calling conventions, each with its own wording.
enum class Conv : uint8_t {
  NoArgs,      // METH_NOARGS:      "f() takes no arguments (1 given)"
  O,           // METH_O:           "f() takes exactly one argument (2 given)"
  Positional,  // positional-only Argument Clinic: "f expected 2 arguments, got 1",
               //   "f expected at least 1 argument, got 0", "f expected at most 2 arguments, got 3"
  Tuple,       // PyArg_ParseTuple: "f() takes at least 1 argument (0 given)", "... at most/exactly ..."
  Keywords,    // Argument Clinic with keywords: "f() takes at most 2 arguments (3 given)",
               //   "f() missing required argument 'x' (pos 1)", "'k' is an invalid keyword argument for f()"
  Slot,        // a slot wrapper (__len__, __repr__): "expected 0 arguments, got 1"
  Python,      // a def in CPython's Python code: "f() takes 2 positional arguments but 3 were given",
               //   "f() missing 1 required positional argument: 'x'", "f() got an unexpected keyword argument 'k'"
  Free,        // checks its own arguments (the few CPython functions with hand-written checks)
};

// A callable's signature as CPython reports it in argument errors.
//   name:   CPython's name for it in messages: "len", "list.append", "time.sleep",
//           "Queue.put" (the short name, after the last '.', is the attribute name
//           and what Argument Clinic messages use). A dotted Python-convention
//           name is a method: `self` is its implicit first parameter.
//   params: the parameters as inspect.signature prints them, without self:
//           "x, /", "sep=None, maxsplit=-1", "coro, *, name=None, context=None",
//           "*coros_or_futures, return_exceptions=False". Defaults hold no commas;
//           keyword-only parameters have defaults. O needs none ("x, /" implied).
// The counts are derived from params at compile time: declare a Sig
// `static constexpr` (or as a row of a constant table). The constructor is
// constexpr, not consteval: clang 14 (Emscripten's) miscompiles a consteval
// constructor whose result initializes a temporary or a non-constexpr local,
// keeping only some of the body's stores (`{"f", Conv::Slot, "*args"}` came
// out with var == false in wasm only). A callable named at run time takes
// its counts from a constant: Sig(name, shape).
struct Sig {
  const char* name;
  Conv conv;
  const char* params;
  int8_t npos = 0;      // parameters that may be passed by position
  int8_t nposonly = 0;  // of which positional-only (before "/")
  int8_t nreq = 0;      // required positional parameters (the first nreq)
  int8_t nkwonly = 0;   // keyword-only parameters
  bool var = false;     // *args
  bool varkw = false;   // **kwargs
  bool method = false;  // Python convention, dotted name: self is implicit

  static constexpr bool dotted(const char* n) {
    for (; *n; ++n)
      if (*n == '.') return true;
    return false;
  }

  // Without parameters (NoArgs, O, ...): nothing to parse, so cheap at run time.
  constexpr Sig(const char* n, Conv c) : name(n), conv(c), params(""), method(c == Conv::Python && dotted(n)) {
    if (c == Conv::O) npos = nposonly = nreq = 1;
  }
  // With parameters: parsed at compile time when declared constexpr.
  constexpr Sig(const char* n, Conv c, const char* p)
      : name(n), conv(c), params(p), method(c == Conv::Python && dotted(n)) {
    bool kwonly = false;
    for (const char* s = p; *s;) {
      while (*s == ' ') ++s;
      const char* b = s;
      while (*s && *s != ',') ++s;
      const char* e = s;
      while (e > b && e[-1] == ' ') --e;
      if (*s == ',') ++s;
      if (e == b) continue;
      if (e - b == 1 && *b == '/') {
        nposonly = npos;
      } else if (*b == '*') {
        if (e - b > 1 && b[1] == '*') {
          varkw = true;
        } else {
          var = var || e - b > 1;
          kwonly = true;
        }
      } else if (kwonly) {
        ++nkwonly;
      } else {
        ++npos;
        bool dflt = false;
        for (const char* q = b; q < e; ++q) dflt = dflt || *q == '=';
        if (!dflt) nreq = npos;
      }
    }
  }
  // shape's convention and parameters under a name known only at run time.
  constexpr Sig(const char* n, const Sig& shape) : Sig(shape) {
    name = n;
    method = conv == Conv::Python && dotted(n);
  }
  std::string_view short_name() const;
  // Parameter i's name (positional ones first, then keyword-only; no *args).
  std::string_view param(int i) const;
  int nparams() const { return npos + nkwonly; }
};

// Who may receive a method: CPython's descriptor check.
struct Owner {
  const char* tp_name;            // in receiver errors: "list", "_asyncio.Future"
  bool (*accepts)(const Value&);  // is it an instance?
  // A class written in Python in CPython (asyncio.locks.Lock, ...): no
  // descriptor check; the arguments bind first, then a wrong receiver fails
  // with AttributeError on the first attribute the method reads.
  bool python = false;
};

// Owner::accepts for a VM object class (by kind) or a core class (by C++ type).
template <class T>
bool is(const Value& v) {
  if constexpr (requires { T::K; }) return v.is_obj() && v.o->kind == T::K;
  else return v.as<T>() != nullptr;
}

// Checks a call of the function `sig` with nargs positional arguments and
// the keywords kw as CPython would; false with vm.error set.
bool check_args(VM& vm, const Sig& sig, int nargs, Dict* kw);
// A method call: args[0] is the receiver (nargs counts it). Checks the
// receiver and the arguments in CPython's order. self_attr (Python-level
// owners): the attribute the method reads first, named in the AttributeError
// for a wrong receiver; null when the method never reads self.
bool check_method(VM& vm, const Sig& sig, const Owner& owner, const Value* args, int nargs, Dict* kw,
                  const char* self_attr = nullptr);
// Constructors: `Type.__new__(cls, ...)`, args[0] is cls (nargs counts it):
// CPython's tp_new checks, then `sig` (the type's __init__) on the rest.
bool check_new(VM& vm, const Sig& sig, const Owner& owner, const Value* args, int nargs, Dict* kw);

// The keyword argument `name`, or nullptr.
const Value* kwarg(Dict* kw, std::string_view name);
// Parameter i of a checked call: passed by position or by keyword, or nullptr.
const Value* arg(const Sig& sig, const Value* args, int nargs, Dict* kw, int i);

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's lists of names).
template <class Names>
std::string name_list(const Names& names) {
  std::string out;
  size_t i = 0, n = names.size();
  for (const auto& name : names) {
    if (i > 0) out += n == 2 ? " and " : (i + 1 == n ? ", and " : ", ");
    out += "'" + std::string(name) + "'";
    ++i;
  }
  return out;
}

}  // namespace ts::vm
