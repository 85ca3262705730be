// The pattern parser: Lib/re/_parser.py's grammar, with its messages and
// positions, to a tree (regex_syntax.h) that regex_compile.cpp compiles.
#include "script/pylib/regex_syntax.h"

namespace ts::py::regex {

using namespace syntax;

namespace {

struct Parser {
  Tokenizer src;
  Program& prog;
  int flags;  // state.flags: the global flags
  std::vector<bool> open;  // open[g]: group g is still being parsed
  int lookbehind_groups = -1;
  std::map<int, int64_t> grouprefpos;  // conditional group numbers -> where they were named

  Parser(const std::u32string& s, Program& p, int f) : src(s), prog(p), flags(f), open(1, false) {}

  static int combine(int f, int add, int del) {
    if (add & kTypeFlags) f &= ~kTypeFlags;
    return (f | add) & ~del;
  }

  int set_of(std::vector<SetItem> items, bool negate, int f) {
    CharSet cs;
    cs.items = std::move(items);
    cs.negate = negate;
    cs.icase = f & kIgnoreCase;
    cs.ascii = f & kAscii;
    prog.sets.push_back(std::move(cs));
    return int(prog.sets.size()) - 1;
  }
  Node lit(uint32_t c, int f) {
    Node n;
    n.k = Node::Char;
    n.c = c;
    n.flags = f;
    return n;
  }
  Node set_node(std::vector<SetItem> items, bool negate, int f) {
    Node n;
    n.k = Node::Set;
    n.set = set_of(std::move(items), negate, f);
    return n;
  }
  Node at(uint8_t a, int f) {
    Node n;
    n.k = Node::At;
    n.at = a;
    n.flags = f;
    return n;
  }

  // A category escape (\d ...) or -1.
  static int category(uint32_t c) {
    switch (c) {
      case 'd': return SetItem::Digit;
      case 'D': return SetItem::NotDigit;
      case 'w': return SetItem::Word;
      case 'W': return SetItem::NotWord;
      case 's': return SetItem::Space;
      case 'S': return SetItem::NotSpace;
      default: return -1;
    }
  }

  // \x.. \u.... \U........ \N{...}: the literal, or false when esc is none of them.
  bool numeric_escape(std::u32string& esc, uint32_t& out) {
    uint32_t c = esc[1];
    int n = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (n) {
      esc += src.getwhile(n, is_hex);
      if (esc.size() != size_t(n) + 2) src.error("incomplete escape " + u8(esc), int64_t(esc.size()));
      uint64_t v = std::stoull(u8(esc.substr(2)), nullptr, 16);
      if (v > 0x10FFFF) src.error("bad escape " + u8(esc), int64_t(esc.size()));
      out = uint32_t(v);
      return true;
    }
    if (c == 'N') not_available("\\N{...} in a pattern");
    return false;
  }

  // _class_escape: a literal (is_lit) or a category item.
  SetItem class_escape(std::u32string esc, bool& is_lit) {
    is_lit = true;
    uint32_t c = esc[1];
    if (int v = simple_escape(c); v >= 0) return {SetItem::Range, uint32_t(v), uint32_t(v)};
    if (c == 'b') return {SetItem::Range, 8, 8};
    if (int cat = category(c); cat >= 0) {
      is_lit = false;
      return {SetItem::Kind(cat)};
    }
    uint32_t v;
    if (numeric_escape(esc, v)) return {SetItem::Range, v, v};
    if (is_oct(c)) {
      esc += src.getwhile(2, is_oct);
      v = uint32_t(std::stoul(u8(esc.substr(1)), nullptr, 8));
      if (v > 0377) src.error("octal escape value " + u8(esc) + " outside of range 0-0o377", int64_t(esc.size()));
      return {SetItem::Range, v, v};
    }
    if (is_digit(c) || is_ascii_letter(c)) src.error("bad escape " + u8(esc), int64_t(esc.size()));
    return {SetItem::Range, c, c};
  }

  void check_lookbehind_group(int g) {
    if (lookbehind_groups < 0) return;
    if (g >= int(open.size()) || open[g]) src.error("cannot refer to an open group");
    if (g >= lookbehind_groups) src.error("cannot refer to group defined in the same lookbehind subpattern");
  }

  Node ref(int g, int f) {
    Node n;
    n.k = Node::Ref;
    n.group = g;
    n.flags = f;
    return n;
  }

