// The backtracking machine (sre_lib.h's semantics on a program of simple
// instructions). One explicit stack holds both the choice points (resume at
// pc with pos) and the undo records of the slots (group bounds, lastindex,
// repeat registers), so backtracking restores exactly what a path changed and
// no C recursion grows with the subject (lookarounds recurse once per level
// of nesting in the pattern).
//
//   Char c / CharI c / CharAsciiI c   one character, exact or ignoring case
//   Any / AnyAll / Set x              any but '\n' / any / in sets[x]
//   Split x, y                        try x, on failure y
//   Jmp x;  Save x                    slots[x] = pos (odd x > 1: lastindex)
//   At arg                            an anchor (arg & 0x80: ASCII \b)
//   Ref x                             the text group x matched, again
//   Look x, y, c                      sub-program at x (to SubMatch), atomic;
//                                     arg 1: behind, starts c characters back;
//                                     2: negative; 4: an atomic group, which
//                                     consumes what it matched; then y
//   Mark r; Progress r, x, y          an unbounded repeat's iteration: back
//                                     to x, or on to y when it matched nothing
//   Exists x, y                       on if group x matched, else to y
//   Match                             the whole match (fullmatch / must_advance checks)
#include <algorithm>

#include "script/pylib/regex.h"
#include "script/pylib/unicode.h"

