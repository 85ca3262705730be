#include "script/compile/compiler.h"

#include <cstring>
#include <map>
#include <set>

#include "script/front/symtable.h"
#include "script/vm/vm.h"

namespace ts::vm {

using namespace ts::ast;

bool is_supported_module(const std::string& name) {
  static const std::set<std::string> mods = {"asyncio", "time", "random", "typing", "functools", "math"};
  return mods.count(name) > 0;
}

namespace {

// What a break/continue/return must unwind on its way out.
struct FBlock {
  enum Type { Loop, TryExcept, TryFinally, FinallyEnd, Handler, HandlerCleanup, With, AsyncWith } type;
  int continue_target = -1;
  std::vector<int> breaks;          // jumps to patch to the loop's end
  const Body* finalbody = nullptr;  // TryFinally: the finally body to inline
  bool has_name = false;            // HandlerCleanup: `except E as name`
  bool is_for = false;              // Loop: a for loop (its iterator is on the stack)
  std::string name;
};

struct Unit {
  Ref<Code> code;
  Scope* scope = nullptr;
  std::vector<FBlock> fblocks;
  std::map<std::string, int> varmap, cellmap, namemap, constmap;
  Pos pos;
};

class Compiler {
 public:
  Compiler(SymbolTable& st, CompileError& err, const std::string& filename)
      : st_(st), err_(err), filename_(filename) {}

  Ref<Code> module(const ast::Module& m) {
    enter(st_.module(), "<module>", "<module>", CO_MODULE, Pos{1, 1});
    body(m.body);
    load_const(Value::none());
    emit(Op::RETURN_VALUE);
    return failed_ ? Ref<Code>() : leave();
  }

 private:
  SymbolTable& st_;
  CompileError& err_;
  std::string filename_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  bool failed_ = false;
  std::vector<std::string> qual_;  // qualname stack

  // ---- errors ----
  void fail(Pos p, const std::string& m) {
    if (failed_) return;
    failed_ = true;
    err_.pos = p;
    err_.message = m;
  }
  void unsupported(Pos p, const std::string& what) {
    fail(p, what + " not supported in Turnstile scenarios");
  }

  // ---- units ----
  void enter(Scope* s, const std::string& name, const std::string& qualname, uint32_t flags, Pos pos) {
    units_.push_back(std::make_unique<Unit>());
    u_ = units_.back().get();
    u_->scope = s;
    u_->code = make<Code>();
    u_->code->name = name;
    u_->code->qualname = qualname;
    u_->code->filename = filename_;
    u_->code->flags = flags;
    u_->code->firstline = pos.line;
    u_->pos = pos;
    // cells first (sorted, deterministic), then frees
    for (auto& c : s->cells) {
      u_->cellmap[c] = (int)u_->code->cellvars.size();
      u_->code->cellvars.push_back(c);
    }
  }
  void finish_cells() {
    for (auto& f : u_->scope->frees) {
      if (u_->cellmap.count(f)) continue;
      u_->cellmap[f] = (int)(u_->code->cellvars.size() + u_->code->freevars.size());
      u_->code->freevars.push_back(f);
    }
  }
  Ref<Code> leave() {
    Ref<Code> c = u_->code;
    // parameters that are cells start as cells
    for (auto& cv : c->cellvars) {
      int idx = -1;
      for (size_t i = 0; i < c->varnames.size(); i++)
        if (c->varnames[i] == cv) idx = (int)i;
      c->cell_param.push_back(idx);
    }
    units_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
    return c;
  }

  // ---- emission ----
  int emit(Op op, uint32_t arg = 0) {
    u_->code->code.push_back(Instr{op, arg});
    u_->code->lines.push_back(u_->pos.line);
    u_->code->cols.push_back(u_->pos.col);
    return (int)u_->code->code.size() - 1;
  }
  int here() const { return (int)u_->code->code.size(); }
  void patch(int at, int target) { u_->code->code[at].arg = (uint32_t)target; }
  void patch_here(int at) { patch(at, here()); }

  int const_index(const Value& v, const std::string& key) {
    auto it = u_->constmap.find(key);
    if (it != u_->constmap.end()) return it->second;
    int i = (int)u_->code->consts.size();
    u_->code->consts.push_back(v);
    u_->constmap[key] = i;
    return i;
  }
  void load_const(const Value& v) {
    std::string key;
    switch (v.tag) {
      case Value::None: key = "N"; break;
      case Value::Bool: key = v.b ? "T" : "F"; break;
      case Value::Int: key = "i" + std::to_string(v.i); break;
      case Value::Float: {
        char buf[32];
        uint64_t bits;
        std::memcpy(&bits, &v.f, 8);
        snprintf(buf, sizeof buf, "f%llx", (unsigned long long)bits);
        key = buf;
        break;
      }
      case Value::Object: {
        if (auto* s = as<Str>(v)) key = "s" + s->s;
        else key = "o" + std::to_string(u_->code->consts.size()) + "#" + std::to_string((uintptr_t)v.o);
        break;
      }
    }
    emit(Op::LOAD_CONST, (uint32_t)const_index(v, key));
  }
  void load_str(const std::string& s) { load_const(mkstr(s)); }
  int name_index(const std::string& n) {
    auto it = u_->namemap.find(n);
    if (it != u_->namemap.end()) return it->second;
    int i = (int)u_->code->names.size();
    u_->code->names.push_back(make<Str>(n));
    u_->namemap[n] = i;
    return i;
  }
  int var_index(const std::string& n) {
    auto it = u_->varmap.find(n);
    if (it != u_->varmap.end()) return it->second;
    int i = (int)u_->code->varnames.size();
    u_->code->varnames.push_back(n);
    u_->varmap[n] = i;
    return i;
  }