  // _escape, outside a class.
  Node escape(std::u32string esc, int f) {
    uint32_t c = esc[1];
    switch (c) {
      case 'A': return at(kBeginString, f);
      case 'Z': return at(kEndString, f);
      case 'b': return at(kBoundary, f);
      case 'B': return at(kNonBoundary, f);
      default: break;
    }
    if (int cat = category(c); cat >= 0) return set_node({{SetItem::Kind(cat)}}, false, f);
    if (int v = simple_escape(c); v >= 0) return lit(uint32_t(v), f);
    uint32_t v;
    if (numeric_escape(esc, v)) return lit(v, f);
    if (c == '0') {
      esc += src.getwhile(2, is_oct);
      return lit(uint32_t(std::stoul(u8(esc.substr(1)), nullptr, 8)), f);
    }
    if (is_digit(c)) {
      if (src.next_in(is_digit)) {
        std::u32string d;
        src.get(d);
        esc += d;
        if (is_oct(esc[1]) && is_oct(esc[2]) && src.next_in(is_oct)) {
          src.get(d);
          esc += d;
          v = uint32_t(std::stoul(u8(esc.substr(1)), nullptr, 8));
          if (v > 0377) src.error("octal escape value " + u8(esc) + " outside of range 0-0o377", int64_t(esc.size()));
          return lit(v, f);
        }
      }
      int g = std::stoi(u8(esc.substr(1)));
      if (g < int(open.size())) {
        if (open[g]) src.error("cannot refer to an open group", int64_t(esc.size()));
        check_lookbehind_group(g);
        return ref(g, f);
      }
      src.error("invalid group reference " + std::to_string(g), int64_t(esc.size()) - 1);
    }
    if (is_ascii_letter(c)) src.error("bad escape " + u8(esc), int64_t(esc.size()));
    return lit(c, f);
  }

  Node parse_sub(int f, int nested) {
    Node alt;
    alt.k = Node::Alt;
    for (;;) {
      if (!nested) f = flags;
      alt.kids.push_back(parse(f, nested + 1, !nested && alt.kids.empty()));
      if (!src.match('|')) break;
    }
    if (alt.kids.size() == 1) return std::move(alt.kids[0]);
    return alt;
  }

  Node parse_class(int f) {
    int64_t here = src.tell() - 1;
    std::vector<SetItem> items;
    bool negate = src.match('^');
    for (;;) {
      std::u32string t;
      if (!src.get(t)) src.error("unterminated character set", src.tell() - here);
      if (t.size() == 1 && t[0] == ']' && !items.empty()) break;
      // A ']' first in the set is a literal.
      bool lit1 = true;
      SetItem a = t[0] == '\\' && t.size() == 2 ? class_escape(t, lit1) : SetItem{SetItem::Range, t[0], t[0]};
      if (src.match('-')) {
        std::u32string u;
        if (!src.get(u)) src.error("unterminated character set", src.tell() - here);
        if (u.size() == 1 && u[0] == ']') {
          items.push_back(a);
          items.push_back({SetItem::Range, '-', '-'});
          break;
        }
        bool lit2 = true;
        SetItem b = u[0] == '\\' && u.size() == 2 ? class_escape(u, lit2) : SetItem{SetItem::Range, u[0], u[0]};
        std::string msg = "bad character range " + u8(t) + "-" + u8(u);
        if (!lit1 || !lit2 || b.lo < a.lo) src.error(msg, int64_t(t.size() + 1 + u.size()));
        items.push_back({SetItem::Range, a.lo, b.lo});
      } else {
        items.push_back(a);
      }
    }
    if (items.size() == 1 && items[0].kind == SetItem::Range && items[0].lo == items[0].hi && !negate)
      return lit(items[0].lo, f);
    return set_node(std::move(items), negate, f);
  }

