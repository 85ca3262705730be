#include "script/front/parser.h"

#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "script/front/lexer.h"

namespace ts {

namespace ast {

namespace {
// The AST's trashcan (as core/object.h's for objects): destructors nested
// deeper than kFreeDepth queue their children, the outermost frees the queue.
constexpr int kFreeDepth = 48;
int free_depth = 0;
std::vector<ExprP>& pending_exprs() {
  static std::vector<ExprP> v;
  return v;
}
std::vector<StmtP>& pending_stmts() {
  static std::vector<StmtP> v;
  return v;
}
void drain_pending() {
  auto& es = pending_exprs();
  auto& ss = pending_stmts();
  ++free_depth;
  while (!es.empty() || !ss.empty()) {
    if (!es.empty()) {
      ExprP e = std::move(es.back());
      es.pop_back();
      e.reset();
    } else {
      StmtP st = std::move(ss.back());
      ss.pop_back();
      st.reset();
    }
  }
  --free_depth;
}
void defer(ExprP& e) {
  if (e) pending_exprs().push_back(std::move(e));
}
void defer(Body& b) {
  for (StmtP& s : b)
    if (s) pending_stmts().push_back(std::move(s));
}
}  // namespace

Expr::~Expr() {
  if (free_depth >= kFreeDepth) {
    defer(a), defer(b), defer(c);
    for (ExprP& e : elts) defer(e);
    for (ExprP& e : keys) defer(e);
    return;  // the rest is destroyed here, each Expr of it deferring again
  }
  ++free_depth;
  a.reset(), b.reset(), c.reset();
  elts.clear(), keys.clear(), keywords.clear(), gens.clear(), args.reset();
  --free_depth;
  if (free_depth == 0) drain_pending();
}

Stmt::~Stmt() {
  if (free_depth >= kFreeDepth) {
    defer(body), defer(orelse), defer(finalbody);
    for (Handler& h : handlers) defer(h.body);
    return;
  }
  ++free_depth;
  body.clear(), orelse.clear(), finalbody.clear(), handlers.clear();
  value.reset(), target.reset(), test.reset(), iter.reset();
  --free_depth;
  if (free_depth == 0) drain_pending();
}

}  // namespace ast

using namespace ast;
using lex::T;
using lex::Token;

namespace {

// CPython 3.11's limits on nesting, in its units. Its PEG parser gives up
// past 6,000 rule levels with a bare MemoryError (MAXSTACK): one level for
// each elif, unary operator, 'not' or else-branch of a conditional, two for
// each lambda or '**' (they recurse through two rules). The levels CPython's
// own entry rules use come off the top. Brackets alone stop at 200 (lexer).
constexpr int kMaxLevels = 6000 - 33;
// Its compiler then walks the tree recursively, one level a node, and gives
// up past 3 x the recursion limit (1,000) with RecursionError "during
// compilation" (left-leaning chains such as a + b + ... or a.b.c(...)[...]
// count here, though they cost the parser nothing). Less the oracle's own
// frames, as the hostile expectations measured it (kMaxTreeDepth below).
#ifdef __EMSCRIPTEN__
// The browser's wasm stack is V8's, about 1 MB (Emscripten's TOTAL_STACK is
// only the shadow stack of address-taken locals): natively 2,980 chained
// calls f()()... already take over 1 MB to compile, 6,000 unary minuses
// over 512 KB to parse. So the same errors, a third as deep: 1,000 tree
// levels (what the wasm build has compiled since the first limits), 2,000
// parser levels.
constexpr int kMaxTreeDepth = 1000;
constexpr int kStackLevels = 2000;
#else
constexpr int kMaxTreeDepth = 3000 - 8;
constexpr int kStackLevels = kMaxLevels;
#endif

struct ParseFail {};

const char* expr_name(const Expr& e) {
  switch (e.kind) {
    case EK::Attribute: return "attribute";
    case EK::Subscript: return "subscript";
    case EK::Starred: return "starred";
    case EK::Name: return "name";
    case EK::List: return "list";
    case EK::Tuple: return "tuple";
    case EK::Lambda: return "lambda";
    case EK::Call: return "function call";
    case EK::BoolOp: case EK::BinOp: case EK::UnaryOp: return "expression";
    case EK::GeneratorExp: return "generator expression";
    case EK::Yield: case EK::YieldFrom: return "yield expression";
    case EK::Await: return "await expression";
    case EK::ListComp: return "list comprehension";
    case EK::SetComp: return "set comprehension";
    case EK::DictComp: return "dict comprehension";
    case EK::Dict: return "dict literal";
    case EK::Set: return "set display";
    case EK::JoinedStr: case EK::FormattedValue: return "f-string expression";
    case EK::None: return "None";
    case EK::True: return "True";
    case EK::False: return "False";
    case EK::Ellipsis: return "ellipsis";
    case EK::Compare: return "comparison";
    case EK::IfExp: return "conditional expression";
    case EK::NamedExpr: return "named expression";
    default: return "literal";
  }
}

ExprP mk(EK k, Pos p) { return std::make_unique<Expr>(k, p); }
StmtP mks(SK k, Pos p) { return std::make_unique<Stmt>(k, p); }

class Parser {
 public:
  explicit Parser(std::string src) : src_(std::move(src)) {}

  bool run(Module& out, SyntaxError& err) {
    try {
      toks_ = lex::tokenize(src_);
      p_ = 0;
      while (!at(T::End)) {
        if (at(T::Newline)) { ++p_; continue; }
        parse_statement(out.body);
      }
      if (too_deep_) {
        err = SyntaxError{too_deep_pos_, kCompileRecursionError};
        return false;
      }
      return true;
    } catch (const ParseFail&) {
      err = err_;
      return false;
    }
  }

 private:
  std::string src_;
  std::vector<Token> toks_;
  size_t p_ = 0;
  int depth_ = 0;
  int chain_ = 0;  // links of left-leaning chains being built
  int tree_ = 0;   // the tree's depth from the parser's recursion (a node a level)
  bool too_deep_ = false;  // the tree is deeper than CPython's compiler goes
  Pos too_deep_pos_;
  size_t furthest_ = 0;  // furthest token examined (CPython: p->fill - 1)
  bool in_fail_comma_ = false;

  // Inside brackets (CPython: the level of the last token read).
  bool in_brackets() const { return p_ > 0 && toks_[p_ - 1].level > 0; }
  SyntaxError err_;
  bool in_fstring_ = false;
  // Start of parenthesized expressions: CPython's node positions include the
  // parentheses of a parenthesized first operand ("(a) + b" starts at '(').
  std::unordered_map<const Expr*, Pos> paren_start_;

  Pos start_of(const Expr& e) const {
    auto it = paren_start_.find(&e);
    return it == paren_start_.end() ? e.pos : it->second;
  }

  // A parser level (CPython's p->level): past kMaxLevels a bare MemoryError.
  // The tree's depth is only noted: CPython's compiler reports it after the
  // whole source parsed (a later syntax error wins).
  struct DepthGuard {
    Parser& ps;
    int n;
    explicit DepthGuard(Parser& p, int levels = 1) : ps(p), n(levels) {
      ps.depth_ += n;
      if (ps.depth_ > kMaxLevels || ps.depth_ > kStackLevels) {
        ps.depth_ -= n;
        ps.fail_memory();
      }
      ++ps.tree_;
      ps.note_tree_depth();
    }
    ~DepthGuard() { ps.depth_ -= n, --ps.tree_; }
  };
  // Counts the links of one chain; released when the chain is complete.
  struct ChainGuard {
    Parser& ps;
    int links = 0;
    explicit ChainGuard(Parser& p) : ps(p) {}
    void link() {
      ++links;
      ++ps.chain_;
      ps.note_tree_depth();
    }
    ~ChainGuard() { ps.chain_ -= links; }
  };
  void note_tree_depth() {
    if (tree_ + chain_ > kMaxTreeDepth && !too_deep_) {
      too_deep_ = true;
      too_deep_pos_ = cur().pos;
    }
  }
  [[noreturn]] void fail_memory() {
    err_.pos = cur().pos;
    err_.message = kParserMemoryError;
    throw ParseFail{};
  }

  // ---- token helpers --------------------------------------------------------
  const Token& cur() const { return toks_[p_ < toks_.size() ? p_ : toks_.size() - 1]; }
  const Token& peek(size_t k = 1) {
    size_t i = p_ + k;
    if (i > furthest_) furthest_ = i;
    return toks_[i < toks_.size() ? i : toks_.size() - 1];
  }
  bool at(T k) const { return cur().kind == k; }
  bool at_op(const char* op) const { return cur().kind == T::Op && cur().text == op; }
  bool at_kw(const char* kw) const { return cur().kind == T::Name && cur().text == kw; }
  static bool is_op(const Token& t, const char* op) { return t.kind == T::Op && t.text == op; }
  static bool is_kw(const Token& t, const char* kw) { return t.kind == T::Name && t.text == kw; }
  // The end of the last token consumed (an expression's end, once parsed).
  Pos prev_end() const { return p_ ? toks_[p_ - 1].end : Pos{}; }
  const Token& advance() {
    const Token& t = cur();
    if (p_ + 1 < toks_.size()) ++p_;
    if (p_ > furthest_) furthest_ = p_;
    return t;
  }
  bool accept_op(const char* op) {
    if (at_op(op)) { advance(); return true; }
    return false;
  }
  bool accept_kw(const char* kw) {
    if (at_kw(kw)) { advance(); return true; }
    return false;
  }

