// BaseExceptionGroup / ExceptionGroup (PEP 654): an Exception whose
// `group` holds its members (exception_group.cpp).
#pragma once
#include <string>

#include "script/objects/exception.h"

namespace ts::vm {

struct List;

// BaseExceptionGroup.__new__(cls, message, exceptions): picks ExceptionGroup
// for BaseExceptionGroup when every member is an Exception.
bool exception_group_new(VM& vm, PyType* cls, const Value* args, int nargs, Value& out);
// "msg (2 sub-exceptions)"
bool exception_group_str(VM& vm, Exception* g, std::string& out);
// message, exceptions; false when e is not a group or name is neither.
bool exception_group_getattr(VM& vm, Exception* e, const std::string& name, Value& out);
// except*'s checks (CPython's check_except_star_type_valid): `t` is an
// exception class or a tuple of them, none an exception group class.
bool exception_group_star_type_ok(VM& vm, const Value& t);
// Whether exc matches `t` (a class or a tuple of classes), as `except t` does.
bool exception_group_matches(VM& vm, const Value& exc, const Value& t, bool& out);
// CPython's _PyExc_PrepReraiseStar: from the exception `orig` that entered a
// try/except* and `excs` (what its clauses raised, then the unmatched rest,
// None entries skipped), the exception to re-raise or None. Clauses that
// re-raised their part of orig give back the matching part of orig's tree;
// new exceptions join it in ExceptionGroup('', [...]).
bool exception_group_prep_reraise(VM& vm, const Value& orig, const List& excs, Value& out);
// The two types, as builtins.
void setup_exception_groups(VM& vm);

}  // namespace ts::vm
