// BaseExceptionGroup / ExceptionGroup (PEP 654): an Exception whose
// `group` holds its members (exception_group.cpp).
#pragma once
#include <string>

#include "script/objects/exception.h"

namespace ts::vm {

// BaseExceptionGroup.__new__(cls, message, exceptions): picks ExceptionGroup
// for BaseExceptionGroup when every member is an Exception.
bool exception_group_new(VM& vm, PyType* cls, const Value* args, int nargs, Value& out);
// "msg (2 sub-exceptions)"
bool exception_group_str(VM& vm, Exception* g, std::string& out);
// message, exceptions; false when e is not a group or name is neither.
bool exception_group_getattr(VM& vm, Exception* e, const std::string& name, Value& out);
// The two types, as builtins.
void setup_exception_groups(VM& vm);

}  // namespace ts::vm