  [[noreturn]] void fail(Pos p, std::string msg) {
    err_.pos = p;
    err_.message = in_fstring_ && msg.rfind("f-string", 0) != 0 ? "f-string: " + msg : std::move(msg);
    // A later tokenizer error wins over a parser error (CPython tokenizes the
    // rest of the source after a syntax error); an unclosed bracket wins only
    // when the error lies on a later line than the bracket.
    // A tokenizer error the parser has already looked at wins outright.
    bool indent_error = err_.message == "unexpected indent" || err_.message == "unexpected unindent";
    size_t far = furthest_ < toks_.size() ? furthest_ : toks_.size() - 1;
    if (!in_fstring_ && !toks_.empty() && toks_.back().kind == T::Error &&
        (far == toks_.size() - 1 || (!indent_error && toks_.back().overrides))) {
      const Token& e = toks_.back();
      if (far == toks_.size() - 1 || e.bracket_line == 0 || toks_[far].pos.line > e.bracket_line) {
        err_.pos = e.pos;
        err_.message = e.error;
      }
    }
    throw ParseFail{};
  }
  // "Perhaps you forgot a comma?": CPython parses the second expression
  // before reporting, which matters for the unclosed-bracket check in fail().
  [[noreturn]] void fail_comma(Pos p) {
    if (in_fail_comma_) throw ParseFail{};  // nested in the speculative parse below
    in_fail_comma_ = true;
    size_t save = p_;
    int save_depth = depth_, save_chain = chain_, save_tree = tree_;
    try {
      (void)parse_expression();
    } catch (const ParseFail&) {
    }
    p_ = save;
    depth_ = save_depth;
    chain_ = save_chain;
    tree_ = save_tree;
    err_ = SyntaxError{};
    in_fail_comma_ = false;
    fail(p, "invalid syntax. Perhaps you forgot a comma?");
  }
  // Error at the current token: a tokenizer error if the stream ended there.
  [[noreturn]] void fail_here(std::string msg = "invalid syntax") {
    const Token& t = cur();
    if (t.kind == T::Error) {
      err_.pos = t.pos;
      err_.message = t.error;
      throw ParseFail{};
    }
    if (t.kind == T::Indent) fail(t.pos, "unexpected indent");
    if (t.kind == T::Dedent && msg == "invalid syntax") fail(t.pos, "unexpected unindent");
    // "a not b": CPython consumes 'not' looking for 'in'
    if (msg == "invalid syntax" && is_kw(t, "not") && !is_kw(peek(), "in") && peek().kind != T::Error && p_ > 0) {
      const Token& prev = toks_[p_ - 1];
      bool operand_end = (prev.kind == T::Name && !lex::is_keyword(prev.text)) || prev.kind == T::Int ||
                         prev.kind == T::Float || prev.kind == T::String || is_op(prev, ")") || is_op(prev, "]") ||
                         is_op(prev, "}");
      if (operand_end) fail(peek().pos, msg);
    }
    fail(t.pos, std::move(msg));
  }
  void expect_op(const char* op) {
    if (!accept_op(op)) fail_here(std::string("expected '") + op + "'");
  }
  // CPython says "expected ':'" after def/else/try/finally, and elsewhere
  // only when the line ends where the ':' should be.
  void expect_colon(bool forced = false) {
    if (accept_op(":")) return;
    if (forced || at(T::Newline)) fail_here("expected ':'");
    fail_here();
  }
  std::string expect_name() {
    if (!at(T::Name) || lex::is_keyword(cur().text)) fail_here();
    return std::string(advance().text);
  }
  bool at_name() const { return at(T::Name) && !lex::is_keyword(cur().text); }

  // ---- statements -----------------------------------------------------------
  void parse_statement(Body& body) {
    DepthGuard g(*this);
    const Token& t = cur();
    if (t.kind == T::Indent) fail(t.pos, "unexpected indent");
    if (t.kind == T::Error || t.kind == T::Dedent) fail_here();
    if (t.kind == T::Op && t.text == "@") { body.push_back(parse_decorated()); return; }
    if (t.kind == T::Name) {
      std::string_view w = t.text;
      if (w == "def") { body.push_back(parse_funcdef({}, false, t.pos)); return; }
      if (w == "class") { body.push_back(parse_classdef({})); return; }
      if (w == "if") { body.push_back(parse_if()); return; }
      if (w == "while") { body.push_back(parse_while()); return; }
      if (w == "for") { body.push_back(parse_for(false, t.pos)); return; }
      if (w == "try") { body.push_back(parse_try()); return; }
      if (w == "with") { body.push_back(parse_with(false, t.pos)); return; }
      if (w == "async") {
        Pos ap = t.pos;
        const Token& n = peek();
        if (is_kw(n, "def")) { advance(); body.push_back(parse_funcdef({}, true, ap)); return; }
        if (is_kw(n, "for")) { advance(); body.push_back(parse_for(true, ap)); return; }
        if (is_kw(n, "with")) { advance(); body.push_back(parse_with(true, ap)); return; }
        advance();
        fail_here();
      }
      if (w == "match" && looks_like_match()) fail(t.pos, "'match' statements are not supported in Turnstile scenarios");
    }
    parse_simple_stmts(body);
  }

  bool looks_like_match() {
    size_t save = p_;
    SyntaxError save_err = err_;
    auto save_parens = paren_start_;
    int save_depth = depth_, save_tree = tree_;
    bool yes = false;
    advance();
    if (!at(T::Newline) && !at_op("=") && !at_op(".") && !at_op(":") && !at_op(",") && !at(T::End)) {
      try {
        parse_star_named_expressions();
        yes = at_op(":");
      } catch (const ParseFail&) {
        yes = false;
      }
    }
    p_ = save;
    err_ = save_err;
    paren_start_ = std::move(save_parens);
    depth_ = save_depth, tree_ = save_tree;
    return yes;
  }