  // ---- names ----
  enum class Access { Load, Store, Del };
  void name_op(const std::string& n, Access acc, Pos p) {
    u_->pos = p;
    NameKind k = u_->scope->kind_of(n);
    bool module = u_->scope->type == Scope::Module;
    bool cls = u_->scope->type == Scope::Class;
    switch (k) {
      case NameKind::Local:
        emit(acc == Access::Load ? Op::LOAD_FAST : acc == Access::Store ? Op::STORE_FAST : Op::DELETE_FAST,
             (uint32_t)var_index(n));
        return;
      case NameKind::Cell:
      case NameKind::Free: {
        auto it = u_->cellmap.find(n);
        if (it == u_->cellmap.end()) {
          finish_cells();
          it = u_->cellmap.find(n);
        }
        emit(acc == Access::Load ? Op::LOAD_DEREF : acc == Access::Store ? Op::STORE_DEREF : Op::DELETE_DEREF,
             (uint32_t)it->second);
        return;
      }
      case NameKind::GlobalExplicit:
        emit(acc == Access::Load ? Op::LOAD_GLOBAL : acc == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
             (uint32_t)name_index(n));
        return;
      case NameKind::GlobalImplicit:
        if (module || !cls) {
          emit(acc == Access::Load ? Op::LOAD_GLOBAL : acc == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
               (uint32_t)name_index(n));
          return;
        }
        [[fallthrough]];
      case NameKind::ClassLocal:
        emit(acc == Access::Load ? Op::LOAD_NAME : acc == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME,
             (uint32_t)name_index(n));
        return;
    }
  }

  // ---- statements ----
  void body(const Body& b) {
    for (auto& s : b) {
      if (failed_) return;
      stmt(*s);
    }
  }

  void stmt(const Stmt& s) {
    u_->pos = s.pos;
    switch (s.kind) {
      case SK::Expr:
        expr(*s.value);
        emit(Op::POP_TOP);
        break;
      case SK::Assign:
        expr(*s.value);
        for (size_t i = 0; i < s.targets.size(); i++) {
          if (i + 1 < s.targets.size()) emit(Op::DUP_TOP);
          store(*s.targets[i]);
        }
        break;
      case SK::AugAssign: aug_assign(s); break;
      case SK::AnnAssign:
        if (s.value) {
          expr(*s.value);
          store(*s.target);
        }
        break;
      case SK::FunctionDef: function_def(s); break;
      case SK::ClassDef: class_def(s); break;
      case SK::Return: {
        if (u_->scope->type != Scope::Function) return fail(s.pos, "'return' outside function");
        if (s.value) expr(*s.value);
        else load_const(Value::none());
        unwind_all(true);
        u_->pos = s.pos;
        emit(Op::RETURN_VALUE);
        break;
      }
      case SK::Delete:
        for (auto& t : s.targets) del(*t);
        break;
      case SK::If: if_stmt(s); break;
      case SK::While: while_stmt(s); break;
      case SK::For: for_stmt(s); break;
      case SK::Break: break_continue(s, true); break;
      case SK::Continue: break_continue(s, false); break;
      case SK::Pass: break;
      case SK::Try:
        if (!s.finalbody.empty()) try_finally(s);
        else try_except(s);
        break;
      case SK::Raise:
        if (s.value) {
          expr(*s.value);
          if (s.cause) {
            expr(*s.cause);
            u_->pos = s.pos;
            emit(Op::RAISE_VARARGS, 2);
          } else {
            u_->pos = s.pos;
            emit(Op::RAISE_VARARGS, 1);
          }
        } else {
          emit(Op::RAISE_VARARGS, 0);
        }
        break;
      case SK::With: with_stmt(s, 0); break;
      case SK::Global:
      case SK::Nonlocal: break;
      case SK::Import:
        for (auto& a : s.aliases) {
          std::string top = a.name.substr(0, a.name.find('.'));
          if (!is_supported_module(a.name)) return fail(a.pos, "module '" + a.name + "' is not available in Turnstile scenarios (available: asyncio, time, random, typing, functools, math)");
          u_->pos = a.pos;
          emit(Op::IMPORT_NAME, (uint32_t)name_index(a.name));
          name_op(a.asname.empty() ? top : a.asname, Access::Store, a.pos);
        }
        break;
      case SK::ImportFrom: {
        if (s.level > 0) return unsupported(s.pos, "relative imports are");
        if (!is_supported_module(s.name)) return fail(s.pos, "module '" + s.name + "' is not available in Turnstile scenarios (available: asyncio, time, random, typing, functools, math)");
        emit(Op::IMPORT_NAME, (uint32_t)name_index(s.name));
        for (auto& a : s.aliases) {
          if (a.name == "*") return unsupported(a.pos, "'from ... import *' is");
          u_->pos = a.pos;
          emit(Op::IMPORT_FROM, (uint32_t)name_index(a.name));
          name_op(a.asname.empty() ? a.name : a.asname, Access::Store, a.pos);
        }
        emit(Op::POP_TOP);
        break;
      }
      case SK::Assert: {
        expr(*s.test);
        int j = emit(Op::POP_JUMP_IF_TRUE);
        u_->pos = s.pos;
        emit(Op::LOAD_ASSERTION_ERROR);
        if (s.msg) {
          expr(*s.msg);
          emit(Op::CALL, 1);
        }
        emit(Op::RAISE_VARARGS, 1);
        patch_here(j);
        break;
      }
    }
  }

