// The `re` module: CPython 3.11's functions (Lib/re/__init__.py: Python
// functions over a compiled pattern), re.Pattern's methods (_sre.c: search
// loops, sub/split/findall with the 3.7 rules for empty matches), the flags
// and re.error. Matching is pylib/regex.h's engine; every search has a step
// budget, so a catastrophic pattern stops the run with a clear error.
#include "script/modules/re.h"

#include <algorithm>
#include <cstdio>

#include "script/modules/modules.h"
#include "script/native/table.h"
#include "script/pylib/utf8.h"

namespace ts::vm::re {

namespace {

// Steps one search may take (about a tenth of a second), and one call
// (findall, sub, split: many searches) in all.
constexpr int64_t kSearchBudget = 20'000'000;
constexpr int64_t kCallBudget = 200'000'000;

bool subject_of(VM& vm, const Value& v, std::shared_ptr<const Subject>& out) {
  Str* s = as<Str>(v);
  if (!s) return vm.raise(vm.TypeError, "expected string or bytes-like object, got '" + vm.type_name(v) + "'");
  auto sub = std::make_shared<Subject>();
  sub->str = s;
  sub->cps = py::utf8::to_u32(s->s);
  out = std::move(sub);
  return true;
}

bool compile_str(VM& vm, Str* s, int64_t flags, Ref<Pattern>& out) {
  std::u32string pat = py::utf8::to_u32(s->s);
  rx::Error err;
  auto prog = rx::compile(pat, int(flags), err);
  if (!prog) return raise_error(vm, err, pat);
  out = make<Pattern>();
  out->pattern = s;
  out->prog = std::move(prog);
  return true;
}

// re._compile(pattern, flags): a str compiles, a Pattern passes (without flags).
bool pattern_of(VM& vm, const Value& pattern, const Value* flagsv, Ref<Pattern>& out) {
  int64_t flags = 0;
  if (flagsv && !int_arg(vm, *flagsv, flags)) return false;
  if (Pattern* p = pattern.as<Pattern>()) {
    if (flags) return vm.raise(vm.ValueError, "cannot process flags argument with a compiled pattern");
    out = p;
    return true;
  }
  Str* s = as<Str>(pattern);
  if (!s) return vm.raise(vm.TypeError, "first argument must be string or compiled pattern");
  return compile_str(vm, s, flags, out);
}

// One search in s from pos; found == false when there is none. `left` is
// what the call may still spend.
bool search(VM& vm, const Pattern& p, const Subject& s, int64_t pos, int64_t endpos, rx::Mode mode, bool must_advance,
            rx::Result& r, bool& found, int64_t& left) {
  int64_t budget = std::min(left, kSearchBudget);
  int64_t given = budget;
  rx::Outcome o = rx::exec(*p.prog, s.cps, size_t(pos), size_t(endpos), mode, must_advance, r, budget);
  left -= given - budget;
  if (o == rx::Outcome::Budget)
    return vm.fail_budget(left <= 0 ? "regular expression step budget exceeded (" + std::to_string(kCallBudget) +
                                          " steps in one call)"
                                    : "regular expression step budget exceeded (" + std::to_string(kSearchBudget) +
                                          " steps in one search: catastrophic backtracking?)");
  found = o == rx::Outcome::Found;
  return true;
}

// pos and endpos clamped into the string, as _sre's state_init.
// i < 0: the module functions, which have neither.
void bounds(VM& vm, Args& a, int i, const Subject& s, int64_t& pos, int64_t& endpos, bool& ok) {
  int64_t n = int64_t(s.cps.size());
  pos = 0, endpos = n;
  ok = true;
  if (i < 0) return;
  if (const Value* v = a.get(i); v && !(ok = int_arg(vm, *v, pos))) return;
  if (const Value* v = a.get(i + 1); v && !(ok = int_arg(vm, *v, endpos))) return;
  pos = std::clamp<int64_t>(pos, 0, n);
  endpos = std::clamp<int64_t>(endpos, 0, n);
}

bool match_mode(VM& vm, const Ref<Pattern>& p, const Value& str, Args& a, int i, rx::Mode mode, Value& out) {
  std::shared_ptr<const Subject> s;
  if (!subject_of(vm, str, s)) return false;
  int64_t pos, endpos;
  bool ok, found;
  bounds(vm, a, i, *s, pos, endpos, ok);
  rx::Result r;
  int64_t left = kCallBudget;
  if (!ok || !search(vm, *p, *s, pos, endpos, mode, false, r, found, left)) return false;
  out = found ? new_match(vm, p, s, std::move(r), pos, endpos) : Value();
  return true;
}

// Every match from pos on, as finditer/findall/sub/split walk them: after an
// empty match the next one must not be empty at the same place.
template <class F>
bool each(VM& vm, const Pattern& p, const Subject& s, int64_t pos, int64_t endpos, int64_t limit, F&& f) {
  bool must_advance = false;
  int64_t left = kCallBudget;
  for (int64_t n = 0; (limit <= 0 || n < limit) && pos <= endpos; n++) {
    rx::Result r;
    bool found;
    if (!search(vm, p, s, pos, endpos, rx::Mode::Search, must_advance, r, found, left)) return false;
    if (!found) break;
    int64_t b = r.spans[0], e = r.spans[1];
    if (!f(std::move(r))) return false;
    must_advance = e == b;
    pos = e;
  }
  return true;
}

bool findall(VM& vm, const Ref<Pattern>& p, const Value& str, Args& a, int i, Value& out) {
  std::shared_ptr<const Subject> s;
  if (!subject_of(vm, str, s)) return false;
  int64_t pos, endpos;
  bool ok;
  bounds(vm, a, i, *s, pos, endpos, ok);
  if (!ok) return false;
  std::vector<Value> items;
  int groups = p->prog->groups;
  Value empty = vm.make_str("");
  auto text = [&](const rx::Result& r, int g) {
    int64_t x = r.spans[size_t(2 * g)], y = r.spans[size_t(2 * g + 1)];
    return x < 0 || y < 0 ? empty : slice(vm, *s, x, y);
  };
  if (!each(vm, *p, *s, pos, endpos, 0, [&](rx::Result r) {
        if (groups <= 1) {
          items.push_back(text(r, groups));
        } else {
          std::vector<Value> t;
          for (int g = 1; g <= groups; g++) t.push_back(text(r, g));
          items.push_back(vm.make_tuple(std::move(t)));
        }
        return true;
      }))
    return false;
  out = vm.make_list(std::move(items));
  return true;
}

// finditer: Turnstile finds them all at once (CPython's iterator is lazy;
// the matches are the same).
bool finditer(VM& vm, const Ref<Pattern>& p, const Value& str, Args& a, int i, Value& out) {
  std::shared_ptr<const Subject> s;
  if (!subject_of(vm, str, s)) return false;
  int64_t pos, endpos;
  bool ok;
  bounds(vm, a, i, *s, pos, endpos, ok);
  if (!ok) return false;
  std::vector<Value> items;
  if (!each(vm, *p, *s, pos, endpos, 0, [&](rx::Result r) {
        items.push_back(new_match(vm, p, s, std::move(r), pos, endpos));
        return true;
      }))
    return false;
  out = seq_iter(vm.make_list(std::move(items)));
  return true;
}

bool sub(VM& vm, const Ref<Pattern>& p, const Value& repl, const Value& str, const Value* countv, bool with_count,
         Value& out) {
  std::shared_ptr<const Subject> s;
  if (!subject_of(vm, str, s)) return false;
  int64_t count = 0;
  if (countv && !int_arg(vm, *countv, count)) return false;
  bool callable = !as<Str>(repl) && vm.is_callable(repl);
  rx::Template tmpl;
  if (!callable) {
    Str* r = as<Str>(repl);
    if (!r) return vm.raise(vm.TypeError, "decoding to str: need a bytes-like object, " + vm.type_name(repl) + " found");
    if (!parse_template(vm, *p, *r, tmpl)) return false;
  }
  std::u32string res;
  int64_t last = 0, n = 0, pieces = 0;
  int64_t endpos = int64_t(s->cps.size());
  // A negative count replaces nothing (as a negative maxsplit splits nothing).
  if (count >= 0 && !each(vm, *p, *s, 0, endpos, count, [&](rx::Result r) {
        int64_t b = r.spans[0], e = r.spans[1];
        if (b > last) pieces++;
        res += s->cps.substr(size_t(last), size_t(b - last));
        last = e;
        n++;
        Value m = new_match(vm, p, s, std::move(r), 0, endpos);
        if (!callable) return expand(vm, *m.as<Match>(), tmpl, res);
        Value item;
        if (!vm.call1(repl, m, item)) return false;
        if (item.is_none()) return true;
        Str* t = as<Str>(item);
        if (!t)
          return vm.raise(vm.TypeError, "sequence item " + std::to_string(pieces) + ": expected str instance, " +
                                            vm.type_name(item) + " found");
        pieces++;
        res += py::utf8::to_u32(t->s);
        return true;
      }))
    return false;
  res += s->cps.substr(size_t(last));
  Value text = vm.make_str(py::utf8::encode(res));
  out = with_count ? vm.make_tuple({text, Value::integer(n)}) : text;
  return true;
}

bool split(VM& vm, const Ref<Pattern>& p, const Value& str, const Value* maxv, Value& out) {
  std::shared_ptr<const Subject> s;
  if (!subject_of(vm, str, s)) return false;
  int64_t maxsplit = 0;
  if (maxv && !int_arg(vm, *maxv, maxsplit)) return false;
  std::vector<Value> items;
  int64_t last = 0;
  if (maxsplit >= 0 && !each(vm, *p, *s, 0, int64_t(s->cps.size()), maxsplit, [&](rx::Result r) {
        items.push_back(slice(vm, *s, last, r.spans[0]));
        for (int g = 1; g <= p->prog->groups; g++) {
          int64_t x = r.spans[size_t(2 * g)], y = r.spans[size_t(2 * g + 1)];
          items.push_back(x < 0 || y < 0 ? Value() : slice(vm, *s, x, y));
        }
        last = r.spans[1];
        return true;
      }))
    return false;
  items.push_back(slice(vm, *s, last, int64_t(s->cps.size())));
  out = vm.make_list(std::move(items));
  return true;
}

// ---- the module functions (re/__init__.py) ----

bool compile(VM& vm, Args& a, Value& out) {
  Ref<Pattern> p;
  if (!pattern_of(vm, a[0], a.get(1), p)) return false;
  out = Value::object(p);
  return true;
}

template <rx::Mode M>
bool match_fn(VM& vm, Args& a, Value& out) {
  Ref<Pattern> p;
  return pattern_of(vm, a[0], a.get(2), p) && match_mode(vm, p, a[1], a, -1, M, out);
}
bool findall_fn(VM& vm, Args& a, Value& out) {
  Ref<Pattern> p;
  return pattern_of(vm, a[0], a.get(2), p) && findall(vm, p, a[1], a, -1, out);
}
bool finditer_fn(VM& vm, Args& a, Value& out) {
  Ref<Pattern> p;
  return pattern_of(vm, a[0], a.get(2), p) && finditer(vm, p, a[1], a, -1, out);
}
template <bool N>
bool sub_fn(VM& vm, Args& a, Value& out) {
  Ref<Pattern> p;
  return pattern_of(vm, a[0], a.get(4), p) && sub(vm, p, *a.get(1), *a.get(2), a.get(3), N, out);
}
bool split_fn(VM& vm, Args& a, Value& out) {
  Ref<Pattern> p;
  return pattern_of(vm, a[0], a.get(3), p) && split(vm, p, *a.get(1), a.get(2), out);
}

bool escape(VM& vm, Args& a, Value& out) {
  Str* s = as<Str>(a[0]);
  if (!s) return vm.raise(vm.TypeError, "'" + vm.type_name(a[0]) + "' object is not iterable");
  out = vm.make_str(py::utf8::encode(rx::escape(py::utf8::to_u32(s->s))));
  return true;
}

bool purge(VM&, Args&, Value& out) {
  out = Value();  // Turnstile keeps no cache of compiled patterns
  return true;
}

// ---- Pattern's methods (_sre.c, Argument Clinic) ----

Ref<Pattern> self_of(Args& a) { return Ref<Pattern>(a.self.as<Pattern>()); }

template <rx::Mode M>
bool p_match(VM& vm, Pattern&, Args& a, Value& out) { return match_mode(vm, self_of(a), *a.get(0), a, 1, M, out); }
bool p_findall(VM& vm, Pattern&, Args& a, Value& out) { return findall(vm, self_of(a), *a.get(0), a, 1, out); }
bool p_finditer(VM& vm, Pattern&, Args& a, Value& out) { return finditer(vm, self_of(a), *a.get(0), a, 1, out); }
template <bool N>
bool p_sub(VM& vm, Pattern&, Args& a, Value& out) {
  return sub(vm, self_of(a), *a.get(0), *a.get(1), a.get(2), N, out);
}
bool p_split(VM& vm, Pattern&, Args& a, Value& out) { return split(vm, self_of(a), *a.get(0), a.get(1), out); }

// "re.compile('a+', re.IGNORECASE)": CPython's pattern_repr (the pattern's
// repr cut at 200 characters; UNICODE left out for a str pattern).
bool p_repr(VM& vm, Pattern& p, Args&, Value& out) {
  std::string r;
  if (!vm.repr(Value::object(p.pattern), r)) return false;
  r = r.substr(0, py::utf8::offset(r, 200));
  static const std::pair<int, const char*> kNames[] = {
      {rx::kTemplate, "re.TEMPLATE"}, {rx::kIgnoreCase, "re.IGNORECASE"}, {rx::kLocale, "re.LOCALE"},
      {rx::kMultiline, "re.MULTILINE"}, {rx::kDotAll, "re.DOTALL"}, {rx::kUnicode, "re.UNICODE"},
      {rx::kVerbose, "re.VERBOSE"}, {rx::kDebug, "re.DEBUG"}, {rx::kAscii, "re.ASCII"},
  };
  int flags = p.prog->flags;
  if ((flags & (rx::kLocale | rx::kUnicode | rx::kAscii)) == rx::kUnicode) flags &= ~rx::kUnicode;
  std::string names;
  for (auto& [bit, name] : kNames)
    if (flags & bit) {
      names += (names.empty() ? "" : "|") + std::string(name);
      flags &= ~bit;
    }
  if (flags) {
    char hex[16];
    snprintf(hex, sizeof hex, "0x%x", unsigned(flags));
    names += (names.empty() ? "" : "|") + std::string(hex);
  }
  out = vm.make_str("re.compile(" + r + (names.empty() ? "" : ", " + names) + ")");
  return true;
}

bool pattern_attr(VM& vm, const Value& self, const Str& attr, Value& out) {
  Pattern& p = *self.as<Pattern>();
  if (attr.s == "pattern") out = Value::object(p.pattern);
  else if (attr.s == "flags") out = Value::integer(p.prog->flags);
  else if (attr.s == "groups") out = Value::integer(p.prog->groups);
  else if (attr.s == "groupindex") {
    std::vector<std::pair<std::string, int>> v(p.prog->groupindex.begin(), p.prog->groupindex.end());
    std::sort(v.begin(), v.end(), [](auto& x, auto& y) { return x.second < y.second; });
    Ref<Dict> d = make<Dict>();
    for (auto& [name, g] : v) d->set(vm.make_str(name), Value::integer(g));
    out = Value::object(d);
  } else return false;
  return true;
}

constexpr Method kFunctions[] = {
    {"compile", compile, Conv::Python, "pattern, flags=0"},
    {"match", match_fn<rx::Mode::Match>, Conv::Python, "pattern, string, flags=0"},
    {"search", match_fn<rx::Mode::Search>, Conv::Python, "pattern, string, flags=0"},
    {"fullmatch", match_fn<rx::Mode::FullMatch>, Conv::Python, "pattern, string, flags=0"},
    {"findall", findall_fn, Conv::Python, "pattern, string, flags=0"},
    {"finditer", finditer_fn, Conv::Python, "pattern, string, flags=0"},
    {"sub", sub_fn<false>, Conv::Python, "pattern, repl, string, count=0, flags=0"},
    {"subn", sub_fn<true>, Conv::Python, "pattern, repl, string, count=0, flags=0"},
    {"split", split_fn, Conv::Python, "pattern, string, maxsplit=0, flags=0"},
    {"escape", escape, Conv::Python, "pattern"},
    {"purge", purge, Conv::Python, ""},
};

constexpr Owner kPattern{"re.Pattern", is<Pattern>};
constexpr Method kMethods[] = {
    {"Pattern.match", on<p_match<rx::Mode::Match>>, Conv::Keywords, "string, pos=0, endpos=sys.maxsize"},
    {"Pattern.search", on<p_match<rx::Mode::Search>>, Conv::Keywords, "string, pos=0, endpos=sys.maxsize"},
    {"Pattern.fullmatch", on<p_match<rx::Mode::FullMatch>>, Conv::Keywords, "string, pos=0, endpos=sys.maxsize"},
    {"Pattern.findall", on<p_findall>, Conv::Keywords, "string, pos=0, endpos=sys.maxsize"},
    {"Pattern.finditer", on<p_finditer>, Conv::Keywords, "string, pos=0, endpos=sys.maxsize"},
    {"Pattern.sub", on<p_sub<false>>, Conv::Keywords, "repl, string, count=0"},
    {"Pattern.subn", on<p_sub<true>>, Conv::Keywords, "repl, string, count=0"},
    {"Pattern.split", on<p_split>, Conv::Keywords, "string, maxsplit=0"},
    {"Pattern.__repr__", on<p_repr>, Conv::Slot},
};

}  // namespace

}  // namespace ts::vm::re

