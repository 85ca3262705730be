// re.Match (CPython's _sre.SRE_Match): groups by index or name, spans,
// expand(), the attributes and repr; and the errors and templates the
// module shares (re.h).
#include "script/modules/re.h"

#include <algorithm>

#include "script/native/table.h"
#include "script/pylib/utf8.h"

namespace ts::vm::re {

namespace {

struct ReState final : ModuleState {
  Types types;
};

// Match.group's argument: an index (int, bool, __index__) or a group name.
bool group_index(VM& vm, const Match& m, const Value& v, int& g) {
  int64_t i;
  if (v.tag == Value::Int || v.tag == Value::Bool || as<Instance>(v)) {
    if (vm.index_of(v, i)) {
      if (i < 0 || i > m.re->prog->groups) return vm.raise(vm.IndexError, "no such group");
      g = int(i);
      return true;
    }
    if (!vm.error.is_none()) return false;
  }
  if (Str* s = as<Str>(v)) {
    auto it = m.re->prog->groupindex.find(s->s);
    if (it != m.re->prog->groupindex.end()) {
      g = it->second;
      return true;
    }
  }
  return vm.raise(vm.IndexError, "no such group");
}

bool group(VM& vm, Match& m, Args& a, Value& out) {
  if (a.kw && a.kw->live) return vm.raise(vm.TypeError, "Match.group() takes no keyword arguments");
  std::vector<Value> items;
  for (int i = 0; i < std::max(a.n, 1); i++) {
    int g = 0;
    if (a.n && !group_index(vm, m, a[i], g)) return false;
    items.push_back(group_value(vm, m, g));
  }
  out = a.n <= 1 ? items[0] : vm.make_tuple(std::move(items));
  return true;
}

bool getitem(VM& vm, Match& m, Args& a, Value& out) {
  int g;
  if (!group_index(vm, m, a[0], g)) return false;
  out = group_value(vm, m, g);
  return true;
}

bool groups(VM& vm, Match& m, Args& a, Value& out) {
  Value dflt = a.get(0, Value());
  std::vector<Value> items;
  for (int g = 1; g <= m.re->prog->groups; g++) items.push_back(group_value(vm, m, g, dflt));
  out = vm.make_tuple(std::move(items));
  return true;
}

// Group names in the order they were defined (the pattern's groupindex).
std::vector<std::pair<std::string, int>> names(const rx::Program& p) {
  std::vector<std::pair<std::string, int>> v(p.groupindex.begin(), p.groupindex.end());
  std::sort(v.begin(), v.end(), [](auto& x, auto& y) { return x.second < y.second; });
  return v;
}

bool groupdict(VM& vm, Match& m, Args& a, Value& out) {
  Value dflt = a.get(0, Value());
  Ref<Dict> d = make<Dict>();
  for (auto& [name, g] : names(*m.re->prog)) d->set(vm.make_str(name), group_value(vm, m, g, dflt));
  out = Value::object(d);
  return true;
}

// start/end/span's optional group.
bool span_of(VM& vm, Match& m, Args& a, int64_t& s, int64_t& e) {
  int g = 0;
  if (a.n && !group_index(vm, m, a[0], g)) return false;
  s = m.r.spans[size_t(2 * g)];
  e = m.r.spans[size_t(2 * g + 1)];
  if (s < 0 || e < 0) s = e = -1;
  return true;
}
bool start(VM& vm, Match& m, Args& a, Value& out) {
  int64_t s, e;
  if (!span_of(vm, m, a, s, e)) return false;
  out = Value::integer(s);
  return true;
}
bool end(VM& vm, Match& m, Args& a, Value& out) {
  int64_t s, e;
  if (!span_of(vm, m, a, s, e)) return false;
  out = Value::integer(e);
  return true;
}
Value pair(VM& vm, int64_t a, int64_t b) { return vm.make_tuple({Value::integer(a), Value::integer(b)}); }
bool span(VM& vm, Match& m, Args& a, Value& out) {
  int64_t s, e;
  if (!span_of(vm, m, a, s, e)) return false;
  out = pair(vm, s, e);
  return true;
}

bool expand_method(VM& vm, Match& m, Args& a, Value& out) {
  Str* t = as<Str>(a[0]);
  if (!t) return vm.raise(vm.TypeError, "expected str instance, " + vm.type_name(a[0]) + " found");
  rx::Template tmpl;
  std::u32string text;
  if (!parse_template(vm, *m.re, *t, tmpl) || !expand(vm, m, tmpl, text)) return false;
  out = vm.make_str(py::utf8::encode(text));
  return true;
}

// "<re.Match object; span=(0, 3), match='abc'>": the match's repr cut at
// 50 characters (CPython's %.50R).
bool repr(VM& vm, Match& m, Args&, Value& out) {
  std::string r;
  if (!vm.repr(group_value(vm, m, 0), r)) return false;
  r = r.substr(0, py::utf8::offset(r, 50));
  out = vm.make_str("<re.Match object; span=(" + std::to_string(m.r.spans[0]) + ", " + std::to_string(m.r.spans[1]) +
                    "), match=" + r + ">");
  return true;
}

bool match_attr(VM& vm, const Value& self, const Str& attr, Value& out) {
  Match& m = *self.as<Match>();
  const std::string& n = attr.s;
  if (n == "string") out = Value::object(m.subject->str);
  else if (n == "re") out = Value::object(m.re);
  else if (n == "pos") out = Value::integer(m.pos);
  else if (n == "endpos") out = Value::integer(m.endpos);
  else if (n == "lastindex") out = m.r.lastindex < 0 ? Value() : Value::integer(m.r.lastindex);
  else if (n == "lastgroup") {
    out = Value();
    for (auto& [name, g] : m.re->prog->groupindex)
      if (g == m.r.lastindex) out = vm.make_str(name);
  } else if (n == "regs") {
    std::vector<Value> regs;
    for (size_t g = 0; g < m.r.spans.size() / 2; g++) regs.push_back(pair(vm, m.r.spans[2 * g], m.r.spans[2 * g + 1]));
    out = vm.make_tuple(std::move(regs));
  } else return false;
  return true;
}

constexpr Owner kMatch{"re.Match", is<Match>};
constexpr Method kMethods[] = {
    {"Match.group", on<group>, Conv::Free},
    {"Match.groups", on<groups>, Conv::Keywords, "default=None"},
    {"Match.groupdict", on<groupdict>, Conv::Keywords, "default=None"},
    {"Match.start", on<start>, Conv::Positional, "group=0, /"},
    {"Match.end", on<end>, Conv::Positional, "group=0, /"},
    {"Match.span", on<span>, Conv::Positional, "group=0, /"},
    {"Match.expand", on<expand_method>, Conv::O},
    {"Match.__getitem__", on<getitem>, Conv::O},
    {"Match.__repr__", on<repr>, Conv::Slot},
};

}  // namespace

Types& types(VM& vm) { return vm.state<ReState>().types; }

bool raise_error(VM& vm, const rx::Error& e, const std::u32string& pattern) {
  switch (e.kind) {
    case rx::Error::NotImplemented: return vm.raise(vm.NotImplementedError, e.msg);
    case rx::Error::Value: return vm.raise(vm.ValueError, e.msg);
    case rx::Error::Overflow: return vm.raise(vm.OverflowError, e.msg);
    case rx::Error::Re: break;
  }
  // re.error.__init__: "msg at position N", and the line and column when
  // the pattern has several lines.
  std::string msg = e.msg;
  Value lineno, colno, pos;
  if (e.pos >= 0) {
    size_t p = size_t(e.pos);
    int64_t line = 1, last_nl = -1;
    for (size_t i = 0; i < p && i < pattern.size(); i++)
      if (pattern[i] == '\n') line++, last_nl = int64_t(i);
    msg += " at position " + std::to_string(p);
    if (pattern.find(U'\n') != std::u32string::npos)
      msg += " (line " + std::to_string(line) + ", column " + std::to_string(e.pos - last_nl) + ")";
    lineno = Value::integer(line);
    colno = Value::integer(e.pos - last_nl);
    pos = Value::integer(e.pos);
  }
  Value exc = vm.new_exception(types(vm).error, msg);
  Dict& d = *as<Exception>(exc)->dict;
  d.set(vm.make_str("msg"), vm.make_str(e.msg));
  d.set(vm.make_str("pattern"), e.pos >= 0 || !pattern.empty() ? vm.make_str(py::utf8::encode(pattern)) : Value());
  d.set(vm.make_str("pos"), pos);
  d.set(vm.make_str("lineno"), lineno);
  d.set(vm.make_str("colno"), colno);
  return vm.raise_value(exc);
}

Value slice(VM& vm, const Subject& s, int64_t a, int64_t b) {
  if (s.str->ascii) return vm.make_str(s.str->s.substr(size_t(a), size_t(b - a)));
  return vm.make_str(py::utf8::encode(s.cps.substr(size_t(a), size_t(b - a))));
}

Value new_match(VM& vm, const Ref<Pattern>& p, const std::shared_ptr<const Subject>& s, rx::Result r, int64_t pos,
                int64_t endpos) {
  Ref<Match> m = make<Match>();
  m->re = p;
  m->subject = s;
  m->r = std::move(r);
  m->pos = pos;
  m->endpos = endpos;
  return Value::object(m);
}

Value group_value(VM& vm, const Match& m, int g, const Value& dflt) {
  int64_t a = m.r.spans[size_t(2 * g)], b = m.r.spans[size_t(2 * g + 1)];
  if (a < 0 || b < 0) return dflt;
  return slice(vm, *m.subject, a, b);
}

bool expand(VM& vm, const Match& m, const rx::Template& t, std::u32string& out) {
  for (const rx::Template::Piece& piece : t.pieces) {
    if (piece.group < 0) {
      out += piece.text;
      continue;
    }
    int64_t a = m.r.spans[size_t(2 * piece.group)], b = m.r.spans[size_t(2 * piece.group + 1)];
    if (a >= 0 && b >= 0) out += m.subject->cps.substr(size_t(a), size_t(b - a));
  }
  return true;
}

bool parse_template(VM& vm, const Pattern& p, const Str& repl, rx::Template& out) {
  std::u32string r = py::utf8::to_u32(repl.s);
  rx::Error err;
  bool index_error;
  if (rx::parse_template(r, *p.prog, out, err, index_error)) return true;
  if (index_error) return vm.raise(vm.IndexError, err.msg);
  return raise_error(vm, err, r);
}

void install_match(VM& vm, Dict& module) {
  PyType* t = vm.new_type("Match", vm.t_object, Kind::Native, "re");
  vm.native_types["Match"] = t;
  vm.getattr_hooks[t] = match_attr;
  install<kMatch>(vm, t, kMethods);
  module.set(vm.make_str("Match"), Value::object(t));
  types(vm).match = t;
}

}  // namespace ts::vm::re
