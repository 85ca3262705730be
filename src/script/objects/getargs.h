// Argument checks for natives, with CPython's messages (Python/getargs.c
// and Argument Clinic's wordings). nargs counts every positional argument.
#pragma once
#include <initializer_list>

#include "script/objects/object.h"

namespace ts::vm {

struct Dict;

// The value of keyword `name`, or nullptr.
const Value* kwarg_ptr(Dict* kwargs, const char* name);
// TypeError for a keyword not in `allowed` ("'x' is an invalid keyword
// argument for f()"; "f() takes no keyword arguments" when none is).
bool check_kwargs(VM& vm, const char* fname, Dict* kwargs, std::initializer_list<const char*> allowed);
// "f() takes no keyword arguments"
bool no_kw(VM& vm, const char* fname, Dict* kwargs);
// Argument Clinic: "f expected 2 arguments, got 1", "... at least/at most ...".
bool expect_args(VM& vm, const char* fname, int nargs, int min, int max);

}  // namespace ts::vm