  // _parse_flags after "(?" and its first character; returns false for global flags.
  bool parse_flags(uint32_t ch, int& add, int& del) {
    auto flag_of = [](uint32_t c) -> int {
      switch (c) {
        case 'i': return kIgnoreCase;
        case 'L': return kLocale;
        case 'm': return kMultiline;
        case 's': return kDotAll;
        case 'x': return kVerbose;
        case 'a': return kAscii;
        case 't': return kTemplate;
        case 'u': return kUnicode;
        default: return 0;
      }
    };
    std::u32string t;
    auto getc = [&]() -> bool {
      bool h = src.get(t);
      ch = h ? t[0] : 0;
      return h && t.size() == 1;
    };
    auto isalpha = [&] { return t.size() == 1 && unicode::is_alpha(t[0]); };
    add = del = 0;
    if (ch != '-') {
      for (;;) {
        int fl = flag_of(ch);
        if (ch == 'L') src.error("bad inline flags: cannot use 'L' flag with a str pattern");
        add |= fl;
        if ((fl & kTypeFlags) && (add & kTypeFlags) != fl)
          src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        bool one = getc();
        if (t.empty()) src.error("missing -, : or )");
        if (one && (ch == ')' || ch == '-' || ch == ':')) break;
        if (!one || !flag_of(ch)) src.error(isalpha() ? "unknown flag" : "missing -, : or )", int64_t(t.size()));
      }
    }
    if (ch == ')') {
      flags |= add;
      return false;
    }
    if (add & (kDebug | kTemplate)) src.error("bad inline flags: cannot turn on global flag", 1);
    if (ch == '-') {
      bool one = getc();
      if (t.empty()) src.error("missing flag");
      if (!one || !flag_of(ch)) src.error(isalpha() ? "unknown flag" : "missing flag", int64_t(t.size()));
      for (;;) {
        int fl = flag_of(ch);
        if (fl & kTypeFlags) src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= fl;
        one = getc();
        if (t.empty()) src.error("missing :");
        if (one && ch == ':') break;
        if (!one || !flag_of(ch)) src.error(isalpha() ? "unknown flag" : "missing :", int64_t(t.size()));
      }
    }
    if (del & (kDebug | kTemplate)) src.error("bad inline flags: cannot turn off global flag", 1);
    if (add & del) src.error("bad inline flags: flag turned on and off", 1);
    return true;
  }

  static bool has_group(const Node& n) {
    if (n.k == Node::Group) return true;
    for (const Node& k : n.kids)
      if (has_group(k)) return true;
    return false;
  }

  void repeat(Node& seq, const std::u32string& t, int f) {
    int64_t here = src.tell();
    int64_t min = 0, max = kInf;
    uint32_t c = t[0];
    if (c == '?') max = 1;
    else if (c == '+') min = 1;
    else if (c == '{') {
      if (src.next_is('}')) {
        seq.kids.push_back(lit('{', f));
        return;
      }
      std::u32string lo, hi;
      while (src.next_in(is_digit)) lo += src.next, src.advance();
      if (src.match(',')) {
        while (src.next_in(is_digit)) hi += src.next, src.advance();
      } else {
        hi = lo;
      }
      if (!src.match('}')) {
        seq.kids.push_back(lit('{', f));
        src.seek(size_t(here));
        return;
      }
      auto number = [&](const std::u32string& d) {
        if (d.size() > 10 || std::stoll(u8(d)) >= kMaxRepeat) fail(Error::Overflow, "the repetition number is too large");
        return std::stoll(u8(d));
      };
      if (!lo.empty()) min = number(lo);
      if (!hi.empty()) {
        max = number(hi);
        if (max < min) src.error("min repeat greater than max repeat", src.tell() - here);
      }
    }
    if (seq.kids.empty() || seq.kids.back().k == Node::At)
      src.error("nothing to repeat", src.tell() - here + int64_t(t.size()));
    if (seq.kids.back().is_repeat()) src.error("multiple repeat", src.tell() - here + int64_t(t.size()));
    Node r;
    r.k = Node::Repeat;
    r.min = min;
    r.max = max;
    bool possessive = false;
    if (src.match('?')) r.greedy = false;
    else possessive = src.match('+');
    r.kids.push_back(std::move(seq.kids.back()));
    if (possessive) {
      // a*+ is (?>a*). CPython 3.11 keeps a failed iteration's captures in
      // a possessive repeat of a group; Turnstile does not copy that.
      if (has_group(r)) not_available("possessive repeats (" + u8(t) + "+) of a group");
      Node atomic;
      atomic.k = Node::Look;
      atomic.look = 4;
      atomic.possessive = true;
      atomic.kids.push_back(std::move(r));
      seq.kids.back() = std::move(atomic);
    } else {
      seq.kids.back() = std::move(r);
    }
  }

