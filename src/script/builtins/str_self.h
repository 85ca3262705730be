// The receiver check shared by the methods of str (str_methods.cpp,
// str_format.cpp): the receiver and the arguments checked as CPython checks
// them (objects/getargs.h), then `self`.
#pragma once
#include "script/objects/getargs.h"
#include "script/vm/vm.h"

namespace ts::vm {

inline constexpr Owner kStr{"str", is<Str>};

// STR_SELF(name, convention[, parameters]): a Sig known at compile time.
#define STR_SELF(...)                                              \
  static constexpr Sig sig(__VA_ARGS__);                           \
  STR_SELF_CHECKED(sig)
// The same for a name chosen at run time: Sig(name, Conv) or Sig(name,
// shape), which parse nothing.
#define STR_SELF_NAMED(...)                                        \
  const Sig sig(__VA_ARGS__);                                      \
  STR_SELF_CHECKED(sig)
#define STR_SELF_CHECKED(sig)                                      \
  if (!check_method(vm, sig, kStr, args, nargs, kw)) return false; \
  Str* self = static_cast<Str*>(args[0].o);                        \
  Value keep_self = args[0];                                       \
  (void)self

inline Value S(VM& vm, std::string s) { return vm.make_str(std::move(s)); }

}  // namespace ts::vm