  void aug_assign(const Stmt& s) {
    const Expr& t = *s.target;
    switch (t.kind) {
      case EK::Name:
        name_op(t.s, Access::Load, t.pos);
        expr(*s.value);
        u_->pos = s.pos;
        emit(Op::INPLACE_OP, (uint32_t)s.binop);
        name_op(t.s, Access::Store, t.pos);
        break;
      case EK::Attribute:
        expr(*t.a);
        emit(Op::DUP_TOP);
        u_->pos = t.pos;
        emit(Op::LOAD_ATTR, (uint32_t)name_index(t.s));
        expr(*s.value);
        u_->pos = s.pos;
        emit(Op::INPLACE_OP, (uint32_t)s.binop);
        emit(Op::ROT_TWO);
        emit(Op::STORE_ATTR, (uint32_t)name_index(t.s));
        break;
      case EK::Subscript:
        expr(*t.a);
        subscript_index(t);
        emit(Op::DUP_TOP_TWO);
        u_->pos = t.pos;
        emit(Op::BINARY_SUBSCR);
        expr(*s.value);
        u_->pos = s.pos;
        emit(Op::INPLACE_OP, (uint32_t)s.binop);
        emit(Op::ROT_THREE);
        emit(Op::STORE_SUBSCR);
        break;
      default: fail(t.pos, "'" + std::string("expression") + "' is an illegal expression for augmented assignment");
    }
  }

  void store(const Expr& t) {
    u_->pos = t.pos;
    switch (t.kind) {
      case EK::Name: name_op(t.s, Access::Store, t.pos); break;
      case EK::Attribute:
        expr(*t.a);
        u_->pos = t.pos;
        emit(Op::STORE_ATTR, (uint32_t)name_index(t.s));
        break;
      case EK::Subscript:
        expr(*t.a);
        subscript_index(t);
        u_->pos = t.pos;
        emit(Op::STORE_SUBSCR);
        break;
      case EK::Tuple:
      case EK::List: {
        int star = -1;
        for (size_t i = 0; i < t.elts.size(); i++)
          if (t.elts[i]->kind == EK::Starred) {
            if (star >= 0) return fail(t.elts[i]->pos, "multiple starred expressions in assignment");
            star = (int)i;
          }
        if (star < 0) {
          emit(Op::UNPACK_SEQUENCE, (uint32_t)t.elts.size());
        } else {
          uint32_t before = (uint32_t)star, after = (uint32_t)(t.elts.size() - star - 1);
          emit(Op::UNPACK_EX, before | (after << 8));
        }
        for (auto& e : t.elts) store(e->kind == EK::Starred ? *e->a : *e);
        break;
      }
      case EK::Starred: fail(t.pos, "starred assignment target must be in a list or tuple"); break;
      default: fail(t.pos, "cannot assign to " + describe(t)); break;
    }
  }

  void del(const Expr& t) {
    u_->pos = t.pos;
    switch (t.kind) {
      case EK::Name: name_op(t.s, Access::Del, t.pos); break;
      case EK::Attribute:
        expr(*t.a);
        emit(Op::DELETE_ATTR, (uint32_t)name_index(t.s));
        break;
      case EK::Subscript:
        expr(*t.a);
        subscript_index(t);
        emit(Op::DELETE_SUBSCR);
        break;
      case EK::Tuple:
      case EK::List:
        for (auto& e : t.elts) del(*e);
        break;
      default: fail(t.pos, "cannot delete " + describe(t));
    }
  }

  static std::string describe(const Expr& e) {
    switch (e.kind) {
      case EK::Call: return "function call";
      case EK::Int: case EK::Float: case EK::Str: case EK::True: case EK::False: case EK::None: return "literal";
      case EK::BinOp: case EK::UnaryOp: case EK::BoolOp: return "expression";
      case EK::Compare: return "comparison";
      case EK::Lambda: return "lambda";
      case EK::Await: return "await expression";
      case EK::IfExp: return "conditional expression";
      default: return "expression";
    }
  }

  // Builds a function object from a def or lambda: defaults, kwdefaults,
  // closure, then MAKE_FUNCTION.
  void make_function(Scope* sc, Ref<Code> code, const Arguments& args) {
    uint32_t flags = 0;
    std::vector<const Arg*> pos;
    for (auto& a : args.posonly) pos.push_back(&a);
    for (auto& a : args.args) pos.push_back(&a);
    int ndef = 0;
    for (auto* a : pos) {
      if (a->default_) {
        expr(*a->default_);
        ndef++;
      }
    }
    if (ndef) {
      emit(Op::BUILD_TUPLE, (uint32_t)ndef);
      flags |= 1;
    }
    int nkw = 0;
    for (auto& a : args.kwonly)
      if (a.default_) {
        load_str(a.name);
        expr(*a.default_);
        nkw++;
      }
    if (nkw) {
      emit(Op::BUILD_MAP, (uint32_t)nkw);
      flags |= 2;
    }
    if (!code->freevars.empty()) {
      for (auto& f : code->freevars) {
        auto it = u_->cellmap.find(f);
        if (it == u_->cellmap.end()) {
          finish_cells();
          it = u_->cellmap.find(f);
        }
        if (it == u_->cellmap.end()) return fail(sc->pos, "internal error: free variable '" + f + "' not found");
        emit(Op::LOAD_CLOSURE, (uint32_t)it->second);
      }
      emit(Op::BUILD_TUPLE, (uint32_t)code->freevars.size());
      flags |= 8;
    }
    load_const(Value::object(code));
    emit(Op::MAKE_FUNCTION, flags);
  }