  void parse_simple_stmts(Body& body) {
    for (;;) {
      body.push_back(parse_simple());
      if (accept_op(";")) {
        if (at(T::Newline)) break;
        continue;
      }
      break;
    }
    if (!at(T::Newline)) fail_here();
    advance();
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  void parse_block(Body& body, const char* what, int line) {
    if (at(T::Newline)) {
      advance();
      if (!at(T::Indent)) {
        if (at(T::Error)) fail_here();
        fail(cur().pos, std::string("expected an indented block after ") + what + " on line " + std::to_string(line));
      }
      advance();
      while (!at(T::Dedent) && !at(T::End)) {
        if (at(T::Error)) fail_here();
        parse_statement(body);
      }
      if (at(T::Dedent)) advance();
      return;
    }
    if (at(T::Indent) || at(T::End) || at(T::Dedent)) fail_here();
    parse_simple_stmts(body);
  }

  StmtP parse_decorated() {
    std::vector<ExprP> decos;
    while (at_op("@")) {
      advance();
      decos.push_back(parse_named_expression());
      if (!at(T::Newline)) fail_here();
      advance();
    }
    const Token& t = cur();
    if (is_kw(t, "def")) return parse_funcdef(std::move(decos), false, t.pos);
    if (is_kw(t, "class")) return parse_classdef(std::move(decos));
    if (is_kw(t, "async") && is_kw(peek(), "def")) {
      Pos ap = t.pos;
      advance();
      return parse_funcdef(std::move(decos), true, ap);
    }
    fail_here();
  }

  StmtP parse_funcdef(std::vector<ExprP> decos, bool is_async, Pos pos) {
    int line = cur().pos.line;
    advance();  // def
    auto s = mks(SK::FunctionDef, pos);
    s->is_async = is_async;
    s->name = expect_name();
    if (!at_op("(")) fail_here("expected '('");
    advance();
    s->args = parse_params(true);
    expect_op(")");
    if (accept_op("->")) s->returns = parse_expression();
    expect_colon(true);
    s->decorators = std::move(decos);
    parse_block(s->body, "function definition", line);
    return s;
  }

  StmtP parse_classdef(std::vector<ExprP> decos) {
    const Token& kw = advance();
    auto s = mks(SK::ClassDef, kw.pos);
    int line = kw.pos.line;
    s->name = expect_name();
    if (at_op("(")) {
      Pos lp = advance().pos;
      parse_call_args(s->bases, s->keywords, lp, false);
    }
    expect_colon();
    s->decorators = std::move(decos);
    parse_block(s->body, "class definition", line);
    return s;
  }

  StmtP parse_if() {
    const Token& kw = advance();
    auto s = mks(SK::If, kw.pos);
    s->test = parse_named_expression();
    expect_colon();
    parse_block(s->body, "'if' statement", kw.pos.line);
    StmtP* tail = &s;
    struct Elifs {  // each elif nests the rest in its orelse: a level each
      Parser& ps;
      int n = 0;
      ~Elifs() { ps.depth_ -= n, ps.tree_ -= n; }
    } elifs{*this};
    for (;;) {
      if (at_kw("elif")) {
        if (depth_ + 1 > kMaxLevels || depth_ + 1 > kStackLevels) fail_memory();
        ++depth_, ++tree_, ++elifs.n;
        note_tree_depth();
        const Token& e = advance();
        auto el = mks(SK::If, e.pos);
        el->test = parse_named_expression();
        expect_colon();
        parse_block(el->body, "'elif' statement", e.pos.line);
        (*tail)->orelse.push_back(std::move(el));
        tail = &(*tail)->orelse.back();
        continue;
      }
      if (at_kw("else")) {
        int line = advance().pos.line;
        expect_colon(true);
        parse_block((*tail)->orelse, "'else' statement", line);
      }
      break;
    }
    return s;
  }

  StmtP parse_while() {
    const Token& kw = advance();
    auto s = mks(SK::While, kw.pos);
    s->test = parse_named_expression();
    expect_colon();
    parse_block(s->body, "'while' statement", kw.pos.line);
    if (at_kw("else")) {
      int line = advance().pos.line;
      expect_colon(true);
      parse_block(s->orelse, "'else' statement", line);
    }
    return s;
  }

  StmtP parse_for(bool is_async, Pos pos) {
    const Token& kw = advance();
    auto s = mks(SK::For, pos);
    s->is_async = is_async;
    s->target = parse_target_list();
    set_store(*s->target, "assign to");
    if (!accept_kw("in")) fail_here();
    s->iter = parse_star_expressions();
    expect_colon();
    parse_block(s->body, "'for' statement", kw.pos.line);
    if (at_kw("else")) {
      int line = advance().pos.line;
      expect_colon(true);
      parse_block(s->orelse, "'else' statement", line);
    }
    return s;
  }

  StmtP parse_try() {
    const Token& kw = advance();
    auto s = mks(SK::Try, kw.pos);
    expect_colon(true);
    parse_block(s->body, "'try' statement", kw.pos.line);
    while (at_kw("except")) {
      const Token& ek = advance();
      // except* (PEP 654): every clause of one try is starred or none is.
      bool star = accept_op("*");
      if (!s->handlers.empty() && star != s->is_star)
        fail(ek.pos, "cannot have both 'except' and 'except*' on the same 'try'");
      s->is_star = star;
      Handler h;
      h.pos = ek.pos;
      if (at(T::Newline)) fail_here("expected ':'");
      if (star && at_op(":")) fail_here("expected one or more exception types");
      if (!at_op(":")) {
        h.type = parse_expression();
        if (at_op(",")) fail(h.type->pos, "multiple exception types must be parenthesized");
        if (accept_kw("as")) h.name = expect_name();
      }
      expect_colon();
      parse_block(h.body, "'except' statement", ek.pos.line);
      s->handlers.push_back(std::move(h));
    }
    if (at_kw("else")) {
      if (s->handlers.empty()) fail_here("expected 'except' or 'finally' block");
      int line = advance().pos.line;
      expect_colon(true);
      parse_block(s->orelse, "'else' statement", line);
    }
    if (at_kw("finally")) {
      int line = advance().pos.line;
      expect_colon(true);
      parse_block(s->finalbody, "'finally' statement", line);
    }
    if (s->handlers.empty() && s->finalbody.empty()) fail_here("expected 'except' or 'finally' block");
    return s;
  }

  StmtP parse_with(bool is_async, Pos pos) {
    const Token& kw = advance();
    auto s = mks(SK::With, pos);
    s->is_async = is_async;
    if (at_op("(")) {
      // 'with' '(' with_item, ... [','] ')' ':' -- else an expression
      size_t save = p_;
      SyntaxError save_err = err_;
      auto save_parens = paren_start_;
      int save_depth = depth_, save_tree = tree_;
      bool ok = false;
      try {
        advance();
        std::vector<WithItem> items;
        for (;;) {
          items.push_back(parse_with_item());
          if (!accept_op(",")) break;
          if (at_op(")")) break;
        }
        if (accept_op(")") && at_op(":")) {
          s->items = std::move(items);
          ok = true;
        }
      } catch (const ParseFail&) {
      }
      if (!ok) {
        p_ = save;
        err_ = save_err;
        paren_start_ = std::move(save_parens);
        depth_ = save_depth, tree_ = save_tree;
      }
    }
    if (s->items.empty()) {
      for (;;) {
        s->items.push_back(parse_with_item());
        if (!accept_op(",")) break;
      }
    }
    expect_colon();
    parse_block(s->body, "'with' statement", kw.pos.line);
    return s;
  }

  WithItem parse_with_item() {
    WithItem w;
    w.context = parse_expression();
    if (accept_kw("as")) {
      w.target = parse_target();
      set_store(*w.target, "assign to");
    }
    return w;
  }

  StmtP parse_simple() {
    const Token& t = cur();
    Pos pos = t.pos;
    if (t.kind == T::Name) {
      std::string_view w = t.text;
      if (w == "pass") { advance(); return mks(SK::Pass, pos); }
      if (w == "break") { advance(); return mks(SK::Break, pos); }
      if (w == "continue") { advance(); return mks(SK::Continue, pos); }
      if (w == "return") {
        advance();
        auto s = mks(SK::Return, pos);
        if (!at_stmt_end()) s->value = parse_star_expressions();
        return s;
      }
      if (w == "raise") {
        advance();
        auto s = mks(SK::Raise, pos);
        if (!at_stmt_end()) {
          s->value = parse_expression();
          if (accept_kw("from")) s->cause = parse_expression();
        }
        return s;
      }
      if (w == "global" || w == "nonlocal") {
        advance();
        auto s = mks(w == "global" ? SK::Global : SK::Nonlocal, pos);
        do s->names.push_back(expect_name());
        while (accept_op(","));
        return s;
      }
      if (w == "del") {
        advance();
        auto s = mks(SK::Delete, pos);
        for (;;) {
          ExprP e = parse_target();
          set_store(*e, "delete");
          s->targets.push_back(std::move(e));
          if (!accept_op(",")) break;
          if (at_stmt_end()) break;
        }
        return s;
      }
      if (w == "assert") {
        advance();
        auto s = mks(SK::Assert, pos);
        s->test = parse_expression();
        if (accept_op(",")) s->msg = parse_expression();
        return s;
      }
      if (w == "import") {
        advance();
        auto s = mks(SK::Import, pos);
        do {
          Alias a;
          a.pos = cur().pos;
          a.name = parse_dotted_name();
          if (accept_kw("as")) a.asname = expect_name();
          s->aliases.push_back(std::move(a));
        } while (accept_op(","));
        return s;
      }
      if (w == "from") {
        advance();
        auto s = mks(SK::ImportFrom, pos);
        int level = 0;
        while (at_op(".") || at_op("...")) level += static_cast<int>(advance().text.size());
        if (level > 0) fail(pos, "relative imports are not supported in Turnstile scenarios");
        s->name = parse_dotted_name();
        if (!accept_kw("import")) fail_here();
        if (at_op("*")) {
          Alias a;
          a.pos = advance().pos;
          a.name = "*";
          s->aliases.push_back(std::move(a));
          return s;
        }
        bool paren = accept_op("(");
        for (;;) {
          Alias a;
          a.pos = cur().pos;
          a.name = expect_name();
          if (accept_kw("as")) a.asname = expect_name();
          s->aliases.push_back(std::move(a));
          if (!accept_op(",")) break;
          if (paren && at_op(")")) break;
          if (!paren && at_stmt_end()) fail(cur().pos, "trailing comma not allowed without surrounding parentheses");
        }
        if (paren) expect_op(")");
        return s;
      }
      if ((w == "print" || w == "exec") && legacy_call_follows()) {
        fail(pos, "Missing parentheses in call to '" + std::string(w) + "'. Did you mean " + std::string(w) + "(...)?");
      }
    }
    // expression statement / assignment
    ExprP first = at_kw("yield") ? parse_yield() : parse_star_expressions();
    if (at_op("=")) {
      auto s = mks(SK::Assign, pos);
      std::vector<ExprP> chain;
      chain.push_back(std::move(first));
      while (accept_op("=")) chain.push_back(at_kw("yield") ? parse_yield() : parse_star_expressions());
      s->value = std::move(chain.back());
      chain.pop_back();
      check_no_bare_star(*s->value);
      bool single = chain.size() == 1;
      for (auto& t : chain) {
        if (t->kind == EK::Yield || t->kind == EK::YieldFrom) fail(t->pos, "assignment to yield expression not possible");
        if (t->kind == EK::Starred) fail(t->pos, "starred assignment target must be in a list or tuple");
        if (single && here_form(*t)) {
          const Expr* bad = invalid_target(*t, false);
          if (bad) fail(bad->pos, std::string("cannot assign to ") + expr_name(*bad) + " here. Maybe you meant '==' instead of '='?");
        }
        set_store(*t, "assign to");
        s->targets.push_back(std::move(t));
      }
      return s;
    }
    if (cur().kind == T::Op && is_augassign(cur().text)) {
      BinOp op = aug_op(advance().text);
      if (first->kind != EK::Name && first->kind != EK::Attribute && first->kind != EK::Subscript)
        fail(first->pos, std::string("'") + expr_name(*first) + "' is an illegal expression for augmented assignment");
      auto s = mks(SK::AugAssign, pos);
      s->binop = op;
      set_store(*first, "assign to");
      s->target = std::move(first);
      s->value = at_kw("yield") ? parse_yield() : parse_star_expressions();
      check_no_bare_star(*s->value);
      return s;
    }
    if (at_op(":") && first->kind != EK::Yield && first->kind != EK::YieldFrom) {
      if (!starts_expression_at(peek())) {
        // only "x: <expr>" gets the target messages; CPython stops after ':' for a valid target
        bool target = first->kind == EK::Name || first->kind == EK::Attribute || first->kind == EK::Subscript;
        if (target) fail(peek().pos, "invalid syntax");
        fail_here();
      }
      if (first->kind == EK::Tuple || first->kind == EK::List)
        fail(first->pos, std::string("only single target (not ") + expr_name(*first) + ") can be annotated");
      if (first->kind != EK::Name && first->kind != EK::Attribute && first->kind != EK::Subscript)
        fail(first->pos, "illegal target for annotation");
      advance();
      auto s = mks(SK::AnnAssign, pos);
      set_store(*first, "assign to");
      s->target = std::move(first);
      s->annotation = parse_expression();
      if (accept_op("=")) {
        s->value = at_kw("yield") ? parse_yield() : parse_star_expressions();
        check_no_bare_star(*s->value);
      }
      return s;
    }
    check_no_bare_star(*first);
    auto s = mks(SK::Expr, pos);
    s->value = std::move(first);
    if (!at_stmt_end() && !at_op(";")) {
      // juxtaposed expressions outside brackets
      fail_here();
    }
    return s;
  }

  bool legacy_call_follows() {
    const Token& n = peek();
    if (n.kind == T::String || n.kind == T::Int || n.kind == T::Float) return true;
    if (n.kind == T::Name) {
      static const char* const no[] = {"if", "else", "in", "is", "and", "or", "for", "async", "as", "from"};
      for (const char* k : no)
        if (n.text == k) return false;
      return true;
    }
    return is_op(n, "{");
  }

  // True when CPython's "cannot assign to X here. Maybe you meant '=='" rule
  // applies: the target is a bitwise_or-level expression that is not a
  // display or one of True/None/False.
  static bool here_form(const Expr& e) {
    switch (e.kind) {
      case EK::Tuple: case EK::List: case EK::GeneratorExp: case EK::True: case EK::False: case EK::None:
      case EK::Compare: case EK::BoolOp: case EK::IfExp: case EK::Lambda: case EK::Starred: case EK::NamedExpr:
      case EK::Yield: case EK::YieldFrom:
        return false;
      case EK::UnaryOp: return e.unop != UnaryOp::Not;
      default: return true;
    }
  }

  void check_no_bare_star(const Expr& e) {
    if (e.kind == EK::Starred) fail(e.pos, "can't use starred expression here");
  }

  bool at_stmt_end() const { return at(T::Newline) || at_op(";") || at(T::End); }

  static bool is_augassign(std::string_view op) {
    static const char* const ops[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="};
    for (const char* o : ops)
      if (op == o) return true;
    return false;
  }
  static BinOp aug_op(std::string_view op) { return bin_op(op.substr(0, op.size() - 1)); }
  static BinOp bin_op(std::string_view op) {
    if (op == "+") return BinOp::Add;
    if (op == "-") return BinOp::Sub;
    if (op == "*") return BinOp::Mul;
    if (op == "/") return BinOp::Div;
    if (op == "//") return BinOp::FloorDiv;
    if (op == "%") return BinOp::Mod;
    if (op == "**") return BinOp::Pow;
    if (op == "<<") return BinOp::LShift;
    if (op == ">>") return BinOp::RShift;
    if (op == "|") return BinOp::BitOr;
    if (op == "^") return BinOp::BitXor;
    if (op == "&") return BinOp::BitAnd;
    return BinOp::MatMul;
  }

  std::string parse_dotted_name() {
    std::string n = expect_name();
    while (at_op(".")) {
      advance();
      n += '.';
      n += expect_name();
    }
    return n;
  }

  // ---- targets --------------------------------------------------------------
  // The first node that cannot be a target, or null.
  static const Expr* invalid_target(const Expr& e, bool del) {
    switch (e.kind) {
      case EK::Name: case EK::Attribute: case EK::Subscript: return nullptr;
      case EK::Starred: return del ? &e : invalid_target(*e.a, del);
      case EK::Tuple: case EK::List:
        for (auto& x : e.elts)
          if (const Expr* b = invalid_target(*x, del)) return b;
        return nullptr;
      default: return &e;
    }
  }

  // Sets Store (or Del when verb == "delete") context, or fails.
  void set_store(Expr& e, const char* verb) {
    bool del = std::strcmp(verb, "delete") == 0;
    if (const Expr* bad = invalid_target(e, del)) fail(bad->pos, std::string("cannot ") + verb + " " + expr_name(*bad));
    set_ctx(e, del ? Ctx::Del : Ctx::Store);
  }
  static void set_ctx(Expr& e, Ctx c) {
    e.ctx = c;
    if (e.kind == EK::Starred) set_ctx(*e.a, c);
    if (e.kind == EK::Tuple || e.kind == EK::List)
      for (auto& x : e.elts) set_ctx(*x, c);
  }

  // A single target: ['*'] bitwise_or (stops before 'in', '=', ',').
  ExprP parse_target() {
    if (at_op("*")) {
      Pos p = advance().pos;
      auto s = mk(EK::Starred, p);
      s->a = parse_bitwise_or();
      return s;
    }
    return parse_bitwise_or();
  }

  // star_targets: target (',' target)* [','] -> Tuple when a comma appears.
  ExprP parse_target_list() {
    ExprP first = parse_target();
    if (!at_op(",")) return first;
    auto t = mk(EK::Tuple, start_of(*first));
    t->elts.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_kw("in") || at_op("=") || at_stmt_end()) break;
      t->elts.push_back(parse_target());
    }
    return t;
  }

