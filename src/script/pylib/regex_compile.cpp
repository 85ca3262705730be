// The compiler of a parse tree to the backtracking machine's program
// (regex_match.cpp documents the instructions): counted repeats expand to
// copies, unbounded ones loop with a progress check, lookbehinds get their
// fixed width.
#include <algorithm>

#include "script/pylib/regex_syntax.h"

namespace ts::py::regex::syntax {

namespace {

// lookbehind: a group reference has no fixed width (sre's would need the
// group's; Turnstile leaves that out).
void width(const Node& n, int64_t& lo, int64_t& hi, bool lookbehind = false) {
  constexpr int64_t big = int64_t(1) << 40;
  switch (n.k) {
    case Node::Char: case Node::Set: case Node::Any: lo = hi = 1; return;
    case Node::At: lo = hi = 0; return;
    case Node::Look:
      if (n.look & 4) width(n.kids[0], lo, hi, lookbehind);
      else lo = hi = 0;
      return;
    case Node::Ref:
      if (lookbehind) not_available("a group reference inside a look-behind");
      lo = 0, hi = big;
      return;
    case Node::Group: width(n.kids[0], lo, hi, lookbehind); return;
    case Node::Seq:
      lo = hi = 0;
      for (const Node& k : n.kids) {
        int64_t a, b;
        width(k, a, b, lookbehind);
        lo = std::min(lo + a, big);
        hi = std::min(hi + b, big);
      }
      return;
    case Node::Cond: {
      int64_t a, b, c, d;
      width(n.kids[0], a, b, lookbehind);
      width(n.kids[1], c, d, lookbehind);
      lo = std::min(a, c);
      hi = std::max(b, d);
      return;
    }
    case Node::Alt:
      lo = big, hi = 0;
      for (const Node& k : n.kids) {
        int64_t a, b;
        width(k, a, b, lookbehind);
        lo = std::min(lo, a);
        hi = std::max(hi, b);
      }
      return;
    case Node::Repeat: {
      int64_t a, b;
      width(n.kids[0], a, b, lookbehind);
      auto times = [&](int64_t w, int64_t k) { return w && k > big / w ? big : std::min(w * k, big); };
      lo = times(a, n.min);
      hi = n.max == kInf ? (b ? big : 0) : times(b, n.max);
      return;
    }
  }
}

struct Compiler {
  Program& p;
  size_t emit(Op op, int32_t x = 0, int32_t y = 0, uint32_t c = 0, uint8_t arg = 0) {
    if (p.code.size() >= kMaxProgram) not_available("a pattern this large (counted repeats expand)");
    p.code.push_back({op, arg, x, y, c});
    return p.code.size() - 1;
  }
  int32_t here() const { return int32_t(p.code.size()); }

  void node(const Node& n) {
    switch (n.k) {
      case Node::Char:
        if (!(n.flags & kIgnoreCase)) emit(Op::Char, 0, 0, n.c);
        else if (n.flags & kAscii) emit(Op::CharAsciiI, 0, 0, n.c >= 'A' && n.c <= 'Z' ? n.c + 32 : n.c);
        else emit(Op::CharI, 0, 0, n.c);
        return;
      case Node::Set: emit(Op::Set, n.set); return;
      case Node::Any: emit(n.flags & kDotAll ? Op::AnyAll : Op::Any); return;
      case Node::At: emit(Op::At, 0, 0, 0, uint8_t(n.at | (n.flags & kAscii ? 0x80 : 0))); return;
      case Node::Ref:
        emit(Op::Ref, n.group, 0, 0, uint8_t((n.flags & kIgnoreCase ? 1 : 0) | (n.flags & kAscii ? 2 : 0)));
        return;
      case Node::Group:
        emit(Op::Save, 2 * n.group);
        node(n.kids[0]);
        emit(Op::Save, 2 * n.group + 1);
        return;
      case Node::Seq:
        for (const Node& k : n.kids) node(k);
        return;
      case Node::Alt: {
        std::vector<size_t> jumps;
        for (size_t i = 0; i < n.kids.size(); i++) {
          size_t split = 0;
          if (i + 1 < n.kids.size()) split = emit(Op::Split, here() + 1);
          node(n.kids[i]);
          if (i + 1 < n.kids.size()) {
            jumps.push_back(emit(Op::Jmp));
            p.code[split].y = here();
          }
        }
        for (size_t j : jumps) p.code[j].x = here();
        return;
      }
      case Node::Look: {
        int64_t lo = 0, hi = 0;
        if (n.look & 1) {
          width(n.kids[0], lo, hi, true);
          if (lo != hi) fail(Error::Re, "look-behind requires fixed-width pattern");
        }
        size_t look = emit(Op::Look, here() + 1, 0, uint32_t(lo), uint8_t(n.look));
        node(n.kids[0]);
        emit(Op::SubMatch);
        p.code[look].y = here();
        return;
      }
      case Node::Cond: {
        size_t test = emit(Op::Exists, n.group);
        node(n.kids[0]);
        size_t jump = emit(Op::Jmp);
        p.code[test].y = here();
        node(n.kids[1]);
        p.code[jump].x = here();
        return;
      }
      case Node::Repeat: repeat(n); return;
    }
  }

  void repeat(const Node& n) {
    const Node& body = n.kids[0];
    int64_t lo, hi;
    width(body, lo, hi);
    for (int64_t i = 0; i < n.min; i++) node(body);
    if (n.max == kInf) {
      // L: split body, exit; body [mark r ... progress r]; an iteration that
      // matched nothing leaves the loop (sre's MAX_UNTIL last_ptr check).
      int32_t loop = here();
      size_t split = emit(Op::Split);
      int32_t start = here();
      int r = -1;
      if (lo == 0) {
        r = p.registers++;
        emit(Op::Mark, r);
      }
      node(body);
      size_t back = r >= 0 ? emit(Op::Progress, loop, 0, uint32_t(r)) : emit(Op::Jmp, loop);
      int32_t exit = here();
      if (r >= 0) p.code[back].y = exit;
      p.code[split].x = n.greedy ? start : exit;
      p.code[split].y = n.greedy ? exit : start;
      return;
    }
    // Optional copies: split body, exit each; an empty iteration skips the
    // rest (sre checks progress in counted repeats too).
    std::vector<size_t> splits, progress;
    int r = lo == 0 && n.max > n.min ? p.registers++ : -1;
    for (int64_t i = n.min; i < n.max; i++) {
      splits.push_back(emit(Op::Split));
      p.code[splits.back()].x = here();  // the greedy order, fixed below
      if (r >= 0) emit(Op::Mark, r);
      node(body);
      if (r >= 0) {
        progress.push_back(emit(Op::Progress, 0, 0, uint32_t(r)));
        p.code[progress.back()].x = here();
      }
    }
    int32_t exit = here();
    for (size_t s : splits) {
      int32_t start = p.code[s].x;
      p.code[s].x = n.greedy ? start : exit;
      p.code[s].y = n.greedy ? exit : start;
    }
    for (size_t g : progress) p.code[g].y = exit;
  }
};

}  // namespace

void compile_tree(const Node& tree, Program& prog) {
  Compiler c{prog};
  c.emit(Op::Save, 0);
  c.node(tree);
  c.emit(Op::Save, 1);
  c.emit(Op::Match);
  int64_t hi;
  width(tree, prog.min_width, hi);
}

}  // namespace ts::py::regex::syntax