  void setup_params(const Arguments& args) {
    Code& c = *u_->code;
    for (auto& a : args.posonly) var_index(a.name);
    for (auto& a : args.args) var_index(a.name);
    for (auto& a : args.kwonly) var_index(a.name);
    c.posonlycount = (int)args.posonly.size();
    c.argcount = (int)(args.posonly.size() + args.args.size());
    c.kwonlycount = (int)args.kwonly.size();
    if (args.has_vararg) {
      var_index(args.vararg);
      c.flags |= CO_VARARGS;
    }
    if (args.has_kwarg) {
      var_index(args.kwarg);
      c.flags |= CO_VARKEYWORDS;
    }
    // Check duplicates
    std::set<std::string> seen;
    for (auto* v : {&args.posonly, &args.args, &args.kwonly})
      for (auto& a : *v) {
        if (!seen.insert(a.name).second) fail(a.pos, "duplicate argument '" + a.name + "' in function definition");
      }
  }

  std::string qualname(const std::string& name) {
    std::string q;
    for (auto& p : qual_) q += p + ".";
    return q + name;
  }

  void function_def(const Stmt& s) {
    for (auto& d : s.decorators) expr(*d);
    Scope* sc = st_.scope_for(&s);
    std::string qn = qualname(s.name);
    enter(sc, s.name, qn, s.is_async ? CO_COROUTINE : 0, s.pos);
    setup_params(*s.args);
    finish_cells();
    qual_.push_back(s.name);
    qual_.push_back("<locals>");
    body(s.body);
    qual_.pop_back();
    qual_.pop_back();
    load_const(Value::none());
    emit(Op::RETURN_VALUE);
    Ref<Code> code = leave();
    u_->pos = s.pos;
    make_function(sc, code, *s.args);
    for (size_t i = 0; i < s.decorators.size(); i++) emit(Op::CALL, 1);
    name_op(s.name, Access::Store, s.pos);
  }

  void class_def(const Stmt& s) {
    for (auto& k : s.keywords)
      if (k.name == "metaclass") return unsupported(k.pos, "metaclasses are");
    for (auto& d : s.decorators) expr(*d);
    Scope* sc = st_.scope_for(&s);
    std::string qn = qualname(s.name);
    enter(sc, s.name, qn, CO_CLASS_BODY, s.pos);
    finish_cells();
    qual_.push_back(s.name);
    name_op("__name__", Access::Load, s.pos);
    name_op("__module__", Access::Store, s.pos);
    load_str(qn);
    name_op("__qualname__", Access::Store, s.pos);
    body(s.body);
    qual_.pop_back();
    load_const(Value::none());
    emit(Op::RETURN_VALUE);
    Ref<Code> code = leave();
    u_->pos = s.pos;
    emit(Op::LOAD_BUILD_CLASS);
    Arguments none;
    make_function(sc, code, none);
    load_str(s.name);
    for (auto& b : s.bases) {
      if (b->kind == EK::Starred) return unsupported(b->pos, "starred base classes are");
      expr(*b);
    }
    if (!s.keywords.empty()) return unsupported(s.keywords[0].pos, "class keyword arguments are");
    emit(Op::CALL, (uint32_t)(2 + s.bases.size()));
    for (size_t i = 0; i < s.decorators.size(); i++) emit(Op::CALL, 1);
    name_op(s.name, Access::Store, s.pos);
  }

  void if_stmt(const Stmt& s) {
    expr(*s.test);
    int jf = emit(Op::POP_JUMP_IF_FALSE);
    body(s.body);
    if (!s.orelse.empty()) {
      int je = emit(Op::JUMP);
      patch_here(jf);
      body(s.orelse);
      patch_here(je);
    } else {
      patch_here(jf);
    }
  }

  void while_stmt(const Stmt& s) {
    int top = here();
    expr(*s.test);
    int jf = emit(Op::POP_JUMP_IF_FALSE);
    u_->fblocks.push_back(FBlock{FBlock::Loop});
    u_->fblocks.back().continue_target = top;
    body(s.body);
    emit(Op::JUMP, (uint32_t)top);
    FBlock fb = std::move(u_->fblocks.back());
    u_->fblocks.pop_back();
    patch_here(jf);
    body(s.orelse);
    for (int b : fb.breaks) patch_here(b);
  }

  void for_stmt(const Stmt& s) {
    if (s.is_async) return unsupported(s.pos, "'async for' is");
    expr(*s.iter);
    u_->pos = s.pos;
    emit(Op::GET_ITER);
    int top = here();
    int fi = emit(Op::FOR_ITER);
    store(*s.target);
    u_->fblocks.push_back(FBlock{FBlock::Loop});
    u_->fblocks.back().continue_target = top;
    u_->fblocks.back().is_for = true;
    body(s.body);
    emit(Op::JUMP, (uint32_t)top);
    FBlock fb = std::move(u_->fblocks.back());
    u_->fblocks.pop_back();
    patch_here(fi);
    body(s.orelse);
    for (int b : fb.breaks) patch_here(b);
  }

  // Emits the code that leaves fblock `fb` early (return, break, continue).
  // `preserve_tos`: a return value sits on top of the stack.
  void unwind_one(FBlock& fb, bool preserve_tos) {
    switch (fb.type) {
      case FBlock::Loop:
        if (!fb.is_for) break;
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);  // the for loop's iterator
        break;
      case FBlock::TryExcept:
        emit(Op::POP_BLOCK);
        break;
      case FBlock::TryFinally: {
        emit(Op::POP_BLOCK);
        // Inline the finally body; it must not see this fblock again.
        FBlock saved = fb;
        const Body* fin = fb.finalbody;
        std::vector<FBlock> rest(u_->fblocks.begin(), u_->fblocks.end());
        // The finally body runs in the context of the blocks outside this one.
        size_t idx = &fb - u_->fblocks.data();
        std::vector<FBlock> outer(u_->fblocks.begin(), u_->fblocks.begin() + idx);
        u_->fblocks = outer;
        body(*fin);
        u_->fblocks = rest;
        (void)saved;
        break;
      }
      case FBlock::FinallyEnd:
        // inside the exceptional copy of a finally body: [exc] below
        emit(Op::POP_BLOCK);
        emit(Op::POP_EXCEPT);
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        break;
      case FBlock::Handler:
        break;
      case FBlock::HandlerCleanup:
        if (fb.has_name) emit(Op::POP_BLOCK);  // the block that clears the name
        emit(Op::POP_BLOCK);
        emit(Op::POP_EXCEPT);
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        if (fb.has_name) {
          load_const(Value::none());
          name_op(fb.name, Access::Store, u_->pos);
          name_op(fb.name, Access::Del, u_->pos);
        }
        break;
      case FBlock::With:
      case FBlock::AsyncWith:
        emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::ROT_TWO);
        load_const(Value::none());
        load_const(Value::none());
        load_const(Value::none());
        emit(Op::CALL, 3);
        if (fb.type == FBlock::AsyncWith) {
          emit(Op::GET_AWAITABLE);
          emit(Op::AWAIT);
        }
        emit(Op::POP_TOP);
        break;
    }
  }