  // ---- parameters -----------------------------------------------------------
  std::unique_ptr<Arguments> parse_params(bool is_def) {
    auto a = std::make_unique<Arguments>();
    const char* close = is_def ? ")" : ":";
    bool seen_default = false, seen_star = false, seen_slash = false;
    std::vector<std::string> names;
    auto check_dup = [&](const std::string& n, Pos p) {
      for (auto& x : names)
        if (x == n) fail(p, "duplicate argument '" + n + "' in function definition");
      names.push_back(n);
    };
    while (!at_op(close)) {
      const Token& t = cur();
      if (is_op(t, "/")) {
        if (seen_slash) fail(t.pos, "/ may appear only once");
        if (seen_star) fail(t.pos, "/ must be ahead of *");
        if (a->args.empty()) fail(t.pos, "invalid syntax");
        advance();
        seen_slash = true;
        a->posonly = std::move(a->args);
        a->args.clear();
      } else if (is_op(t, "**")) {
        advance();
        Pos np = cur().pos;
        a->kwarg = expect_name();
        a->has_kwarg = true;
        check_dup(a->kwarg, np);
        if (is_def && accept_op(":")) (void)parse_expression();
        if (at_op("=")) fail(cur().pos, "var-keyword argument cannot have default value");
        accept_op(",");
        if (!at_op(close)) fail(cur().pos, "arguments cannot follow var-keyword argument");
        break;
      } else if (is_op(t, "*")) {
        Pos sp = t.pos;
        if (seen_star) fail(t.pos, "* argument may appear only once");
        advance();
        seen_star = true;
        if (at_op(",") || at_op(close)) {
          if (at_op(close) || is_op(peek(), close) || is_op(peek(), "**")) {
            // CPython points at '*' in a def, at the token after "*," in a lambda
            if (!is_def && at_op(",")) advance();
            fail(is_def ? sp : cur().pos, "named arguments must follow bare *");
          }
        } else {
          Pos np = cur().pos;
          a->vararg = expect_name();
          a->has_vararg = true;
          check_dup(a->vararg, np);
          if (is_def && accept_op(":")) {
            if (at_op("*")) {
              advance();
              (void)parse_expression();
            } else {
              (void)parse_expression();
            }
          }
          if (at_op("=")) fail(cur().pos, "var-positional argument cannot have default value");
        }
      } else {
        Arg arg;
        arg.pos = t.pos;
        if (!at_name()) fail_here();
        arg.name = expect_name();
        check_dup(arg.name, arg.pos);
        if (is_def && accept_op(":")) arg.annotation = parse_expression();
        if (accept_op("=")) {
          if (at_op(",") || at_op(close) || (is_def && at_op(")")))
            fail(toks_[p_ - 1].pos, "expected default value expression");
          arg.default_ = parse_expression();
          check_comma(*arg.default_);
          if (!seen_star) seen_default = true;
        } else if (seen_default && !seen_star) {
          fail(arg.pos, "non-default argument follows default argument");
        }
        (seen_star ? a->kwonly : a->args).push_back(std::move(arg));
      }
      if (!accept_op(",")) break;
    }
    if (!at_op(close)) {
      if (!is_def && !accept_op(":")) fail_here();
      fail_here();
    }
    return a;
  }

  // ---- expressions ----------------------------------------------------------
  // star_expressions: tuple without parentheses when a comma appears.
  ExprP parse_star_expressions() {
    ExprP first = parse_star_expression();
    if (!at_op(",")) return first;
    auto t = mk(EK::Tuple, start_of(*first));
    t->elts.push_back(std::move(first));
    while (accept_op(",")) {
      if (!starts_expression()) break;
      t->elts.push_back(parse_star_expression());
    }
    return t;
  }
  ExprP parse_star_expression() {
    if (at_op("*")) {
      Pos p = advance().pos;
      auto s = mk(EK::Starred, p);
      s->a = parse_bitwise_or();
      return s;
    }
    return parse_expression();
  }
  ExprP parse_star_named_expression() {
    if (at_op("*")) {
      Pos p = advance().pos;
      auto s = mk(EK::Starred, p);
      s->a = parse_bitwise_or();
      return s;
    }
    return parse_named_expression();
  }
  ExprP parse_star_named_expressions() {
    ExprP first = parse_star_named_expression();
    if (!at_op(",")) return first;
    auto t = mk(EK::Tuple, start_of(*first));
    t->elts.push_back(std::move(first));
    while (accept_op(",")) {
      if (!starts_expression()) break;
      t->elts.push_back(parse_star_named_expression());
    }
    return t;
  }

  bool starts_expression() const { return starts_expression_at(cur()); }
  static bool starts_expression_at(const Token& t) {
    switch (t.kind) {
      case T::Int: case T::Float: case T::String: return true;
      case T::Name: {
        if (!lex::is_keyword(t.text)) return true;
        static const char* const ok[] = {"None", "True", "False", "not", "lambda", "await", "yield"};
        for (const char* k : ok)
          if (t.text == k) return true;
        return false;
      }
      case T::Op: {
        static const char* const ok[] = {"(", "[", "{", "-", "+", "~", "*", "...", "**"};
        for (const char* k : ok)
          if (t.text == k) return true;
        return false;
      }
      default: return false;
    }
  }

