// The `re` module's objects, shared by re.cpp (the module functions and
// Pattern) and re_match.cpp (Match, replacement templates): CPython's
// _sre.SRE_Pattern and _sre.SRE_Match over the engine of pylib/regex.h.
#pragma once
#include <memory>
#include <string>

#include "script/objects/runtime.h"
#include "script/pylib/regex.h"

namespace ts::vm::re {

namespace rx = py::regex;

struct Pattern final : Obj {
  Ref<Str> pattern;
  std::shared_ptr<const rx::Program> prog;
  const char* type_name() const override { return "Pattern"; }
};

// A searched string: the str and its code points (what spans index).
struct Subject {
  Ref<Str> str;
  std::u32string cps;
};

struct Match final : Obj {
  Ref<Pattern> re;
  std::shared_ptr<const Subject> subject;
  rx::Result r;
  int64_t pos = 0, endpos = 0;
  const char* type_name() const override { return "Match"; }
};

// re.error, the Pattern and Match types (install_re makes them).
struct Types {
  PyType* error = nullptr;
  PyType* pattern = nullptr;
  PyType* match = nullptr;
};
Types& types(VM& vm);

// Raises what a failed compile or template parse means in CPython: re.error
// (msg, pattern, pos, lineno, colno), NotImplementedError, ValueError or
// OverflowError.
bool raise_error(VM& vm, const rx::Error& e, const std::u32string& pattern);

// s[a:b] in code points, as a str.
Value slice(VM& vm, const Subject& s, int64_t a, int64_t b);
// A new Match for a successful search.
Value new_match(VM& vm, const Ref<Pattern>& p, const std::shared_ptr<const Subject>& s, rx::Result r, int64_t pos,
                int64_t endpos);
// Group g's text (None when it did not take part, or dflt).
Value group_value(VM& vm, const Match& m, int g, const Value& dflt = Value());
// The replacement text for one match: the template's pieces filled in.
bool expand(VM& vm, const Match& m, const rx::Template& t, std::u32string& out);
// Parses a template string for pattern p (errors raised as CPython's).
bool parse_template(VM& vm, const Pattern& p, const Str& repl, rx::Template& out);

void install_match(VM& vm, Dict& module);

}  // namespace ts::vm::re
