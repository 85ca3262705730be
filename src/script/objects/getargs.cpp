// The argument checker: CPython 3.11's messages per calling convention
// (Objects/methodobject.c, Objects/descrobject.c, Python/getargs.c's
// _PyArg_CheckPositional, vgetargs1 and _PyArg_UnpackKeywords,
// Python/ceval.c's initialize_locals), in the order CPython checks.
#include "script/objects/getargs.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <vector>

namespace ts::vm {

namespace {

std::string num(int64_t n) { return std::to_string(n); }
std::string plural(int64_t n, const char* word) { return std::string(word) + (n == 1 ? "" : "s"); }
int nkw_of(Dict* kw) { return kw ? int(kw->live) : 0; }
bool type_error(VM& vm, const std::string& msg) { return vm.raise(vm.TypeError, msg); }

// A Python function's binding errors (ceval.c initialize_locals): keywords,
// then too many positional arguments, then missing ones. `given` counts self.
bool check_python(VM& vm, const Sig& s, int given, Dict* kw) {
  const int self = s.method ? 1 : 0;
  const int argc = s.npos + self, total = argc + s.nkwonly, ndef = s.npos - s.nreq;
  if (nkw_of(kw) == 0 && given >= s.nreq + self && (given <= argc || s.var)) return true;  // the common case
  const std::string q = s.name;
  auto pname = [&](int j) { return j < self ? std::string_view("self") : s.param(j - self); };
  std::vector<bool> filled(size_t(total), false);
  for (int j = 0; j < std::min(given, argc); ++j) filled[size_t(j)] = true;
  int kwonly_given = 0;
  if (kw)
    for (auto& e : kw->entries) {
      if (!e.live) continue;
      Str* k = as<Str>(e.key);
      if (!k) return type_error(vm, q + "() keywords must be strings");
      int j = self;  // self is always bound by position here
      while (j < total && pname(j) != k->s) ++j;
      if (j == total) {
        if (s.varkw) continue;
        return type_error(vm, q + "() got an unexpected keyword argument '" + k->s + "'");
      }
      if (filled[size_t(j)]) return type_error(vm, q + "() got multiple values for argument '" + k->s + "'");
      filled[size_t(j)] = true;
      if (j >= argc) ++kwonly_given;
    }
  if (given > argc && !s.var) {
    std::string takes = ndef ? "from " + num(argc - ndef) + " to " + num(argc) : num(argc);
    std::string extra;
    if (kwonly_given)
      extra = " " + plural(given, "positional argument") + " (and " + num(kwonly_given) + " " +
              plural(kwonly_given, "keyword-only argument") + ")";
    return type_error(vm, q + "() takes " + takes + " positional argument" + (ndef || argc != 1 ? "s" : "") +
                              " but " + num(given) + extra + (given == 1 && !kwonly_given ? " was" : " were") +
                              " given");
  }
  std::vector<std::string_view> missing;
  for (int j = given; j < argc - ndef; ++j)
    if (!filled[size_t(j)]) missing.push_back(pname(j));
  if (!missing.empty())
    return type_error(vm, q + "() missing " + num(int64_t(missing.size())) + " required positional " +
                              plural(int64_t(missing.size()), "argument") + ": " +
                              name_list(missing));
  return true;
}

// Argument Clinic's keyword parser (getargs.c _PyArg_UnpackKeywords).
bool check_keywords(VM& vm, const Sig& s, int nargs, Dict* kw) {
  const int nkw = nkw_of(kw), posonly = s.nposonly, maxpos = s.npos, minpos = s.nreq;
  const int maxargs = s.nparams();
  if (nkw == 0 && minpos <= nargs && nargs <= maxpos) return true;  // the common case
  const std::string f = std::string(s.short_name()) + "()";
  if (nargs + nkw > maxargs)
    return type_error(vm, f + " takes at most " + num(maxargs) + (nargs == 0 ? " keyword " : " ") +
                              plural(maxargs, "argument") + " (" + num(nargs + nkw) + " given)");
  if (nargs > maxpos) {
    if (maxpos == 0) return type_error(vm, f + " takes no positional arguments");
    return type_error(vm, f + " takes " + (minpos < maxpos ? "at most " : "exactly ") + num(maxpos) + " " +
                              plural(maxpos, "positional argument") + " (" + num(nargs) + " given)");
  }
  const int minposonly = std::min(posonly, minpos);
  if (nargs < minposonly)
    return type_error(vm, f + " takes " + (minposonly < maxpos ? "at least " : "exactly ") + num(minposonly) + " " +
                              plural(minposonly, "positional argument") + " (" + num(nargs) + " given)");
  int remaining = nkw;
  for (int i = std::max(nargs, posonly); i < maxargs; ++i) {
    bool found = false;
    if (remaining) found = kwarg(kw, s.param(i)) != nullptr;
    else if (i >= minpos) break;
    if (found) --remaining;
    else if (i < minpos)
      return type_error(vm, f + " missing required argument '" + std::string(s.param(i)) + "' (pos " + num(i + 1) +
                                ")");
  }
  if (remaining == 0) return true;
  for (int i = posonly; i < nargs; ++i)
    if (kwarg(kw, s.param(i)))
      return type_error(vm, "argument for " + f + " given by name ('" + std::string(s.param(i)) + "') and position (" +
                                num(i + 1) + ")");
  for (auto& e : kw->entries) {
    if (!e.live) continue;
    Str* k = as<Str>(e.key);
    if (!k) return type_error(vm, "keywords must be strings");
    bool known = false;
    for (int i = posonly; i < maxargs && !known; ++i) known = s.param(i) == k->s;
    if (!known) return type_error(vm, "'" + k->s + "' is an invalid keyword argument for " + f);
  }
  return type_error(vm, "invalid keyword argument for " + f);
}

// The conventions of C functions; `method`: called on a receiver (the
// keyword error of a PyArg_ParseTuple function names the method qualified).
bool check(VM& vm, const Sig& s, int n, Dict* kw, bool method) {
  auto d = [&] { return std::string(s.name); };
  auto sn = [&] { return std::string(s.short_name()); };
  switch (s.conv) {
    case Conv::Free: return true;
    case Conv::Python: return check_python(vm, s, n + (s.method ? 1 : 0), kw);
    case Conv::Keywords: return check_keywords(vm, s, n, kw);
    case Conv::Slot:
      if (nkw_of(kw)) return type_error(vm, "wrapper " + sn() + "() takes no keyword arguments");
      if (n != s.npos && !(s.var && n > s.npos))
        return type_error(vm, "expected " + num(s.npos) + " " + plural(s.npos, "argument") + ", got " + num(n));
      return true;
    default: break;
  }
  if (nkw_of(kw)) return type_error(vm, (s.conv == Conv::Tuple && !method ? sn() : d()) + "() takes no keyword arguments");
  const int min = s.nreq, max = s.var ? INT_MAX : s.npos;
  switch (s.conv) {
    case Conv::NoArgs:
      if (n != 0) return type_error(vm, d() + "() takes no arguments (" + num(n) + " given)");
      return true;
    case Conv::O:
      if (n != 1) return type_error(vm, d() + "() takes exactly one argument (" + num(n) + " given)");
      return true;
    case Conv::Positional:
      if (n < min)
        return type_error(vm, sn() + " expected " + (min == max ? "" : "at least ") + num(min) + " " +
                                  plural(min, "argument") + ", got " + num(n));
      if (n > max)
        return type_error(vm, sn() + " expected " + (min == max ? "" : "at most ") + num(max) + " " +
                                  plural(max, "argument") + ", got " + num(n));
      return true;
    case Conv::Tuple:
      if (n < min || n > max) {
        int k = n < min ? min : max;
        return type_error(vm, sn() + "() takes " + (min == max ? "exactly " : n < min ? "at least " : "at most ") +
                                  num(k) + " " + plural(k, "argument") + " (" + num(n) + " given)");
      }
      return true;
    default: return true;
  }
}

}  // namespace

std::string_view Sig::short_name() const {
  const char* dot = std::strrchr(name, '.');
  return dot ? dot + 1 : name;
}

std::string_view Sig::param(int i) const {
  std::string_view p(params);
  while (!p.empty()) {
    size_t comma = p.find(',');
    std::string_view tok = p.substr(0, comma);
    p = comma == std::string_view::npos ? std::string_view() : p.substr(comma + 1);
    while (!tok.empty() && tok.front() == ' ') tok.remove_prefix(1);
    tok = tok.substr(0, tok.find('='));
    while (!tok.empty() && tok.back() == ' ') tok.remove_suffix(1);
    if (tok.empty() || tok == "/" || tok.front() == '*') continue;
    if (i-- == 0) return tok;
  }
  return {};
}

bool check_args(VM& vm, const Sig& sig, int nargs, Dict* kw) { return check(vm, sig, nargs, kw, false); }

// A receiver's type as CPython's tp_name spells it: the C types of _asyncio
// carry their module ('_asyncio.Future'), the builtins and Python classes not.
static std::string tp_name_of(VM& vm, const Value& v) {
  PyType* t = vm.type_of(v);
  return t->module == "_asyncio" ? "_asyncio." + t->name->s : t->name->s;
}

bool check_method(VM& vm, const Sig& sig, const Owner& owner, const Value* args, int nargs, Dict* kw,
                  const char* self_attr) {
  if (owner.python) {
    if (!check_python(vm, sig, nargs, kw)) return false;
    if (self_attr && !owner.accepts(args[0]))
      return vm.raise(vm.AttributeError, "'" + vm.type_name(args[0]) + "' object has no attribute '" + self_attr + "'");
    return true;
  }
  if (nargs >= 1 && owner.accepts(args[0])) return check(vm, sig, nargs - 1, kw, true);
  const std::string attr(sig.short_name()), tp = owner.tp_name;
  if (sig.conv == Conv::Slot) {  // a slot wrapper's words
    if (nargs < 1) return type_error(vm, "descriptor '" + attr + "' of '" + tp + "' object needs an argument");
    return type_error(vm, "descriptor '" + attr + "' requires a '" + tp + "' object but received a '" +
                              vm.type_name(args[0]) + "'");
  }
  if (nargs < 1) return type_error(vm, std::string("unbound method ") + sig.name + "() needs an argument");
  return type_error(vm, "descriptor '" + attr + "' for '" + tp + "' objects doesn't apply to a '" +
                            tp_name_of(vm, args[0]) + "' object");
}

bool check_new(VM& vm, const Sig& sig, const Owner& owner, const Value* args, int nargs, Dict* kw) {
  if (nargs >= 1 && as<PyType>(args[0])) return check_args(vm, sig, nargs - 1, kw);
  const std::string tp = owner.python ? "object" : owner.tp_name;
  if (nargs < 1) return type_error(vm, tp + ".__new__(): not enough arguments");
  return type_error(vm, tp + ".__new__(X): X is not a type object (" + vm.type_name(args[0]) + ")");
}

const Value* kwarg(Dict* kw, std::string_view name) {
  if (!kw || !kw->live) return nullptr;
  return kw->find_str(name);
}

const Value* arg(const Sig& sig, const Value* args, int nargs, Dict* kw, int i) {
  if (i < sig.npos && i < nargs) return &args[i];
  if (i < sig.nposonly || !kw || !kw->live) return nullptr;
  return kw->find_str(sig.param(i));
}

}  // namespace ts::vm