  // (?(id/name)yes|no): which branch depends on whether the group matched;
  // a number may name a group defined later (checked at the end).
  void conditional(Node& seq, int f, int nested, int64_t start) {
    std::u32string name = src.getuntil(')', "group name");
    int64_t off = int64_t(name.size()) + 1;
    int g;
    if (is_identifier(name)) {
      src.checkgroupname(name, 1);
      auto it = prog.groupindex.find(u8(name));
      if (it == prog.groupindex.end()) src.error("unknown group name " + repr(name), off);
      g = it->second;
    } else {
      bool digits = !name.empty() && name.size() <= 10;
      for (uint32_t d : name) digits = digits && is_digit(d);
      if (!digits) src.error("bad character in group name " + repr(name), off);
      int64_t v = std::stoll(u8(name));
      if (!v) src.error("bad group number", off);
      if (v >= 0x3FFFFFFF) src.error("invalid group reference " + std::to_string(v), off);
      g = int(v);
      if (!grouprefpos.count(g)) grouprefpos[g] = src.tell() - off;
    }
    check_lookbehind_group(g);
    Node n;
    n.k = Node::Cond;
    n.group = g;
    n.kids.push_back(parse(f, nested + 1, false));
    if (src.match('|')) {
      n.kids.push_back(parse(f, nested + 1, false));
      if (src.next_is('|')) src.error("conditional backref with more than two branches");
    } else {
      n.kids.push_back(Node{});
    }
    if (!src.match(')')) src.error("missing ), unterminated subpattern", src.tell() - start);
    seq.kids.push_back(std::move(n));
  }

  // After "(": a group, an extension or a flag group; false when nothing was added.
  bool group(Node& seq, int& f, int nested, bool first) {
    int64_t start = src.tell() - 1;
    bool capture = true;
    std::u32string name;
    int add = 0, del = 0;
    if (src.match('?')) {
      std::u32string t;
      if (!src.get(t)) src.error("unexpected end of pattern");
      uint32_t ch = t.size() == 1 ? t[0] : 0;
      if (ch == 'P') {
        if (src.match('<')) {
          name = src.getuntil('>', "group name");
          src.checkgroupname(name, 1);
        } else if (src.match('=')) {
          name = src.getuntil(')', "group name");
          src.checkgroupname(name, 1);
          auto it = prog.groupindex.find(u8(name));
          if (it == prog.groupindex.end())
            src.error("unknown group name " + repr(name), int64_t(name.size()) + 1);
          if (open[it->second]) src.error("cannot refer to an open group", int64_t(name.size()) + 1);
          check_lookbehind_group(it->second);
          seq.kids.push_back(ref(it->second, f));
          return true;
        } else {
          if (!src.get(t)) src.error("unexpected end of pattern");
          src.error("unknown extension ?P" + u8(t), int64_t(t.size()) + 2);
        }
      } else if (ch == ':') {
        capture = false;
      } else if (ch == '#') {
        for (;;) {
          if (!src.has) src.error("missing ), unterminated comment", src.tell() - start);
          std::u32string c;
          src.get(c);
          if (c.size() == 1 && c[0] == ')') break;
        }
        return false;
      } else if (ch == '=' || ch == '!' || ch == '<') {
        int look = 0;
        int saved = lookbehind_groups;
        if (ch == '<') {
          if (!src.get(t)) src.error("unexpected end of pattern");
          ch = t.size() == 1 ? t[0] : 0;
          if (ch != '=' && ch != '!') src.error("unknown extension ?<" + u8(t), int64_t(t.size()) + 2);
          look |= 1;
          if (lookbehind_groups < 0) lookbehind_groups = int(open.size());
        }
        if (ch == '!') look |= 2;
        Node p = parse_sub(f, nested + 1);
        if (look & 1) lookbehind_groups = saved;
        if (!src.match(')')) src.error("missing ), unterminated subpattern", src.tell() - start);
        Node n;
        n.k = Node::Look;
        n.look = look;
        n.kids.push_back(std::move(p));
        seq.kids.push_back(std::move(n));
        return true;
      } else if (ch == '(') {
        conditional(seq, f, nested, start);
        return true;
      } else if (ch == '>') {
        Node p = parse_sub(f, nested + 1);
        if (!src.match(')')) src.error("missing ), unterminated subpattern", src.tell() - start);
        Node n;
        n.k = Node::Look;
        n.look = 4;
        n.kids.push_back(std::move(p));
        seq.kids.push_back(std::move(n));
        return true;
      } else if (ch && (std::u32string(U"iLmsxatu").find(ch) != std::u32string::npos || ch == '-')) {
        if (!parse_flags(ch, add, del)) {
          if (!first || !seq.kids.empty())
            src.error("global flags not at the start of the expression", src.tell() - start);
          f = flags;
          return false;
        }
        capture = false;
      } else {
        src.error("unknown extension ?" + u8(t), int64_t(t.size()) + 1);
      }
    }
    int g = -1;
    if (capture) {
      g = int(open.size());
      if (!name.empty()) {
        std::string n = u8(name);
        auto it = prog.groupindex.find(n);
        if (it != prog.groupindex.end())
          src.error("redefinition of group name " + repr(name) + " as group " + std::to_string(g) + "; was group " +
                        std::to_string(it->second),
                    int64_t(name.size()) + 1);
        prog.groupindex[n] = g;
      }
      open.push_back(true);
    }
    Node p = parse_sub(combine(f, add, del), nested + 1);
    if (!src.match(')')) src.error("missing ), unterminated subpattern", src.tell() - start);
    if (g >= 0) {
      open[g] = false;
      Node n;
      n.k = Node::Group;
      n.group = g;
      n.kids.push_back(std::move(p));
      seq.kids.push_back(std::move(n));
    } else if (p.k == Node::Seq && !add && !del) {
      // A plain (?:...) is its items (a quantifier after it repeats them all).
      Node wrap;
      wrap.k = Node::Seq;
      wrap.kids.push_back(std::move(p));
      seq.kids.push_back(std::move(wrap));
    } else {
      seq.kids.push_back(std::move(p));
    }
    return true;
  }