  void unwind_all(bool preserve_tos) {
    for (int i = (int)u_->fblocks.size() - 1; i >= 0; i--) {
      if (failed_) return;
      unwind_one(u_->fblocks[i], preserve_tos);
    }
  }

  void break_continue(const Stmt& s, bool is_break) {
    int loop = -1;
    for (int i = (int)u_->fblocks.size() - 1; i >= 0; i--)
      if (u_->fblocks[i].type == FBlock::Loop) {
        loop = i;
        break;
      }
    if (loop < 0) return fail(s.pos, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    for (int i = (int)u_->fblocks.size() - 1; i > loop; i--) unwind_one(u_->fblocks[i], false);
    if (is_break) {
      // the for-loop iterator is popped by jumping past FOR_ITER's exit? No:
      // FOR_ITER pops it only when exhausted, so pop it here.
      if (u_->fblocks[loop].is_for) emit(Op::POP_TOP);
      int j = emit(Op::JUMP);
      u_->fblocks[loop].breaks.push_back(j);
    } else {
      emit(Op::JUMP, (uint32_t)u_->fblocks[loop].continue_target);
    }
  }

  void try_except(const Stmt& s) {
    int setup = emit(Op::SETUP_FINALLY);
    u_->fblocks.push_back(FBlock{FBlock::TryExcept});
    body(s.body);
    u_->fblocks.pop_back();
    emit(Op::POP_BLOCK);
    int jelse = emit(Op::JUMP);
    patch_here(setup);
    // [exc]
    emit(Op::PUSH_EXC_INFO);
    int cleanup = emit(Op::SETUP_FINALLY);
    std::vector<int> ends;
    for (size_t i = 0; i < s.handlers.size(); i++) {
      auto& h = s.handlers[i];
      u_->pos = h.pos;
      int jnext = -1;
      if (h.type) {
        expr(*h.type);
        emit(Op::CHECK_EXC_MATCH);
        jnext = emit(Op::POP_JUMP_IF_FALSE);
      } else if (i + 1 < s.handlers.size()) {
        return fail(h.pos, "default 'except:' must be last");
      }
      if (!h.name.empty()) {
        emit(Op::DUP_TOP);
        name_op(h.name, Access::Store, h.pos);
      }
      FBlock fb{FBlock::HandlerCleanup};
      fb.has_name = !h.name.empty();
      fb.name = h.name;
      u_->fblocks.push_back(fb);
      if (!h.name.empty()) {
        // try: body finally: name = None; del name
        int inner = emit(Op::SETUP_FINALLY);
        FBlock nb{FBlock::TryFinally};
        static const Body empty;
        nb.finalbody = &empty;
        body(h.body);
        emit(Op::POP_BLOCK);
        int jok = emit(Op::JUMP);
        patch_here(inner);
        // exception inside handler body: clear the name, re-raise
        load_const(Value::none());
        name_op(h.name, Access::Store, h.pos);
        name_op(h.name, Access::Del, h.pos);
        emit(Op::RERAISE);
        patch_here(jok);
      } else {
        body(h.body);
      }
      u_->fblocks.pop_back();
      emit(Op::POP_BLOCK);  // the cleanup block
      emit(Op::POP_EXCEPT);
      emit(Op::POP_TOP);    // the exception
      if (!h.name.empty()) {
        load_const(Value::none());
        name_op(h.name, Access::Store, h.pos);
        name_op(h.name, Access::Del, h.pos);
      }
      ends.push_back(emit(Op::JUMP));
      if (jnext >= 0) patch_here(jnext);
    }
    // no handler matched: re-raise (caught by the cleanup block)
    emit(Op::RERAISE);
    patch_here(cleanup);
    emit(Op::POP_EXCEPT_AND_RERAISE);
    patch_here(jelse);
    body(s.orelse);
    for (int e : ends) patch_here(e);
  }

  void try_finally(const Stmt& s) {
    int setup = emit(Op::SETUP_FINALLY);
    FBlock fb{FBlock::TryFinally};
    fb.finalbody = &s.finalbody;
    u_->fblocks.push_back(fb);
    if (!s.handlers.empty()) {
      try_except(s);  // the try/except/else part, inside the try/finally
    } else {
      body(s.body);
    }
    u_->fblocks.pop_back();
    emit(Op::POP_BLOCK);
    body(s.finalbody);
    int jend = emit(Op::JUMP);
    patch_here(setup);
    // exceptional path: [exc]
    emit(Op::PUSH_EXC_INFO);
    int cleanup = emit(Op::SETUP_FINALLY);
    u_->fblocks.push_back(FBlock{FBlock::FinallyEnd});
    body(s.finalbody);
    u_->fblocks.pop_back();
    emit(Op::RERAISE);
    patch_here(cleanup);
    emit(Op::POP_EXCEPT_AND_RERAISE);
    patch_here(jend);
  }


  void with_stmt(const Stmt& s, size_t item) {
    if (item >= s.items.size()) {
      body(s.body);
      return;
    }
    auto& it = s.items[item];
    bool async = s.is_async;
    if (async && !in_async()) return fail(s.pos, "'async with' outside async function");
    expr(*it.context);
    u_->pos = s.pos;
    if (async) {
      emit(Op::BEFORE_ASYNC_WITH);
      emit(Op::GET_AWAITABLE);
      emit(Op::AWAIT);
    } else {
      emit(Op::BEFORE_WITH);
    }
    // [exit, enter-result]: bind the target first so the handler block's
    // stack depth holds just the exit method.
    if (it.target) store(*it.target);
    else emit(Op::POP_TOP);
    u_->pos = s.pos;
    int setup = emit(Op::SETUP_FINALLY);
    u_->fblocks.push_back(FBlock{async ? FBlock::AsyncWith : FBlock::With});
    with_stmt(s, item + 1);
    u_->fblocks.pop_back();
    u_->pos = s.pos;
    emit(Op::POP_BLOCK);
    load_const(Value::none());
    load_const(Value::none());
    load_const(Value::none());
    emit(Op::CALL, 3);
    if (async) {
      emit(Op::GET_AWAITABLE);
      emit(Op::AWAIT);
    }
    emit(Op::POP_TOP);
    int jend = emit(Op::JUMP);
    patch_here(setup);
    // [exit, exc]
    emit(Op::PUSH_EXC_INFO);
    int cleanup = emit(Op::SETUP_FINALLY);
    emit(Op::WITH_EXCEPT_START);
    emit(Op::CALL, 3);
    if (async) {
      emit(Op::GET_AWAITABLE);
      emit(Op::AWAIT);
    }
    int jsup = emit(Op::POP_JUMP_IF_TRUE);
    emit(Op::RERAISE);
    patch_here(jsup);
    emit(Op::POP_BLOCK);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emit(Op::POP_TOP);
    int jend2 = emit(Op::JUMP);
    patch_here(cleanup);
    emit(Op::POP_EXCEPT_AND_RERAISE);
    patch_here(jend);
    patch_here(jend2);
  }

  bool in_async() const {
    return u_->scope->type == Scope::Function && u_->scope->is_async && (u_->code->flags & CO_COROUTINE);
  }

  // ---- expressions ----
  void subscript_index(const Expr& t) {
    const Expr& idx = *t.b;
    if (idx.kind == EK::Slice) {
      slice(idx);
    } else {
      expr(idx);
    }
  }
  void slice(const Expr& s) {
    if (s.a) expr(*s.a); else load_const(Value::none());
    if (s.b) expr(*s.b); else load_const(Value::none());
    if (s.c) {
      expr(*s.c);
      emit(Op::BUILD_SLICE, 3);
    } else {
      emit(Op::BUILD_SLICE, 2);
    }
  }

  bool has_starred(const std::vector<ExprP>& v) {
    for (auto& e : v)
      if (e->kind == EK::Starred) return true;
    return false;
  }

  // Builds a list (or tuple when as_tuple) from elements that may be starred.
  void starred_sequence(const std::vector<ExprP>& elts, bool as_tuple) {
    emit(Op::BUILD_LIST, 0);
    for (auto& e : elts) {
      if (e->kind == EK::Starred) {
        expr(*e->a);
        emit(Op::LIST_EXTEND, 0);
      } else {
        expr(*e);
        emit(Op::LIST_APPEND, 0);
      }
    }
    if (as_tuple) emit(Op::LIST_TO_TUPLE);
  }

  void expr(const Expr& e) {
    if (failed_) return;
    Pos saved = u_->pos;
    u_->pos = e.pos;
    switch (e.kind) {
      case EK::Name:
        if (e.ctx != Ctx::Load) return fail(e.pos, "internal: name in store context");
        name_op(e.s, Access::Load, e.pos);
        break;
      case EK::Int:
        if (!e.s.empty()) {
          auto r = py::BigInt::parse_literal(e.s);
          if (!r) return fail(e.pos, r.msg);
          load_const(VM::make_int(std::move(r.value)));
        } else {
          load_const(Value::integer(e.i));
        }
        break;
      case EK::Float: load_const(Value::real(e.f)); break;
      case EK::Str: load_str(e.s); break;
      case EK::Bytes: return unsupported(e.pos, "bytes literals are");
      case EK::True: load_const(Value::boolean(true)); break;
      case EK::False: load_const(Value::boolean(false)); break;
      case EK::None: load_const(Value::none()); break;
      case EK::Ellipsis: name_op("Ellipsis", Access::Load, e.pos); break;
      case EK::JoinedStr: {
        int n = 0;
        for (auto& p : e.elts) {
          expr(*p);
          n++;
        }
        if (n == 0) load_str("");
        else if (n > 1 || e.elts[0]->kind != EK::FormattedValue) emit(Op::BUILD_STRING, (uint32_t)n);
        else if (n == 1 && e.elts[0]->kind != EK::FormattedValue) {}
        break;
      }
      case EK::FormattedValue: {
        expr(*e.a);
        uint32_t flags = e.conv == 's' ? 1 : e.conv == 'r' ? 2 : e.conv == 'a' ? 3 : 0;
        if (e.b) {
          expr(*e.b);
          flags |= 4;
        }
        u_->pos = e.pos;
        emit(Op::FORMAT_VALUE, flags);
        break;
      }
      case EK::BinOp:
        expr(*e.a);
        expr(*e.b);
        u_->pos = e.pos;
        emit(Op::BINARY_OP, (uint32_t)e.binop);
        break;
      case EK::UnaryOp:
        expr(*e.a);
        u_->pos = e.pos;
        emit(Op::UNARY_OP, (uint32_t)e.unop);
        break;
      case EK::BoolOp: {
        std::vector<int> js;
        for (size_t i = 0; i < e.elts.size(); i++) {
          expr(*e.elts[i]);
          if (i + 1 < e.elts.size()) js.push_back(emit(e.is_and ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP));
        }
        for (int j : js) patch_here(j);
        break;
      }
      case EK::Compare: {
        expr(*e.a);
        if (e.cmps.size() == 1) {
          expr(*e.elts[0]);
          u_->pos = e.pos;
          emit(Op::COMPARE_OP, (uint32_t)e.cmps[0]);
          break;
        }
        std::vector<int> cleanup;
        for (size_t i = 0; i < e.cmps.size(); i++) {
          expr(*e.elts[i]);
          u_->pos = e.pos;
          if (i + 1 < e.cmps.size()) {
            emit(Op::DUP_TOP);
            emit(Op::ROT_THREE);
            emit(Op::COMPARE_OP, (uint32_t)e.cmps[i]);
            cleanup.push_back(emit(Op::JUMP_IF_FALSE_OR_POP));
          } else {
            emit(Op::COMPARE_OP, (uint32_t)e.cmps[i]);
          }
        }
        int jend = emit(Op::JUMP);
        for (int c : cleanup) patch_here(c);
        emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        patch_here(jend);
        break;
      }
      case EK::Call: call(e); break;
      case EK::Attribute:
        expr(*e.a);
        u_->pos = e.pos;
        emit(Op::LOAD_ATTR, (uint32_t)name_index(e.s));
        break;
      case EK::Subscript:
        expr(*e.a);
        subscript_index(e);
        u_->pos = e.pos;
        emit(Op::BINARY_SUBSCR);
        break;
      case EK::Slice: slice(e); break;
      case EK::List:
        if (has_starred(e.elts)) starred_sequence(e.elts, false);
        else {
          for (auto& x : e.elts) expr(*x);
          emit(Op::BUILD_LIST, (uint32_t)e.elts.size());
        }
        break;
      case EK::Tuple:
        if (has_starred(e.elts)) starred_sequence(e.elts, true);
        else {
          for (auto& x : e.elts) expr(*x);
          emit(Op::BUILD_TUPLE, (uint32_t)e.elts.size());
        }
        break;
      case EK::Set:
        if (has_starred(e.elts)) {
          emit(Op::BUILD_SET, 0);
          for (auto& x : e.elts) {
            if (x->kind == EK::Starred) {
              expr(*x->a);
              emit(Op::SET_UPDATE, 0);
            } else {
              expr(*x);
              emit(Op::SET_ADD, 0);
            }
          }
        } else {
          for (auto& x : e.elts) expr(*x);
          emit(Op::BUILD_SET, (uint32_t)e.elts.size());
        }
        break;
      case EK::Dict: {
        bool unpack = false;
        for (auto& k : e.keys)
          if (!k) unpack = true;
        if (!unpack) {
          for (size_t i = 0; i < e.keys.size(); i++) {
            expr(*e.keys[i]);
            expr(*e.elts[i]);
          }
          emit(Op::BUILD_MAP, (uint32_t)e.keys.size());
        } else {
          emit(Op::BUILD_MAP, 0);
          for (size_t i = 0; i < e.keys.size(); i++) {
            if (!e.keys[i]) {
              expr(*e.elts[i]);
              emit(Op::DICT_UPDATE, 0);
            } else {
              expr(*e.keys[i]);
              expr(*e.elts[i]);
              emit(Op::BUILD_MAP, 1);
              emit(Op::DICT_UPDATE, 0);
            }
          }
        }
        break;
      }
      case EK::ListComp:
      case EK::SetComp:
      case EK::DictComp:
      case EK::GeneratorExp: comprehension(e); break;
      case EK::Lambda: {
        Scope* sc = st_.scope_for(&e);
        enter(sc, "<lambda>", qualname("<lambda>"), 0, e.pos);
        setup_params(*e.args);
        finish_cells();
        qual_.push_back("<lambda>");
        qual_.push_back("<locals>");
        expr(*e.a);
        qual_.pop_back();
        qual_.pop_back();
        emit(Op::RETURN_VALUE);
        Ref<Code> code = leave();
        u_->pos = e.pos;
        make_function(sc, code, *e.args);
        break;
      }
      case EK::IfExp: {
        expr(*e.a);
        int jf = emit(Op::POP_JUMP_IF_FALSE);
        expr(*e.b);
        int je = emit(Op::JUMP);
        patch_here(jf);
        expr(*e.c);
        patch_here(je);
        break;
      }
      case EK::Await:
        if (!in_async()) return fail(e.pos, "'await' outside async function");
        expr(*e.a);
        u_->pos = e.pos;
        emit(Op::GET_AWAITABLE);
        emit(Op::AWAIT);
        break;
      case EK::Yield:
      case EK::YieldFrom: return unsupported(e.pos, "generators ('yield') are");
      case EK::NamedExpr: return unsupported(e.pos, "assignment expressions (':=') are");
      case EK::Starred: return fail(e.pos, "can't use starred expression here");
    }
    u_->pos = saved;
  }

  void call(const Expr& e) {
    bool complex = has_starred(e.elts);
    for (auto& k : e.keywords)
      if (k.name.empty()) complex = true;
    if (complex) {
      expr(*e.a);
      starred_sequence(e.elts, true);
      bool kw = !e.keywords.empty();
      if (kw) {
        emit(Op::BUILD_MAP, 0);
        for (auto& k : e.keywords) {
          if (k.name.empty()) {
            expr(*k.value);
          } else {
            load_str(k.name);
            expr(*k.value);
            emit(Op::BUILD_MAP, 1);
          }
          emit(Op::DICT_MERGE, 0);
        }
      }
      u_->pos = e.pos;
      emit(Op::CALL_EX, kw ? 1 : 0);
      return;
    }
    bool method = e.a->kind == EK::Attribute;
    if (method) {
      expr(*e.a->a);
      u_->pos = e.a->pos;
      emit(Op::LOAD_METHOD, (uint32_t)name_index(e.a->s));
    } else {
      expr(*e.a);
    }
    for (auto& x : e.elts) expr(*x);
    std::vector<Value> names;
    for (auto& k : e.keywords) {
      expr(*k.value);
      names.push_back(mkstr(k.name));
    }
    u_->pos = e.pos;
    uint32_t n = (uint32_t)(e.elts.size() + e.keywords.size());
    if (!names.empty()) {
      std::set<std::string> seen;
      for (auto& k : e.keywords)
        if (!seen.insert(k.name).second) return fail(k.pos, "keyword argument repeated: " + k.name);
      Ref<Tuple> t = make<Tuple>(std::move(names));
      std::string key = "k";
      for (auto& k : e.keywords) key += k.name + ",";
      emit(Op::LOAD_CONST, (uint32_t)const_index(Value::object(t), key));
      emit(method ? Op::CALL_METHOD_KW : Op::CALL_KW, n);
    } else {
      emit(method ? Op::CALL_METHOD : Op::CALL, n);
    }
  }

  void comprehension(const Expr& e) {
    Scope* sc = st_.scope_for(&e);
    const char* nm = e.kind == EK::ListComp ? "<listcomp>" : e.kind == EK::SetComp ? "<setcomp>"
                     : e.kind == EK::DictComp ? "<dictcomp>" : "<genexpr>";
    for (auto& g : e.gens)
      if (g.is_async) return unsupported(e.pos, "'async for' in comprehensions is");
    if (sc->is_async) {
      if (e.kind == EK::GeneratorExp) return unsupported(e.pos, "'await' inside a generator expression is");
      if (!in_async()) return fail(e.pos, "asynchronous comprehension outside of an asynchronous function");
    }
    enter(sc, nm, qualname(nm), sc->is_async ? CO_COROUTINE : 0, e.pos);
    u_->code->argcount = 1;
    var_index(".0");
    finish_cells();
    qual_.push_back(nm);
    qual_.push_back("<locals>");
    // Generator expressions are evaluated eagerly into a list (documented).
    if (e.kind == EK::SetComp) emit(Op::BUILD_SET, 0);
    else if (e.kind == EK::DictComp) emit(Op::BUILD_MAP, 0);
    else emit(Op::BUILD_LIST, 0);
    comp_gen(e, 0);
    qual_.pop_back();
    qual_.pop_back();
    emit(Op::RETURN_VALUE);
    Ref<Code> code = leave();
    u_->pos = e.pos;
    Arguments none;
    make_function(sc, code, none);
    expr(*e.gens[0].iter);
    emit(Op::GET_ITER);
    emit(Op::CALL, 1);
    if (sc->is_async) {
      emit(Op::GET_AWAITABLE);
      emit(Op::AWAIT);
    }
    if (e.kind == EK::GeneratorExp) emit(Op::GET_ITER);
  }

  void comp_gen(const Expr& e, size_t i) {
    const Comprehension& g = e.gens[i];
    if (i == 0) {
      emit(Op::LOAD_FAST, (uint32_t)var_index(".0"));
    } else {
      expr(*g.iter);
      emit(Op::GET_ITER);
    }
    int top = here();
    int fi = emit(Op::FOR_ITER);
    store(*g.target);
    std::vector<int> skips;
    for (auto& c : g.ifs) {
      expr(*c);
      skips.push_back(emit(Op::POP_JUMP_IF_FALSE, (uint32_t)top));
    }
    if (i + 1 < e.gens.size()) {
      comp_gen(e, i + 1);
    } else {
      uint32_t depth = (uint32_t)(e.gens.size());
      if (e.kind == EK::DictComp) {
        expr(*e.a);
        expr(*e.b);
        emit(Op::MAP_ADD, depth);
      } else {
        expr(*e.a);
        emit(e.kind == EK::SetComp ? Op::SET_ADD : Op::LIST_APPEND, depth);
      }
    }
    emit(Op::JUMP, (uint32_t)top);
    patch_here(fi);
  }
};

}  // namespace

Ref<Code> compile_module(const ast::Module& mod, const std::string& filename, CompileError& err) {
  SymbolTable st;
  SymError se;
  if (!st.build(mod, se)) {
    err.pos = se.pos;
    err.message = se.message;
    return nullptr;
  }
  Compiler c(st, err, filename);
  return c.module(mod);
}

const char* op_name(Op op) {
  static const char* names[] = {
#define TS_OP_NAME(name) #name,
      TS_OPCODES(TS_OP_NAME)
#undef TS_OP_NAME
  };
  return names[(int)op];
}

std::string disassemble(const Code& code) {
  std::string out = "code " + code.qualname + "\n";
  for (size_t i = 0; i < code.code.size(); i++) {
    char buf[96];
    snprintf(buf, sizeof buf, "%4d %4zu %-22s %u\n", code.lines[i], i, op_name(code.code[i].op), code.code[i].arg);
    out += buf;
  }
  for (auto& c : code.consts)
    if (auto* sub = as<Code>(c)) out += disassemble(*sub);
  return out;
}

}  // namespace ts::vm