  // eq_hint: CPython's "Maybe you meant '=='" diagnostics for `x = 1` where
  // a named expression is expected (conditions, displays, subscripts).
  ExprP parse_named_expression(bool eq_hint = true) {
    if (at(T::Name) && is_op(peek(), ":=")) {
      if (lex::is_keyword(cur().text)) fail_here();
      const Token& n = advance();
      auto target = mk(EK::Name, n.pos);
      target->s = std::string(n.text);
      target->ctx = Ctx::Store;
      advance();  // :=
      auto e = mk(EK::NamedExpr, n.pos);
      e->a = std::move(target);
      e->b = parse_expression();
      return e;
    }
    ExprP e = parse_expression();
    if (at_op(":=")) fail(e->pos, std::string("cannot use assignment expressions with ") + expr_name(*e));
    if (eq_hint && at_op("=") && !eq_chain_follows()) {
      if (e->kind == EK::Name) fail(start_of(*e), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      if (here_form(*e)) fail(start_of(*e), std::string("cannot assign to ") + expr_name(*e) + " here. Maybe you meant '==' instead of '='?");
    }
    return e;
  }

  // After `x` at '=': CPython's rule parses `= b` and requires neither '='
  // nor ':=' after b (which also moves its furthest token).
  bool eq_chain_follows() {
    size_t save = p_;
    int save_depth = depth_, save_chain = chain_, save_tree = tree_;
    SyntaxError save_err = err_;
    bool chain = true;
    try {
      advance();  // '='
      (void)parse_bitwise_or();
      chain = at_op("=") || at_op(":=");
    } catch (const ParseFail&) {
      chain = true;  // no hint: let the caller report the generic error
    }
    p_ = save;
    depth_ = save_depth;
    chain_ = save_chain;
    tree_ = save_tree;
    err_ = save_err;
    return chain;
  }

  ExprP parse_expression() {
    if (at_kw("lambda")) {
      DepthGuard g(*this, 2);
      return parse_lambda();
    }
    ExprP body = parse_disjunction();
    if (in_brackets()) check_comma(*body);
    if (at_kw("if")) {
      DepthGuard g(*this);
      advance();
      auto e = mk(EK::IfExp, start_of(*body));
      e->a = parse_disjunction();
      if (!accept_kw("else")) fail(body->pos, "expected 'else' after 'if' expression");
      e->b = std::move(body);
      e->c = parse_expression();
      return e;
    }
    return body;
  }

  ExprP parse_lambda() {
    Pos p = advance().pos;
    auto e = mk(EK::Lambda, p);
    e->args = parse_params(false);
    if (!accept_op(":")) fail_here();
    e->a = parse_expression();
    return e;
  }

  ExprP parse_disjunction() {
    ExprP first = parse_conjunction();
    if (!at_kw("or")) return first;
    auto e = mk(EK::BoolOp, start_of(*first));
    e->is_and = false;
    e->elts.push_back(std::move(first));
    while (accept_kw("or")) e->elts.push_back(parse_conjunction());
    return e;
  }
  ExprP parse_conjunction() {
    ExprP first = parse_inversion();
    if (!at_kw("and")) return first;
    auto e = mk(EK::BoolOp, start_of(*first));
    e->is_and = true;
    e->elts.push_back(std::move(first));
    while (accept_kw("and")) e->elts.push_back(parse_inversion());
    return e;
  }
  ExprP parse_inversion() {
    if (at_kw("not")) {
      DepthGuard g(*this);
      Pos p = advance().pos;
      auto e = mk(EK::UnaryOp, p);
      e->unop = UnaryOp::Not;
      e->a = parse_inversion();
      return e;
    }
    return parse_comparison();
  }

  bool comparison_op(CmpOp& op) {
    const Token& t = cur();
    if (t.kind == T::Op) {
      std::string_view s = t.text;
      if (s == "==") op = CmpOp::Eq;
      else if (s == "!=") op = CmpOp::NotEq;
      else if (s == "<") op = CmpOp::Lt;
      else if (s == "<=") op = CmpOp::LtE;
      else if (s == ">") op = CmpOp::Gt;
      else if (s == ">=") op = CmpOp::GtE;
      else return false;
      advance();
      return true;
    }
    if (is_kw(t, "in")) { advance(); op = CmpOp::In; return true; }
    if (is_kw(t, "not") && is_kw(peek(), "in")) { advance(); advance(); op = CmpOp::NotIn; return true; }
    if (is_kw(t, "is")) {
      advance();
      op = accept_kw("not") ? CmpOp::IsNot : CmpOp::Is;
      return true;
    }
    return false;
  }

  ExprP parse_comparison() {
    ExprP left = parse_bitwise_or();
    CmpOp op;
    if (!comparison_op(op)) return left;
    auto e = mk(EK::Compare, start_of(*left));
    e->a = std::move(left);
    do {
      e->cmps.push_back(op);
      e->elts.push_back(parse_bitwise_or());
    } while (comparison_op(op));
    e->end = prev_end();
    return e;
  }

  static int binop_prec(const Token& t) {
    if (t.kind != T::Op) return 0;
    std::string_view s = t.text;
    if (s == "|") return 1;
    if (s == "^") return 2;
    if (s == "&") return 3;
    if (s == "<<" || s == ">>") return 4;
    if (s == "+" || s == "-") return 5;
    if (s == "*" || s == "/" || s == "//" || s == "%" || s == "@") return 6;
    return 0;
  }

  ExprP parse_bitwise_or() { return parse_binary(1); }

  // Precedence climbing over the left-associative binary operators.
  ExprP parse_binary(int min_prec) {
    ExprP left = parse_factor();
    ChainGuard chain(*this);
    for (;;) {
      int prec = binop_prec(cur());
      if (prec < min_prec || prec == 0) return left;
      chain.link();
      const Pos op_pos = cur().pos;
      BinOp op = bin_op(advance().text);
      ExprP right = parse_binary(prec + 1);
      auto e = mk(EK::BinOp, start_of(*left));
      e->anchor = op_pos;
      e->end = prev_end();
      e->binop = op;
      e->a = std::move(left);
      e->b = std::move(right);
      left = std::move(e);
    }
  }

  ExprP parse_factor() {
    const Token& t = cur();
    if (t.kind == T::Op && (t.text == "-" || t.text == "+" || t.text == "~")) {
      DepthGuard g(*this);
      Pos p = t.pos;
      UnaryOp op = t.text == "-" ? UnaryOp::Neg : t.text == "+" ? UnaryOp::Pos : UnaryOp::Invert;
      advance();
      auto e = mk(EK::UnaryOp, p);
      e->unop = op;
      e->a = parse_factor();
      return e;
    }
    return parse_power();
  }

  ExprP parse_power() {
    ExprP base;
    if (at_kw("await")) {
      Pos p = advance().pos;
      base = mk(EK::Await, p);
      base->a = parse_primary();
      base->end = prev_end();
    } else {
      base = parse_primary();
    }
    if (at_op("**")) {
      DepthGuard g(*this, 2);
      const Pos op_pos = advance().pos;
      auto e = mk(EK::BinOp, start_of(*base));
      e->binop = BinOp::Pow;
      e->a = std::move(base);
      e->b = parse_factor();
      e->anchor = op_pos;
      e->end = prev_end();
      return e;
    }
    return base;
  }

  ExprP parse_primary() {
    ExprP e = parse_atom();
    ChainGuard chain(*this);
    for (;;) {
      if (at_op(".") || at_op("(") || at_op("[")) chain.link();
      if (at_op(".")) {
        advance();
        auto a = mk(EK::Attribute, start_of(*e));
        a->s = expect_name();
        a->end = prev_end();
        a->a = std::move(e);
        e = std::move(a);
      } else if (at_op("(")) {
        DepthGuard g(*this);
        Pos lp = advance().pos;
        auto c = mk(EK::Call, start_of(*e));
        c->a = std::move(e);
        parse_call_args(c->elts, c->keywords, lp, true);
        c->end = prev_end();
        e = std::move(c);
      } else if (at_op("[")) {
        DepthGuard g(*this);
        const Pos lb = advance().pos;
        auto s = mk(EK::Subscript, start_of(*e));
        s->a = std::move(e);
        s->b = parse_slices();
        expect_close("]");
        s->anchor = lb;
        s->end = prev_end();
        e = std::move(s);
      } else {
        return e;
      }
    }
  }

  void expect_close(const char* close) {
    if (accept_op(close)) return;
    fail_here();
  }

  // After '(' of a call (or class bases). Consumes ')'.
  void parse_call_args(std::vector<ExprP>& args, std::vector<Keyword>& kws, Pos lparen, bool allow_genexp) {
    bool seen_kw = false, seen_dstar = false;
    int positional_error = 0;  // 1: after keyword, 2: after **
    bool genexp_seen = false;
    size_t count = 0;
    while (!at_op(")")) {
      ++count;
      const Token& t = cur();
      if (is_op(t, "**")) {
        Keyword k;
        k.pos = advance().pos;
        k.value = parse_expression();
        kws.push_back(std::move(k));
        seen_dstar = true;
      } else if (is_op(t, "*")) {
        Pos sp = advance().pos;
        if (seen_dstar) fail(sp, "iterable argument unpacking follows keyword argument unpacking");
        auto s = mk(EK::Starred, sp);
        s->a = parse_expression();
        args.push_back(std::move(s));
      } else if (t.kind == T::Name && is_op(peek(), "=") ) {
        Keyword k;
        k.pos = t.pos;
        if (lex::is_keyword(t.text)) {
          if (t.text == "True" || t.text == "False" || t.text == "None")
            fail(t.pos, "cannot assign to " + std::string(t.text));
          fail_here();
        }
        k.name = std::string(advance().text);
        advance();
        k.value = parse_expression();
        kws.push_back(std::move(k));
        seen_kw = true;
      } else {
        ExprP e = parse_named_expression(false);
        if (at_kw("for") || at_kw("async")) {
          if (!allow_genexp) fail_here();
          auto g = mk(EK::GeneratorExp, lparen);
          g->a = std::move(e);
          parse_comprehension_clauses(g->gens);
          genexp_seen = true;
          e = std::move(g);
          if (count > 1 || !at_op(")")) {
            // must be the sole argument
            if (!at_op(")") && !at_op(",")) fail_here();
            fail(e->a->pos, "Generator expression must be parenthesized");
          }
        } else if (at_op("=")) {
          fail(e->pos, "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        if (seen_dstar && !positional_error) positional_error = 2;
        else if (seen_kw && !positional_error) positional_error = 1;
        args.push_back(std::move(e));
      }
      if (at_op(")")) break;
      if (!at_op(",")) {
        if (starts_expression() && count > 0) {
          const Expr* last = !args.empty() ? args.back().get() : nullptr;
          if (!kws.empty() && (!last || pos_before(last->pos, kws.back().pos))) last = kws.back().value.get();
          if (last) fail_comma(last->pos);
        }
        fail_here();
      }
      advance();
      if (genexp_seen) fail(args.back()->a->pos, "Generator expression must be parenthesized");
    }
    if (positional_error) {
      fail(cur().pos, positional_error == 2 ? "positional argument follows keyword argument unpacking"
                                            : "positional argument follows keyword argument");
    }
    advance();  // ')'
  }
  static bool pos_before(Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

  // Inside '[' ... ']' of a subscript.
  ExprP parse_slices() {
    ExprP first = parse_slice();
    if (!at_op(",")) return first;
    auto t = mk(EK::Tuple, start_of(*first));
    t->elts.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_op("]")) break;
      t->elts.push_back(parse_slice());
    }
    return t;
  }
  ExprP parse_slice() {
    Pos p = cur().pos;
    ExprP lower;
    if (at_op("*")) return parse_star_named_expression();
    if (!at_op(":")) {
      lower = parse_named_expression();
      if (!at_op(":")) return lower;
    }
    advance();  // ':'
    auto s = mk(EK::Slice, p);
    s->a = std::move(lower);
    if (!at_op(":") && !at_op(",") && !at_op("]")) s->b = parse_expression();
    if (accept_op(":")) {
      if (!at_op(",") && !at_op("]")) s->c = parse_expression();
    }
    return s;
  }

  void parse_comprehension_clauses(std::vector<Comprehension>& gens) {
    while (at_kw("for") || (at_kw("async") && is_kw(peek(), "for"))) {
      Comprehension c;
      if (accept_kw("async")) c.is_async = true;
      advance();  // for
      c.target = parse_target_list();
      if (!at_kw("in") && in_brackets()) check_comma(*c.target);
      set_store(*c.target, "assign to");
      if (!accept_kw("in")) fail_here();
      c.iter = parse_disjunction();
      while (at_kw("if")) {
        advance();
        c.ifs.push_back(parse_disjunction());
      }
      gens.push_back(std::move(c));
    }
  }

  ExprP parse_yield() {
    DepthGuard g(*this);
    Pos p = advance().pos;  // yield
    if (accept_kw("from")) {
      auto e = mk(EK::YieldFrom, p);
      e->a = parse_expression();
      return e;
    }
    auto e = mk(EK::Yield, p);
    if (starts_expression()) e->a = parse_star_expressions();
    return e;
  }

  // Contents of '(' ... ')' after the '(' at `lp`; stops before the closing
  // token (')' or End for f-string expressions).
  ExprP parse_group_contents(Pos lp, bool fstring) {
    auto closing = [&] { return fstring ? (at(T::End) || at(T::Error)) : at_op(")"); };
    if (closing()) return mk(EK::Tuple, lp);
    if (at_kw("yield")) return parse_yield();
    ExprP first = parse_star_named_expression();
    if (at_kw("for") || (at_kw("async") && is_kw(peek(), "for"))) {
      if (first->kind == EK::Starred) fail(first->pos, "iterable unpacking cannot be used in comprehension");
      auto g = mk(EK::GeneratorExp, lp);
      g->a = std::move(first);
      parse_comprehension_clauses(g->gens);
      return g;
    }
    if (at_op(",")) {
      auto t = mk(EK::Tuple, lp);
      t->elts.push_back(std::move(first));
      while (accept_op(",")) {
        if (closing()) break;
        t->elts.push_back(parse_star_named_expression());
        check_comma(*t->elts.back());
      }
      return t;
    }
    if (first->kind == EK::Starred) fail(first->pos, "cannot use starred expression here");
    check_comma(*first);
    return first;
  }

  // Inside brackets: an expression followed directly by another expression.
  void check_comma(const Expr& e) {
    if (e.kind == EK::Name && (e.s == "match" || e.s == "case" || e.s == "_")) return;  // soft keywords
    if (starts_expression() && !at_kw("not") && !at_op("-") && !at_op("+") && !at_op("*") && !at_op("**") &&
        !at_op("(") && !at_op("[") && !at_op("...") && !at_kw("yield")) {
      if (e.kind == EK::Name && at(T::String)) fail_here();
      fail_comma(e.pos);
    }
  }

  ExprP parse_atom() {
    const Token& t = cur();
    switch (t.kind) {
      case T::Name: {
        std::string_view w = t.text;
        if (w == "None") { advance(); return mk(EK::None, t.pos); }
        if (w == "True") { advance(); return mk(EK::True, t.pos); }
        if (w == "False") { advance(); return mk(EK::False, t.pos); }
        if (lex::is_keyword(w)) fail_here();
        auto e = mk(EK::Name, t.pos);
        e->s = std::string(w);
        advance();
        return e;
      }
      case T::Int: {
        auto e = mk(EK::Int, t.pos);
        if (t.big) e->s = std::string(t.text);  // beyond int64: the literal's text (BigInt::parse_literal)
        else e->i = t.ival;
        advance();
        return e;
      }
      case T::Float: {
        auto e = mk(EK::Float, t.pos);
        e->f = t.fval;
        advance();
        return e;
      }
      case T::String: return parse_strings();
      case T::Op: break;
      default: fail_here();
    }
    std::string_view op = t.text;
    Pos p = t.pos;
    if (op == "...") { advance(); return mk(EK::Ellipsis, p); }
    DepthGuard g(*this);  // brackets
    if (op == "(") {
      advance();
      ExprP e = parse_group_contents(p, false);
      expect_close(")");
      paren_start_[e.get()] = p;
      return e;
    }
    if (op == "[") {
      advance();
      auto l = mk(EK::List, p);
      if (accept_op("]")) return l;
      ExprP first = parse_star_named_expression();
      if (at_kw("for") || (at_kw("async") && is_kw(peek(), "for"))) {
        if (first->kind == EK::Starred) fail(first->pos, "iterable unpacking cannot be used in comprehension");
        auto c = mk(EK::ListComp, p);
        c->a = std::move(first);
        parse_comprehension_clauses(c->gens);
        expect_close("]");
        c->end = prev_end();
        return c;
      }
      check_comma(*first);
      l->elts.push_back(std::move(first));
      while (accept_op(",")) {
        if (at_op("]")) break;
        l->elts.push_back(parse_star_named_expression());
        check_comma(*l->elts.back());
      }
      expect_close("]");
      return l;
    }
    if (op == "{") {
      advance();
      if (accept_op("}")) return mk(EK::Dict, p);
      if (at_op("**")) return parse_dict_rest(p, nullptr);
      ExprP first = parse_star_named_expression();
      if (at_op(":") && first->kind != EK::Starred) {
        advance();
        return parse_dict_rest(p, std::move(first));
      }
      if (at_kw("for") || (at_kw("async") && is_kw(peek(), "for"))) {
        if (first->kind == EK::Starred) fail(first->pos, "iterable unpacking cannot be used in comprehension");
        auto c = mk(EK::SetComp, p);
        c->a = std::move(first);
        parse_comprehension_clauses(c->gens);
        expect_close("}");
        c->end = prev_end();
        return c;
      }
      auto s = mk(EK::Set, p);
      check_comma(*first);
      s->elts.push_back(std::move(first));
      while (accept_op(",")) {
        if (at_op("}")) break;
        s->elts.push_back(parse_star_named_expression());
        check_comma(*s->elts.back());
      }
      expect_close("}");
      return s;
    }
    fail_here();
  }

  // After '{' [first_key ':']; parses the first value (if a key was given),
  // the rest of the dict or a dict comprehension, and '}'.
  ExprP parse_dict_rest(Pos p, ExprP first_key) {
    auto d = mk(EK::Dict, p);
    if (first_key && (at_op("}") || at_op(",")))
      fail(toks_[p_ - 1].pos, "expression expected after dictionary key and ':'");
    if (first_key) {
      ExprP v = parse_expression();
      if (at_kw("for") || (at_kw("async") && is_kw(peek(), "for"))) {
        auto c = mk(EK::DictComp, p);
        c->a = std::move(first_key);
        c->b = std::move(v);
        parse_comprehension_clauses(c->gens);
        expect_close("}");
        c->end = prev_end();
        return c;
      }
      d->keys.push_back(std::move(first_key));
      d->elts.push_back(std::move(v));
    } else {
      advance();  // **
      Pos sp = toks_[p_ - 1].pos;
      d->keys.push_back(nullptr);
      d->elts.push_back(parse_bitwise_or());
      if (at_kw("for") || (at_kw("async") && is_kw(peek(), "for")))
        fail(sp, "dict unpacking cannot be used in dict comprehension");
    }
    while (accept_op(",")) {
      if (at_op("}")) break;
      if (accept_op("**")) {
        d->keys.push_back(nullptr);
        d->elts.push_back(parse_bitwise_or());
        continue;
      }
      ExprP k = parse_expression();
      if (!at_op(":")) {
        if (at_op("}") || at_op(",")) {
          Pos kp = toks_[p_ - 1].end;
          kp.col -= 1;
          fail(kp, "':' expected after dictionary key");
        }
        fail_here();
      }
      advance();
      if (at_op("}") || at_op(",")) fail(toks_[p_ - 1].pos, "expression expected after dictionary key and ':'");
      d->keys.push_back(std::move(k));
      d->elts.push_back(parse_expression());
    }
    if (!at_op("}") && !d->elts.empty()) check_comma(*d->elts.back());
    expect_close("}");
    return d;
  }

  // ---- strings and f-strings ------------------------------------------------
  struct FParts {
    std::vector<ExprP> parts;
    std::string literal;
    Pos pos;  // position given to Str / FormattedValue parts
    void flush() { flush_at(pos); }
    void flush_at(Pos at) {
      if (literal.empty()) return;
      auto s = mk(EK::Str, at);
      s->s = std::move(literal);
      literal.clear();
      parts.push_back(std::move(s));
    }
  };

  ExprP parse_strings() {
    size_t first = p_;
    Pos pos = cur().pos;
    bool any_bytes = false, any_str = false, any_f = false;
    size_t last = p_;
    while (at(T::String)) {
      const Token& t = cur();
      (t.is_bytes ? any_bytes : any_str) = true;
      if (t.is_f) any_f = true;
      last = p_;
      advance();
    }
    if (any_bytes && any_str) fail(toks_[last].end, "cannot mix bytes and nonbytes literals");
    if (any_bytes) {
      auto e = mk(EK::Bytes, pos);
      for (size_t k = first; k <= last; ++k) e->s += toks_[k].sval;
      return e;
    }
    if (!any_f) {
      auto e = mk(EK::Str, pos);
      for (size_t k = first; k <= last; ++k) e->s += toks_[k].sval;
      return e;
    }
    Pos err_pos = cur().pos;  // CPython reports f-string errors at the last token read
    FParts fp;
    fp.pos = pos;
    for (size_t k = first; k <= last; ++k) {
      const Token& t = toks_[k];
      if (!t.is_f) {
        fp.literal += t.sval;
        continue;
      }
      uint32_t i = t.body_begin;
      fstring_body(t, i, 0, fp, err_pos);
    }
    fp.flush();
    auto e = mk(EK::JoinedStr, pos);
    e->elts = std::move(fp.parts);
    return e;
  }

  // Position of byte `off` inside string token t; cached so that the fields
  // of a long f-string are located in linear time.
  struct PosCache {
    uint32_t body = UINT32_MAX;  // body_begin of the token (unique per string)
    uint32_t off = 0;
    Pos pos;
  } pos_cache_;

  Pos pos_in(const Token& t, uint32_t off) {
    uint32_t k = t.body_begin;
    Pos p = t.body_pos;
    if (pos_cache_.body == t.body_begin && pos_cache_.off <= off) {
      k = pos_cache_.off;
      p = pos_cache_.pos;
    }
    for (; k < off; ++k) {
      unsigned char c = static_cast<unsigned char>(src_[k]);
      if (c == '\n') {
        ++p.line;
        p.col = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++p.col;
      }
    }
    pos_cache_ = {t.body_begin, off, p};
    return p;
  }

  void append_literal(const Token& t, uint32_t b, uint32_t e, FParts& fp, Pos err_pos) {
    std::string_view raw(src_.data() + b, e - b);
    if (t.is_raw) {
      fp.literal += raw;
      return;
    }
    std::string out, err;
    if (!lex::decode_escapes(raw, false, out, err)) fail(err_pos, err);
    fp.literal += out;
  }

  // Parses f-string body text from `i`; at level > 0 stops at the '}' ending
  // a format spec (not consumed). Appends to fp.
  void fstring_body(const Token& t, uint32_t& i, int level, FParts& fp, Pos err_pos) {
    uint32_t e = t.body_end;
    while (i < e) {
      uint32_t lit = i;
      while (i < e) {
        char c = src_[i];
        if (!t.is_raw && c == '\\' && i + 1 < e) {
          char n = src_[i + 1];
          if (n == '{' || n == '}') {
            ++i;
            continue;
          }
          if (n == 'N' && i + 2 < e && src_[i + 2] == '{') fail(err_pos, "\\N{...} escapes are not supported in Turnstile scenarios");
          i += 2;
          continue;
        }
        if (c == '{' || c == '}') {
          if (level == 0) {
            if (i + 1 < e && src_[i + 1] == c) {
              append_literal(t, lit, i + 1, fp, err_pos);
              i += 2;
              lit = i;
              continue;
            }
            if (c == '}') fail(err_pos, "f-string: single '}' is not allowed");
          }
          break;
        }
        ++i;
      }
      append_literal(t, lit, i, fp, err_pos);
      if (i >= e) return;
      if (src_[i] == '}') return;  // end of a format spec
      ++i;                          // '{'
      fstring_field(t, i, level, fp, err_pos);
    }
  }

  void fstring_field(const Token& t, uint32_t& i, int level, FParts& fp, Pos err_pos) {
    if (level >= 2) fail(err_pos, "f-string: expressions nested too deeply");
    uint32_t e = t.body_end;
    uint32_t expr_start = i;
    char quote = 0;
    int string_type = 0;
    std::vector<char> stack;
    for (; i < e; ++i) {
      char ch = src_[i];
      if (ch == '\\') fail(err_pos, "f-string expression part cannot include a backslash");
      if (quote) {
        if (ch == quote) {
          if (string_type == 3) {
            if (i + 2 < e && src_[i + 1] == ch && src_[i + 2] == ch) {
              i += 2;
              quote = 0;
            }
            continue;
          }
          quote = 0;
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (i + 2 < e && src_[i + 1] == ch && src_[i + 2] == ch) {
          string_type = 3;
          i += 2;
        } else {
          string_type = 1;
        }
        quote = ch;
        continue;
      }
      if (ch == '[' || ch == '(' || ch == '{') {
        if (stack.size() >= 200) fail(err_pos, "f-string: too many nested parenthesis");
        stack.push_back(ch);
        continue;
      }
      if (ch == '#') fail(err_pos, "f-string expression part cannot include '#'");
      if (stack.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (i + 1 < e) {
          char n = src_[i + 1];
          if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && n == '=') {
            ++i;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      }
      if (ch == ']' || ch == '}' || ch == ')') {
        if (stack.empty()) fail(err_pos, std::string("f-string: unmatched '") + ch + "'");
        char o = stack.back();
        stack.pop_back();
        if (!((o == '(' && ch == ')') || (o == '[' && ch == ']') || (o == '{' && ch == '}')))
          fail(err_pos, std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" + o + "'");
      }
    }
    uint32_t expr_end = i;
    if (quote) fail(err_pos, "f-string: unterminated string");
    if (!stack.empty()) fail(err_pos, std::string("f-string: unmatched '") + stack.back() + "'");
    if (i >= e) fail(err_pos, "f-string: expecting '}'");
    bool blank = true;
    for (uint32_t k = expr_start; k < expr_end; ++k)
      if (src_[k] != ' ' && src_[k] != '\t' && src_[k] != '\n' && src_[k] != '\f') blank = false;
    if (blank) {
      char c = src_[i];
      if (c == '!' || c == ':' || c == '=') fail(err_pos, std::string("f-string: expression required before '") + c + "'");
      fail(err_pos, "f-string: empty expression not allowed");
    }
    ExprP value = parse_fstring_expr(t, expr_start, expr_end);
    std::string expr_text;
    bool debug = false;
    if (src_[i] == '=') {
      ++i;
      while (i < e && (src_[i] == ' ' || src_[i] == '\t' || src_[i] == '\n' || src_[i] == '\f' || src_[i] == '\v' || src_[i] == '\r')) ++i;
      if (i >= e) fail(err_pos, "f-string: expecting '}'");
      expr_text.assign(src_.data() + expr_start, i - expr_start);
      debug = true;
    }
    char conv = 0;
    if (src_[i] == '!') {
      ++i;
      if (i >= e) fail(err_pos, "f-string: expecting '}'");
      conv = src_[i++];
      if (conv != 's' && conv != 'r' && conv != 'a')
        fail(err_pos, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    ExprP spec;
    if (i < e && src_[i] == ':') {
      ++i;
      if (i >= e) fail(err_pos, "f-string: expecting '}'");
      FParts sp;
      sp.pos = fp.pos;
      fstring_body(t, i, level + 1, sp, err_pos);
      sp.flush_at(t.pos);  // CPython: the trailing literal of a spec is at its token
      spec = mk(EK::JoinedStr, t.pos);
      spec->elts = std::move(sp.parts);
    }
    if (i >= e || src_[i] != '}') fail(err_pos, "f-string: expecting '}'");
    ++i;
    if (debug) {
      fp.literal += expr_text;
      if (!spec && conv == 0) conv = 'r';
    }
    fp.flush();
    auto fv = mk(EK::FormattedValue, fp.pos);
    fv->a = std::move(value);
    fv->conv = conv;
    fv->b = std::move(spec);
    fp.parts.push_back(std::move(fv));
  }

  // Parses src_[b, e) as the contents of a parenthesized group with positions
  // in the original source. The group's own position is the '{' before b.
  ExprP parse_fstring_expr(const Token& t, uint32_t b, uint32_t e) {
    lex::LexOptions opt;
    opt.begin = b;
    opt.end = e;
    opt.start = pos_in(t, b);
    opt.in_brackets = true;
    Pos brace = pos_in(t, b - 1);
    DepthGuard g(*this);
    std::vector<Token> saved = std::move(toks_);
    size_t saved_p = p_;
    size_t saved_far = furthest_;
    bool saved_f = in_fstring_;
    toks_ = lex::tokenize(src_, opt);
    p_ = 0;
    in_fstring_ = true;
    struct Restore {
      Parser& ps;
      std::vector<Token>& saved;
      size_t saved_p;
      size_t saved_far;
      bool saved_f;
      ~Restore() {
        ps.toks_ = std::move(saved);
        ps.p_ = saved_p;
        ps.furthest_ = saved_far;
        ps.in_fstring_ = saved_f;
      }
    } restore{*this, saved, saved_p, saved_far, saved_f};
    furthest_ = 0;
    if (toks_.back().kind == T::Error && toks_.size() == 1) fail_here();
    ExprP v = parse_group_contents(brace, true);
    if (!at(T::End)) fail_here();
    return v;
  }
};

// ---- dump -------------------------------------------------------------------

void quote(std::string& o, const std::string& s, bool bytes) {
  o += '"';
  for (unsigned char c : s) {
    if (c == '\\' || c == '"') {
      o += '\\';
      o += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      o += buf;
    } else {
      o += static_cast<char>(c);
    }
  }
  o += '"';
}

const char* binop_name(BinOp b) {
  static const char* const n[] = {"Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow",
                                  "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "MatMult"};
  return n[static_cast<int>(b)];
}
const char* unop_name(UnaryOp u) {
  static const char* const n[] = {"USub", "UAdd", "Not", "Invert"};
  return n[static_cast<int>(u)];
}
const char* cmp_name(CmpOp c) {
  static const char* const n[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return n[static_cast<int>(c)];
}
const char* ctx_name(Ctx c) {
  static const char* const n[] = {"Load", "Store", "Del"};
  return n[static_cast<int>(c)];
}

void dump_expr(std::string& o, const Expr* e);

// Decimal digits of an integer literal of any size ("0xFF_FF", "1_000").
std::string literal_to_decimal(const std::string& lit) {
  int base = 10;
  size_t i = 0;
  if (lit.size() > 1 && lit[0] == '0') {
    char k = static_cast<char>(lit[1] | 0x20);
    if (k == 'x') base = 16;
    else if (k == 'o') base = 8;
    else if (k == 'b') base = 2;
    if (base != 10) i = 2;
  }
  std::vector<int> dec{0};  // little-endian decimal digits
  for (; i < lit.size(); ++i) {
    char c = lit[i];
    if (c == '_') continue;
    int d = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) - 'a' + 10;
    int carry = d;
    for (int& x : dec) {
      int v = x * base + carry;
      x = v % 10;
      carry = v / 10;
    }
    while (carry) {
      dec.push_back(carry % 10);
      carry /= 10;
    }
  }
  while (dec.size() > 1 && dec.back() == 0) dec.pop_back();
  std::string out;
  for (auto it = dec.rbegin(); it != dec.rend(); ++it) out += static_cast<char>('0' + *it);
  return out;
}

void head(std::string& o, const char* kind, Pos p) {
  o += '(';
  o += kind;
  o += '@';
  o += std::to_string(p.line);
  o += ':';
  o += std::to_string(p.col);
}

void dump_list(std::string& o, const std::vector<ExprP>& v) {
  o += " [";
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) o += ' ';
    dump_expr(o, v[i].get());
  }
  o += ']';
}

void dump_gens(std::string& o, const std::vector<Comprehension>& gens) {
  for (auto& g : gens) {
    o += " (comp";
    o += g.is_async ? " async" : "";
    o += ' ';
    dump_expr(o, g.target.get());
    o += ' ';
    dump_expr(o, g.iter.get());
    dump_list(o, g.ifs);
    o += ')';
  }
}

void dump_keywords(std::string& o, const std::vector<Keyword>& kws) {
  o += " [";
  for (size_t i = 0; i < kws.size(); ++i) {
    if (i) o += ' ';
    head(o, "kw", kws[i].pos);
    o += ' ';
    o += kws[i].name.empty() ? "**" : kws[i].name;
    o += ' ';
    dump_expr(o, kws[i].value.get());
    o += ')';
  }
  o += ']';
}

void dump_args(std::string& o, const Arguments& a) {
  auto one = [&](const std::vector<Arg>& v) {
    o += " [";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) o += ' ';
      head(o, "arg", v[i].pos);
      o += ' ';
      o += v[i].name;
      o += ' ';
      dump_expr(o, v[i].annotation.get());
      o += ' ';
      dump_expr(o, v[i].default_.get());
      o += ')';
    }
    o += ']';
  };
  o += "(args";
  one(a.posonly);
  one(a.args);
  o += a.has_vararg ? " *" + a.vararg : std::string(" -");
  one(a.kwonly);
  o += a.has_kwarg ? " **" + a.kwarg : std::string(" -");
  o += ')';
}

void dump_expr(std::string& o, const Expr* e) {
  if (!e) {
    o += '-';
    return;
  }
  static const char* const names[] = {
      "Name", "Int", "Float", "Str", "Bytes", "True", "False", "None", "Ellipsis", "JoinedStr", "FormattedValue",
      "BinOp", "UnaryOp", "BoolOp", "Compare", "Call", "Attribute", "Subscript", "Slice", "List", "Tuple", "Set",
      "Dict", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Lambda", "IfExp", "Await", "Yield", "YieldFrom",
      "Starred", "NamedExpr"};
  head(o, names[static_cast<int>(e->kind)], e->pos);
  auto sub = [&](const Expr* x) {
    o += ' ';
    dump_expr(o, x);
  };
  switch (e->kind) {
    case EK::Name: o += ' ' + e->s + ' ' + ctx_name(e->ctx); break;
    case EK::Int: o += ' ' + (e->s.empty() ? std::to_string(e->i) : literal_to_decimal(e->s)); break;
    case EK::Float: {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.17g", e->f);
      o += ' ';
      o += buf;
      break;
    }
    case EK::Str: o += ' '; quote(o, e->s, false); break;
    case EK::Bytes: o += ' '; quote(o, e->s, true); break;
    case EK::True: case EK::False: case EK::None: case EK::Ellipsis: break;
    case EK::JoinedStr: dump_list(o, e->elts); break;
    case EK::FormattedValue:
      o += ' ';
      o += e->conv ? e->conv : '-';
      sub(e->a.get());
      sub(e->b.get());
      break;
    case EK::BinOp: o += ' '; o += binop_name(e->binop); sub(e->a.get()); sub(e->b.get()); break;
    case EK::UnaryOp: o += ' '; o += unop_name(e->unop); sub(e->a.get()); break;
    case EK::BoolOp: o += e->is_and ? " And" : " Or"; dump_list(o, e->elts); break;
    case EK::Compare:
      sub(e->a.get());
      for (size_t i = 0; i < e->cmps.size(); ++i) {
        o += ' ';
        o += cmp_name(e->cmps[i]);
        sub(e->elts[i].get());
      }
      break;
    case EK::Call: sub(e->a.get()); dump_list(o, e->elts); dump_keywords(o, e->keywords); break;
    case EK::Attribute: sub(e->a.get()); o += ' ' + e->s + ' ' + ctx_name(e->ctx); break;
    case EK::Subscript: sub(e->a.get()); sub(e->b.get()); o += ' '; o += ctx_name(e->ctx); break;
    case EK::Slice: sub(e->a.get()); sub(e->b.get()); sub(e->c.get()); break;
    case EK::List: case EK::Tuple: o += ' '; o += ctx_name(e->ctx); dump_list(o, e->elts); break;
    case EK::Set: dump_list(o, e->elts); break;
    case EK::Dict:
      for (size_t i = 0; i < e->elts.size(); ++i) {
        if (e->keys[i]) sub(e->keys[i].get());
        else o += " **";
        sub(e->elts[i].get());
      }
      break;
    case EK::ListComp: case EK::SetComp: case EK::GeneratorExp: sub(e->a.get()); dump_gens(o, e->gens); break;
    case EK::DictComp: sub(e->a.get()); sub(e->b.get()); dump_gens(o, e->gens); break;
    case EK::Lambda: o += ' '; dump_args(o, *e->args); sub(e->a.get()); break;
    case EK::IfExp: sub(e->a.get()); sub(e->b.get()); sub(e->c.get()); break;
    case EK::Await: case EK::Yield: case EK::YieldFrom: sub(e->a.get()); break;
    case EK::Starred: sub(e->a.get()); o += ' '; o += ctx_name(e->ctx); break;
    case EK::NamedExpr: sub(e->a.get()); sub(e->b.get()); break;
  }
  o += ')';
}

void dump_body(std::string& o, const Body& b, int indent);

void dump_stmt(std::string& o, const Stmt& s, int indent) {
  static const char* const names[] = {"Expr", "Assign", "AugAssign", "AnnAssign", "FunctionDef", "ClassDef",
                                      "Return", "Delete", "If", "For", "While", "Break", "Continue", "Pass",
                                      "Try", "Raise", "With", "Global", "Nonlocal", "Import", "ImportFrom", "Assert"};
  o.append(indent * 2, ' ');
  head(o, s.kind == SK::Try && s.is_star ? "TryStar" : names[static_cast<int>(s.kind)], s.pos);
  auto sub = [&](const Expr* x) {
    o += ' ';
    dump_expr(o, x);
  };
  auto block = [&](const char* label, const Body& b) {
    o += '\n';
    o.append(indent * 2 + 1, ' ');
    o += label;
    o += ':';
    dump_body(o, b, indent + 1);
  };
  switch (s.kind) {
    case SK::Expr: sub(s.value.get()); break;
    case SK::Assign: dump_list(o, s.targets); sub(s.value.get()); break;
    case SK::AugAssign: sub(s.target.get()); o += ' '; o += binop_name(s.binop); sub(s.value.get()); break;
    case SK::AnnAssign: sub(s.target.get()); sub(s.annotation.get()); sub(s.value.get()); break;
    case SK::FunctionDef:
      o += ' ' + s.name + (s.is_async ? " async " : " ");
      dump_args(o, *s.args);
      sub(s.returns.get());
      dump_list(o, s.decorators);
      block("body", s.body);
      break;
    case SK::ClassDef:
      o += ' ' + s.name;
      dump_list(o, s.bases);
      dump_keywords(o, s.keywords);
      dump_list(o, s.decorators);
      block("body", s.body);
      break;
    case SK::Return: sub(s.value.get()); break;
    case SK::Delete: dump_list(o, s.targets); break;
    case SK::If: case SK::While:
      sub(s.test.get());
      block("body", s.body);
      block("else", s.orelse);
      break;
    case SK::For:
      o += s.is_async ? " async" : "";
      sub(s.target.get());
      sub(s.iter.get());
      block("body", s.body);
      block("else", s.orelse);
      break;
    case SK::Break: case SK::Continue: case SK::Pass: break;
    case SK::Try:
      block("body", s.body);
      for (auto& h : s.handlers) {
        o += '\n';
        o.append(indent * 2 + 1, ' ');
        head(o, "except", h.pos);
        sub(h.type.get());
        o += ' ';
        o += h.name.empty() ? "-" : h.name;
        o += ')';
        dump_body(o, h.body, indent + 1);
      }
      block("else", s.orelse);
      block("finally", s.finalbody);
      break;
    case SK::Raise: sub(s.value.get()); sub(s.cause.get()); break;
    case SK::With:
      o += s.is_async ? " async" : "";
      for (auto& it : s.items) {
        o += " (item";
        sub(it.context.get());
        sub(it.target.get());
        o += ')';
      }
      block("body", s.body);
      break;
    case SK::Global: case SK::Nonlocal:
      for (auto& n : s.names) o += ' ' + n;
      break;
    case SK::Import: case SK::ImportFrom:
      if (s.kind == SK::ImportFrom) o += ' ' + s.name + ' ' + std::to_string(s.level);
      for (auto& a : s.aliases) {
        o += ' ';
        head(o, "alias", a.pos);
        o += ' ' + a.name + ' ' + (a.asname.empty() ? "-" : a.asname) + ')';
      }
      break;
    case SK::Assert: sub(s.test.get()); sub(s.msg.get()); break;
  }
  o += ')';
}

void dump_body(std::string& o, const Body& b, int indent) {
  for (auto& s : b) {
    o += '\n';
    dump_stmt(o, *s, indent);
  }
}

}  // namespace

bool parse(std::string_view source, ast::Module& out, ast::SyntaxError& err) {
  try {
    std::string text, coding_err;
    if (!lex::decode_source(source, text, coding_err)) {
      err.pos = {1, 1};
      err.message = coding_err;
      return false;
    }
    Parser p(std::move(text));
    return p.run(out, err);
  } catch (const std::bad_alloc&) {
    err.pos = {1, 1};
    err.message = "out of memory while parsing";
    return false;
  }
}

std::string dump_ast(const ast::Module& m) {
  std::string o = "(Module";
  dump_body(o, m.body, 1);
  o += ")\n";
  return o;
}

}  // namespace ts