namespace ts::vm {

void install_re(VM& vm) {
  using namespace re;
  Module* m = vm.new_module("re");
  Dict& d = *m->dict;
  install(vm, d, kFunctions);
  PyType* err = vm.new_type("error", vm.Exception_, Kind::Exception, "re");
  err->is_exception = true;
  types(vm).error = err;
  d.set(vm.make_str("error"), Value::object(err));
  PyType* t = vm.new_type("Pattern", vm.t_object, Kind::Native, "re");
  vm.native_types["Pattern"] = t;
  vm.getattr_hooks[t] = pattern_attr;
  install<kPattern>(vm, t, kMethods);
  d.set(vm.make_str("Pattern"), Value::object(t));
  types(vm).pattern = t;
  install_match(vm, d);
  // The flags as ints (CPython's are re.RegexFlag members, which print by name).
  static const std::pair<const char*, int> kFlags[] = {
      {"I", rx::kIgnoreCase}, {"IGNORECASE", rx::kIgnoreCase}, {"M", rx::kMultiline}, {"MULTILINE", rx::kMultiline},
      {"S", rx::kDotAll},     {"DOTALL", rx::kDotAll},         {"X", rx::kVerbose},   {"VERBOSE", rx::kVerbose},
      {"A", rx::kAscii},      {"ASCII", rx::kAscii},           {"U", rx::kUnicode},   {"UNICODE", rx::kUnicode},
      {"L", rx::kLocale},     {"LOCALE", rx::kLocale},         {"T", rx::kTemplate},  {"TEMPLATE", rx::kTemplate},
      {"DEBUG", rx::kDebug}, {"NOFLAG", 0},
  };
  for (auto& [name, v] : kFlags) d.set(vm.make_str(name), Value::integer(v));
}

}  // namespace ts::vm