namespace ts::py::regex {

namespace {

uint32_t one(uint32_t cp, void (*f)(uint32_t, std::u32string&)) {
  std::u32string out;
  f(cp, out);
  return out.size() == 1 ? out[0] : cp;
}
// Simple (one-character) case mappings, as sre's lower/upper.
uint32_t lower(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c == 0x130) return 'i';  // its full lowercase is two characters; the simple one is 'i'
  return one(c, unicode::append_lower);
}
uint32_t upper(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
  return one(c, unicode::append_upper);
}
uint32_t ascii_lower(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
uint32_t ascii_upper(uint32_t c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

// Equal ignoring case: the same lowercase, or (sre's extra cases: 'ı' and
// 'i', 'ſ' and 's', ...) the same uppercase.
bool eq_icase(uint32_t a, uint32_t b) { return a == b || lower(a) == lower(b) || upper(a) == upper(b); }

bool is_word(uint32_t c, bool ascii) {
  if (ascii || c < 128)
    return c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
  return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
}
bool is_digit(uint32_t c, bool ascii) { return ascii || c < 128 ? c >= '0' && c <= '9' : unicode::is_decimal(c); }
bool is_space(uint32_t c, bool ascii) {
  if (ascii) return c == ' ' || (c >= '\t' && c <= '\r');
  return unicode::is_space(c);  // str.isspace: '\x1c'..'\x1f' too
}

bool raw_contains(const CharSet& cs, uint32_t c) {
  for (const SetItem& it : cs.items) {
    bool in = false;
    switch (it.kind) {
      case SetItem::Range: in = c >= it.lo && c <= it.hi; break;
      case SetItem::Digit: in = is_digit(c, cs.ascii); break;
      case SetItem::NotDigit: in = !is_digit(c, cs.ascii); break;
      case SetItem::Word: in = is_word(c, cs.ascii); break;
      case SetItem::NotWord: in = !is_word(c, cs.ascii); break;
      case SetItem::Space: in = is_space(c, cs.ascii); break;
      case SetItem::NotSpace: in = !is_space(c, cs.ascii); break;
    }
    if (in) return true;
  }
  return false;
}

}  // namespace

bool CharSet::contains(uint32_t c) const {
  bool in = raw_contains(*this, c);
  if (!in && icase) {
    if (ascii) {
      in = raw_contains(*this, ascii_lower(c)) || raw_contains(*this, ascii_upper(c));
    } else {
      uint32_t lo = lower(c), up = upper(c);
      in = raw_contains(*this, lo) || raw_contains(*this, up) || raw_contains(*this, lower(up)) ||
           raw_contains(*this, upper(lo));
    }
  }
  return in != negate;
}

namespace {

struct Machine {
  const Program& p;
  const std::u32string& s;
  size_t end, start;
  Mode mode;
  bool must_advance;
  int64_t& budget;
  std::vector<int64_t> slots;  // 2 per group (0 = the match), lastindex, then the registers
  struct Entry {
    int32_t pc;    // >= 0: a choice point; -1: an undo record of slots[slot]
    int32_t slot;
    int64_t v;     // the position to resume at, or the slot's old value
  };
  std::vector<Entry> stack;
  size_t last_slot() const { return size_t(2 * (p.groups + 1)); }

  void set(size_t slot, int64_t v) {
    stack.push_back({-1, int32_t(slot), slots[slot]});
    slots[slot] = v;
  }

  bool at(uint8_t kind, bool ascii, size_t pos) const {
    switch (kind) {
      case kBegin: case kBeginString: return pos == 0;
      case kBeginLine: return pos == 0 || s[pos - 1] == '\n';
      case kEnd: return pos == end || (pos + 1 == end && s[pos] == '\n');
      case kEndLine: return pos == end || s[pos] == '\n';
      case kEndString: return pos == end;
      case kBoundary: case kNonBoundary: {
        if (end == 0) return false;  // sre: never on an empty string
        bool before = pos > 0 && is_word(s[pos - 1], ascii);
        bool here = pos < end && is_word(s[pos], ascii);
        return (before != here) == (kind == kBoundary);
      }
      default: return false;
    }
  }

  bool ref(const Inst& in, size_t& pos) const {
    int64_t a = slots[size_t(2 * in.x)], b = slots[size_t(2 * in.x + 1)];
    if (a < 0 || b < 0) return false;
    size_t n = size_t(b - a);
    if (pos + n > end) return false;
    for (size_t i = 0; i < n; i++) {
      uint32_t x = s[size_t(a) + i], y = s[pos + i];
      bool eq = !(in.arg & 1) ? x == y : (in.arg & 2) ? ascii_lower(x) == ascii_lower(y) : lower(x) == lower(y);
      if (!eq) return false;
    }
    pos += n;
    return true;
  }

  // Runs from pc at pos; 1 matched (its end in pos), 0 failed (the stack
  // back at base, every slot restored), -1 out of budget.
  int run(int32_t pc, size_t& pos, size_t base) {
    for (;;) {
      if (--budget < 0) return -1;
      const Inst& in = p.code[size_t(pc)];
      bool ok = true;
      switch (in.op) {
        case Op::Char: ok = pos < end && s[pos] == in.c; break;
        case Op::CharI: ok = pos < end && eq_icase(s[pos], in.c); break;
        case Op::CharAsciiI: ok = pos < end && ascii_lower(s[pos]) == in.c; break;
        case Op::Any: ok = pos < end && s[pos] != '\n'; break;
        case Op::AnyAll: ok = pos < end; break;
        case Op::Set: ok = pos < end && p.sets[size_t(in.x)].contains(s[pos]); break;
        case Op::Split:
          stack.push_back({in.y, 0, int64_t(pos)});
          pc = in.x;
          continue;
        case Op::Jmp: pc = in.x; continue;
        case Op::Save:
          set(size_t(in.x), int64_t(pos));
          if (in.x > 1 && (in.x & 1)) set(last_slot(), in.x / 2);
          pc++;
          continue;
        case Op::Mark:
          set(last_slot() + 1 + size_t(in.x), int64_t(pos));
          pc++;
          continue;
        case Op::Progress:
          pc = slots[last_slot() + 1 + in.c] == int64_t(pos) ? in.y : in.x;
          continue;
        case Op::Exists:
          pc = slots[size_t(2 * in.x)] >= 0 && slots[size_t(2 * in.x + 1)] >= 0 ? pc + 1 : in.y;
          continue;
        case Op::At:
          if (!at(in.arg & 0x7f, in.arg & 0x80, pos)) ok = false;
          else {
            pc++;
            continue;
          }
          break;
        case Op::Ref:
          if (ref(in, pos)) {
            pc++;
            continue;
          }
          ok = false;
          break;
        case Op::Look: {
          bool behind = in.arg & 1, negative = in.arg & 2, consumes = in.arg & 4;
          size_t sub_base = stack.size();
          size_t sp = behind ? pos - in.c : pos;
          int r = !behind || pos >= in.c ? run(in.x, sp, sub_base) : 0;
          if (r < 0) return -1;
          if (r == 1) {
            if (negative) {
              unwind(sub_base);
              ok = false;
              break;
            }
            // Atomic: its choice points go, its undo records stay.
            size_t w = sub_base;
            for (size_t i = sub_base; i < stack.size(); i++)
              if (stack[i].pc < 0) stack[w++] = stack[i];
            stack.resize(w);
            if (consumes) pos = sp;
          } else if (!negative) {
            ok = false;
            break;
          }
          pc = in.y;
          continue;
        }
        case Op::SubMatch: return 1;
        case Op::Match:
          if ((mode == Mode::FullMatch && pos != end) || (must_advance && pos == start)) {
            ok = false;
            break;
          }
          return 1;
      }
      if (ok) {
        pos++;
        pc++;
        continue;
      }
      // Backtrack to the newest choice point above base.
      for (;;) {
        if (stack.size() <= base) return 0;
        Entry e = stack.back();
        stack.pop_back();
        if (e.pc < 0) {
          slots[size_t(e.slot)] = e.v;
          continue;
        }
        pc = e.pc;
        pos = size_t(e.v);
        break;
      }
    }
  }

  void unwind(size_t base) {
    while (stack.size() > base) {
      if (stack.back().pc < 0) slots[size_t(stack.back().slot)] = stack.back().v;
      stack.pop_back();
    }
  }
};

}  // namespace

Outcome exec(const Program& prog, const std::u32string& s, size_t pos, size_t endpos, Mode mode,
             bool must_advance, Result& out, int64_t& budget) {
  size_t end = std::min(endpos, s.size());
  // sre: a search never starts past the end; a match tries pos anyway.
  if (pos > end && mode == Mode::Search) return Outcome::NotFound;
  Machine m{prog, s, end, pos, mode, must_advance, budget, {}, {}};
  size_t nslots = m.last_slot() + 1 + size_t(prog.registers);
  // A search for a pattern that starts with a plain character skips to it.
  const Inst& first = prog.code[1];
  bool skip = mode == Mode::Search && first.op == Op::Char;
  for (size_t st = pos;; st++) {
    if (skip) {
      while (st < end && s[st] != first.c) st++;
      if (st == end) break;
    }
    if (prog.min_width && int64_t(end) - int64_t(st) < prog.min_width) break;
    m.slots.assign(nslots, -1);
    m.stack.clear();
    size_t p = st;
    int r = m.run(0, p, 0);
    if (r < 0) return Outcome::Budget;
    if (r == 1) {
      out.spans.assign(m.slots.begin(), m.slots.begin() + int64_t(m.last_slot()));
      out.lastindex = int(m.slots[m.last_slot()]);
      return Outcome::Found;
    }
    if (mode != Mode::Search || st >= end) break;
  }
  return Outcome::NotFound;
}

}  // namespace ts::py::regex