  Node parse(int f, int nested, bool first) {
    Node seq;
    seq.k = Node::Seq;
    for (;;) {
      if (!src.has || (src.next.size() == 1 && (src.next[0] == '|' || src.next[0] == ')'))) break;
      std::u32string t;
      src.get(t);
      uint32_t c = t[0];
      if (f & kVerbose) {
        if (t.size() == 1 && is_ws(c)) continue;
        if (t.size() == 1 && c == '#') {
          std::u32string x;
          while (src.get(x) && !(x.size() == 1 && x[0] == '\n')) {}
          continue;
        }
      }
      if (t.size() == 2) seq.kids.push_back(escape(t, f));
      else if (c == '[') seq.kids.push_back(parse_class(f));
      else if (c == '*' || c == '+' || c == '?' || c == '{') repeat(seq, t, f);
      else if (c == '.') {
        Node n;
        n.k = Node::Any;
        n.flags = f;
        seq.kids.push_back(n);
      } else if (c == '(') group(seq, f, nested, first);
      else if (c == '^') seq.kids.push_back(at(f & kMultiline ? kBeginLine : kBegin, f));
      else if (c == '$') seq.kids.push_back(at(f & kMultiline ? kEndLine : kEnd, f));
      else seq.kids.push_back(lit(c, f));
    }
    return seq;
  }
};


}  // namespace

std::shared_ptr<const Program> compile(const std::u32string& pattern, int flags, Error& err) {
  auto prog = std::make_shared<Program>();
  try {
    if (flags & kLocale) fail(Error::Value, "cannot use LOCALE flag with a str pattern");
    Parser ps(pattern, *prog, flags);
    Node tree = ps.parse_sub(flags, 0);
    int f = ps.flags;
    if (f & kLocale) fail(Error::Value, "cannot use LOCALE flag with a str pattern");
    if (!(f & kAscii)) f |= kUnicode;
    else if (f & kUnicode) fail(Error::Value, "ASCII and UNICODE flags are incompatible");
    if (ps.src.has) ps.src.error("unbalanced parenthesis");
    for (auto& [g, at] : ps.grouprefpos)
      if (g >= int(ps.open.size())) fail(Error::Re, "invalid group reference " + std::to_string(g), at);
    prog->flags = f;
    prog->groups = int(ps.open.size()) - 1;
    syntax::compile_tree(tree, *prog);
  } catch (Failure& e) {
    err = std::move(e.err);
    return nullptr;
  }
  return prog;
}

std::u32string escape(const std::u32string& s) {
  static const std::u32string special = U"()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  std::u32string out;
  for (uint32_t c : s) {
    if (special.find(c) != std::u32string::npos) out += U'\\';
    out += c;
  }
  return out;
}

}  // namespace ts::py::regex
