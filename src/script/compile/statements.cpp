// Compiling statements: assignments, definitions, control flow, and the
// unwinding of try/finally, with and loops that return, break and continue
// need (CPython's strategy: finally bodies are inlined on each way out).
#include <set>

#include "script/compile/codegen.h"

namespace ts::vm::codegen {

void Compiler::body(const Body& b) {
  for (auto& s : b) {
    if (failed_) return;
    stmt(*s);
  }
}

void Compiler::stmt(const Stmt& s) {
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
      // In a class body `name: T` records T in __annotations__ (dataclasses
      // read it); CPython evaluates it after the value.
      if (u_->scope->type == Scope::Class && s.target->kind == EK::Name) {
        expr(*s.annotation);
        name_op("__annotations__", Access::Load, s.pos);
        load_str(s.target->s);
        emit(Op::STORE_SUBSCR);
      }
      break;
    case SK::FunctionDef: function_def(s); break;
    case SK::ClassDef: class_def(s); break;
    case SK::Return: {
      if (u_->scope->type != Scope::Function) return fail(s.pos, "'return' outside function");
      if (s.value && u_->scope->is_generator && (u_->code->flags & CO_COROUTINE))
        return fail(s.pos, "'return' with value in async generator");
      if (s.value) expr(*s.value);
      else load_const(Value::none());
      {
        // CPython reports a literal returned on the return's line at the literal.
        const ast::Expr* v = s.value.get();
        bool literal = v && v->pos.line == s.pos.line &&
                       (v->kind == ast::EK::Int || v->kind == ast::EK::Float || v->kind == ast::EK::Str ||
                        v->kind == ast::EK::True || v->kind == ast::EK::False || v->kind == ast::EK::None ||
                        v->kind == ast::EK::Ellipsis);
        if (!check_star_exit(0, literal ? v->pos : s.pos)) return;
      }
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
      else if (s.is_star) try_star(s);
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
        if (!check_module(a.pos, a.name)) return;
        u_->pos = a.pos;
        emit(Op::IMPORT_NAME, (uint32_t)name_index(a.name));
        if (a.asname.empty() && top != a.name) {
          // `import a.b` binds the package a (imported on the way to a.b)
          emit(Op::POP_TOP);
          emit(Op::IMPORT_NAME, (uint32_t)name_index(top));
        }
        name_op(a.asname.empty() ? top : a.asname, Access::Store, a.pos);
      }
      break;
    case SK::ImportFrom: {
      if (s.level > 0) return unsupported(s.pos, "relative imports are");
      if (!check_module(s.pos, s.name)) return;
      emit(Op::IMPORT_NAME, (uint32_t)name_index(s.name));
      for (auto& a : s.aliases) {
        if (a.name == "*") return unsupported(a.pos, "'from ... import *' is");
        if (!check_from_import(a.pos, s.name, a.name)) return;
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

bool Compiler::check_module(Pos p, const std::string& name) {
  if (modules_.available(name)) return true;
  // Inside a try with handlers the import is the program's own probe
  // (`try: import unicodedata / except ImportError:`): it runs, and raises
  // ModuleNotFoundError at run time as in CPython.
  // Inside a function the import runs when the function is called (and may
  // never be: tenacity imports `re` only for a message pattern).
  for (const FBlock& fb : u_->fblocks)
    if (fb.type == FBlock::TryExcept) return true;
  if (units_.size() > 1) return true;
  fail(p, "module '" + name + "' is not available in Turnstile scenarios (available: " + modules_.listing() + ")");
  return false;
}

bool Compiler::check_from_import(Pos p, const std::string& module, const std::string& name) {
  if (!modules_.lacks || !modules_.lacks(module, name)) return true;
  fail(p, module + "." + name + " is not supported in Turnstile scenarios");
  return false;
}

bool Compiler::check_module_attr(const Expr& e) {
  if (!modules_.lacks) return true;
  // M.X, or M.sub.X for a submodule (collections.abc.Buffer)
  const Expr* base = e.a.get();
  std::string path;
  while (base->kind == EK::Attribute) path = "." + base->s + path, base = base->a.get();
  if (base->kind != EK::Name) return true;
  const std::string& n = base->s;
  const Scope* sc = u_->scope;
  if (sc->type != Scope::Module) {
    // a function's, class's or comprehension's own name shadows the module
    NameKind k = sc->kind_of(n);
    bool global = k == NameKind::GlobalExplicit || k == NameKind::GlobalImplicit ||
                  (k == NameKind::ClassLocal && !sc->assigned.count(n));
    if (!global) return true;
  }
  const auto& names = st_.module()->module_names;
  auto it = names.find(n);
  if (it == names.end()) return true;
  return check_from_import(e.pos, it->second + path, e.s);
}

void Compiler::aug_assign(const Stmt& s) {
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

void Compiler::store(const Expr& t) {
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

void Compiler::del(const Expr& t) {
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

std::string Compiler::describe(const Expr& e) {
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
void Compiler::make_function(Scope* sc, Ref<Code> code, const Arguments& args) {
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

void Compiler::setup_params(const Arguments& args) {
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

std::string Compiler::qualname(const std::string& name) {
  std::string q;
  for (auto& p : qual_) q += p + ".";
  return q + name;
}

// A body's docstring: its first statement, when that is a string literal.
static const std::string* docstring(const Body& b) {
  if (b.empty() || b[0]->kind != SK::Expr || b[0]->value->kind != EK::Str) return nullptr;
  return &b[0]->value->s;
}

void Compiler::function_def(const Stmt& s) {
  for (auto& d : s.decorators) expr(*d);
  Scope* sc = st_.scope_for(&s);
  std::string qn = qualname(s.name);
  enter(sc, s.name, qn, (s.is_async ? CO_COROUTINE : 0) | (sc->is_generator ? CO_GENERATOR : 0), s.pos);
  setup_params(*s.args);
  finish_cells();
  // co_firstlineno of a decorated def is its first decorator's line
  if (!s.decorators.empty()) u_->code->firstline = s.decorators[0]->pos.line;
  if (const std::string* doc = docstring(s.body)) u_->code->doc = mkstr(*doc);
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

// A class body gets an __annotations__ dict when an annotated name appears
// in it, outside nested functions and classes (CPython's find_ann).
static bool has_annotations(const Body& b) {
  for (auto& st : b) {
    if (st->kind == SK::AnnAssign && st->target->kind == EK::Name) return true;
    if (st->kind == SK::FunctionDef || st->kind == SK::ClassDef) continue;
    if (has_annotations(st->body) || has_annotations(st->orelse) || has_annotations(st->finalbody)) return true;
    for (auto& h : st->handlers)
      if (has_annotations(h.body)) return true;
  }
  return false;
}

void Compiler::class_def(const Stmt& s) {
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
  // As type() does, the class namespace always has __doc__ (None without a docstring).
  if (const std::string* doc = docstring(s.body)) load_str(*doc);
  else load_const(Value::none());
  name_op("__doc__", Access::Store, s.pos);
  if (has_annotations(s.body)) {
    emit(Op::BUILD_MAP, 0);
    name_op("__annotations__", Access::Store, s.pos);
  }
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
  // class C(Base, metaclass=M, **kw): keywords go to __build_class__ as a call's keywords.
  std::vector<Value> names;
  std::set<std::string> seen;
  for (auto& k : s.keywords) {
    if (k.name.empty()) return unsupported(k.pos, "'**' in a class's arguments is");
    if (!seen.insert(k.name).second) return fail(k.pos, "keyword argument repeated: " + k.name);
    expr(*k.value);
    names.push_back(mkstr(k.name));
  }
  u_->pos = s.pos;
  uint32_t n = (uint32_t)(2 + s.bases.size() + s.keywords.size());
  if (names.empty()) {
    emit(Op::CALL, n);
  } else {
    std::string key = "k";
    for (auto& k : s.keywords) key += k.name + ",";
    emit(Op::LOAD_CONST, (uint32_t)const_index(Value::object(make<Tuple>(std::move(names))), key));
    emit(Op::CALL_KW, n);
  }
  for (size_t i = 0; i < s.decorators.size(); i++) emit(Op::CALL, 1);
  name_op(s.name, Access::Store, s.pos);
}

void Compiler::if_stmt(const Stmt& s) {
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

void Compiler::while_stmt(const Stmt& s) {
  int top = here();
  expr(*s.test);
  int jf = emit(Op::POP_JUMP_IF_FALSE);
  u_->fblocks.push_back(FBlock{FBlock::Loop});
  check_blocks(s.pos);
  u_->fblocks.back().continue_target = top;
  body(s.body);
  emit(Op::JUMP, (uint32_t)top);
  FBlock fb = std::move(u_->fblocks.back());
  u_->fblocks.pop_back();
  patch_here(jf);
  body(s.orelse);
  for (int b : fb.breaks) patch_here(b);
}

// `async for` awaits __anext__() in a handler block whose StopAsyncIteration
// ends the loop (END_ASYNC_FOR); the body runs outside the block.
void Compiler::for_stmt(const Stmt& s) {
  if (s.is_async && !in_async()) return fail(s.pos, "'async for' outside async function");
  expr(*s.iter);
  u_->pos = s.pos;
  emit(s.is_async ? Op::GET_AITER : Op::GET_ITER);
  int top = here();
  int fi = emit_next_item(s.is_async);
  store(*s.target);
  u_->fblocks.push_back(FBlock{FBlock::Loop});
  check_blocks(s.pos);
  u_->fblocks.back().continue_target = top;
  u_->fblocks.back().is_for = true;
  body(s.body);
  emit(Op::JUMP, (uint32_t)top);
  FBlock fb = std::move(u_->fblocks.back());
  u_->fblocks.pop_back();
  patch_here(fi);
  if (s.is_async) emit(Op::END_ASYNC_FOR);
  body(s.orelse);
  for (int b : fb.breaks) patch_here(b);
}

// Emits the code that leaves fblock `fb` early (return, break, continue).
// `preserve_tos`: a return value sits on top of the stack.
void Compiler::unwind_one(FBlock& fb, bool preserve_tos) {
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
    case FBlock::StarHandler:  // never left early (check_star_exit)
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

void Compiler::unwind_all(bool preserve_tos) {
  for (int i = (int)u_->fblocks.size() - 1; i >= 0; i--) {
    if (failed_) return;
    unwind_one(u_->fblocks[i], preserve_tos);
  }
}

void Compiler::break_continue(const Stmt& s, bool is_break) {
  int loop = -1;
  for (int i = (int)u_->fblocks.size() - 1; i >= 0; i--)
    if (u_->fblocks[i].type == FBlock::Loop) {
      loop = i;
      break;
    }
  if (loop < 0) return fail(s.pos, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  if (!check_star_exit(loop + 1, s.pos)) return;
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

void Compiler::try_except(const Stmt& s) {
  int setup = emit(Op::SETUP_FINALLY);
  u_->fblocks.push_back(FBlock{FBlock::TryExcept});
  check_blocks(s.pos);
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
    check_blocks(s.pos);
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

bool Compiler::check_star_exit(size_t from, Pos p) {
  for (size_t i = from; i < u_->fblocks.size(); i++)
    if (u_->fblocks[i].type == FBlock::StarHandler) {
      fail(p, "'break', 'continue' and 'return' cannot appear in an except* block");
      return false;
    }
  return true;
}

// CPython's compiler_try_star_except. The handlers work on [orig, res, rest]:
// orig the exception caught, res the list of what the clauses raised, rest
// what no clause matched yet. CHECK_EG_MATCH splits rest by a clause's type
// (making the match sys.exception()); PREP_RERAISE_STAR combines res and the
// last rest into the exception to re-raise, or None.
void Compiler::try_star(const Stmt& s) {
  int setup = emit(Op::SETUP_FINALLY);
  u_->fblocks.push_back(FBlock{FBlock::TryExcept});
  check_blocks(s.pos);
  body(s.body);
  u_->fblocks.pop_back();
  emit(Op::POP_BLOCK);
  int jelse = emit(Op::JUMP);
  patch_here(setup);
  // [orig]
  emit(Op::PUSH_EXC_INFO);
  int cleanup = emit(Op::SETUP_FINALLY);
  emit(Op::BUILD_LIST, 0);
  emit(Op::DUP_TOP_TWO);
  emit(Op::POP_TOP);  // [orig, res, rest = orig]
  auto clear_name = [&](const ast::Handler& h) {
    if (h.name.empty()) return;
    load_const(Value::none());
    name_op(h.name, Access::Store, h.pos);
    name_op(h.name, Access::Del, h.pos);
  };
  for (auto& h : s.handlers) {
    u_->pos = h.pos;
    expr(*h.type);
    u_->pos = h.pos;
    emit(Op::CHECK_EG_MATCH);  // [orig, res, rest, match]
    emit(Op::DUP_TOP);
    load_const(Value::none());
    emit(Op::COMPARE_OP, (uint32_t)code::CmpOp::Is);
    int jnomatch = emit(Op::POP_JUMP_IF_TRUE);
    if (!h.name.empty()) name_op(h.name, Access::Store, h.pos);
    else emit(Op::POP_TOP);
    // [orig, res, rest]: what the body raises goes into res
    int raised = emit(Op::SETUP_FINALLY);
    u_->fblocks.push_back(FBlock{FBlock::StarHandler});
    check_blocks(s.pos);
    body(h.body);
    u_->fblocks.pop_back();
    emit(Op::POP_BLOCK);
    clear_name(h);
    int jnext = emit(Op::JUMP);
    patch_here(raised);  // [orig, res, rest, exc]
    clear_name(h);
    emit(Op::LIST_APPEND, 1);
    int jnext2 = emit(Op::JUMP);
    patch_here(jnomatch);  // [orig, res, rest, None]
    emit(Op::POP_TOP);
    patch_here(jnext);
    patch_here(jnext2);
  }
  emit(Op::LIST_APPEND, 0);  // res.append(rest): [orig, res]
  emit(Op::PREP_RERAISE_STAR);
  emit(Op::DUP_TOP);
  load_const(Value::none());
  emit(Op::COMPARE_OP, (uint32_t)code::CmpOp::Is);
  int jraise = emit(Op::POP_JUMP_IF_FALSE);
  emit(Op::POP_TOP);
  emit(Op::POP_BLOCK);  // the cleanup block
  emit(Op::POP_EXCEPT);
  int jend = emit(Op::JUMP);
  patch_here(jraise);  // [exc]
  emit(Op::POP_BLOCK);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE);
  patch_here(cleanup);
  emit(Op::POP_EXCEPT_AND_RERAISE);
  patch_here(jelse);
  body(s.orelse);
  patch_here(jend);
}

void Compiler::try_finally(const Stmt& s) {
  int setup = emit(Op::SETUP_FINALLY);
  FBlock fb{FBlock::TryFinally};
  fb.finalbody = &s.finalbody;
  u_->fblocks.push_back(fb);
  check_blocks(s.pos);
  if (!s.handlers.empty()) {
    // the try/except/else part, inside the try/finally
    if (s.is_star) try_star(s);
    else try_except(s);
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
  check_blocks(s.pos);
  body(s.finalbody);
  u_->fblocks.pop_back();
  emit(Op::RERAISE);
  patch_here(cleanup);
  emit(Op::POP_EXCEPT_AND_RERAISE);
  patch_here(jend);
}

void Compiler::with_stmt(const Stmt& s, size_t item) {
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
  check_blocks(s.pos);
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

bool Compiler::in_async() const {
  return u_->scope->type == Scope::Function && u_->scope->is_async && (u_->code->flags & CO_COROUTINE);
}

int Compiler::emit_next_item(bool is_async) {
  if (!is_async) return emit(Op::FOR_ITER);
  int fi = emit(Op::SETUP_FINALLY);
  emit(Op::GET_ANEXT);
  emit(Op::AWAIT);
  emit(Op::POP_BLOCK);
  return fi;
}

}  // namespace ts::vm::codegen
