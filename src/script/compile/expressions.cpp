// Compiling expressions: operators, displays, calls, f-strings, lambdas and
// comprehensions (each comprehension is a nested function, as in CPython).
#include <set>

#include "script/compile/codegen.h"

namespace ts::vm::codegen {

void Compiler::subscript_index(const Expr& t) {
  const Expr& idx = *t.b;
  if (idx.kind == EK::Slice) {
    slice(idx);
  } else {
    expr(idx);
  }
}

void Compiler::slice(const Expr& s) {
  if (s.a) expr(*s.a); else load_const(Value::none());
  if (s.b) expr(*s.b); else load_const(Value::none());
  if (s.c) {
    expr(*s.c);
    emit(Op::BUILD_SLICE, 3);
  } else {
    emit(Op::BUILD_SLICE, 2);
  }
}

bool Compiler::has_starred(const std::vector<ExprP>& v) {
  for (auto& e : v)
    if (e->kind == EK::Starred) return true;
  return false;
}

// Builds a list (or tuple when as_tuple) from elements that may be starred.
void Compiler::starred_sequence(const std::vector<ExprP>& elts, bool as_tuple) {
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

void Compiler::expr(const Expr& e) {
  if (failed_) return;
  Pos saved = u_->pos;
  u_->pos = e.pos;
  struct ExtGuard {  // this expression's extent while it is compiled, then its parent's
    Unit* u;
    const Expr* saved;
    ~ExtGuard() { u->ext = saved; }
  } ext_guard{u_, u_->ext};
  u_->ext = &e;
  switch (e.kind) {
    case EK::Name:
      if (e.ctx != Ctx::Load) return fail(e.pos, "internal: name in store context");
      name_op(e.s, Access::Load, e.pos);
      break;
    case EK::Int:
      if (!e.s.empty()) {
        auto r = py::BigInt::parse_literal(e.s);
        if (!r) return fail(e.pos, r.msg);
        load_const(make_int(std::move(r.value)));
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
      if (!check_module_attr(e)) return;
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
      enter(sc, "<lambda>", qualname("<lambda>"), sc->is_generator ? CO_GENERATOR : 0, e.pos);
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
      if (e.a) expr(*e.a);
      else load_const(Value::none());
      u_->pos = e.pos;
      emit(Op::YIELD_VALUE);
      break;
    case EK::YieldFrom:
      expr(*e.a);
      u_->pos = e.pos;
      emit(Op::GET_YIELD_FROM_ITER);
      emit(Op::AWAIT);
      break;
    case EK::NamedExpr: return unsupported(e.pos, "assignment expressions (':=') are");
    case EK::Starred: return fail(e.pos, "can't use starred expression here");
  }
  u_->pos = saved;
}

void Compiler::call(const Expr& e) {
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
    if (!check_module_attr(*e.a)) return;
    expr(*e.a->a);
    u_->pos = e.a->pos;
    const Expr* call_ext = u_->ext;
    u_->ext = e.a.get();  // an AttributeError points at `obj.name`, not the call
    emit(Op::LOAD_METHOD, (uint32_t)name_index(e.a->s));
    u_->ext = call_ext;
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

// A generator expression is a generator function called with its first
// iterable (lazy: the rest is evaluated on demand); the other comprehensions
// call theirs at once and build their container.
void Compiler::comprehension(const Expr& e) {
  Scope* sc = st_.scope_for(&e);
  const bool genexp = e.kind == EK::GeneratorExp;
  const char* nm = e.kind == EK::ListComp ? "<listcomp>" : e.kind == EK::SetComp ? "<setcomp>"
                   : e.kind == EK::DictComp ? "<dictcomp>" : "<genexpr>";
  if (sc->is_async && !genexp && !in_async())
    return fail(e.pos, "asynchronous comprehension outside of an asynchronous function");
  enter(sc, nm, qualname(nm), (sc->is_async ? CO_COROUTINE : 0) | (genexp ? CO_GENERATOR : 0), e.pos);
  u_->code->argcount = 1;
  var_index(".0");
  finish_cells();
  qual_.push_back(nm);
  qual_.push_back("<locals>");
  if (e.kind == EK::SetComp) emit(Op::BUILD_SET, 0);
  else if (e.kind == EK::DictComp) emit(Op::BUILD_MAP, 0);
  else if (!genexp) emit(Op::BUILD_LIST, 0);
  comp_gen(e, 0);
  qual_.pop_back();
  qual_.pop_back();
  if (genexp) load_const(Value::none());
  emit(Op::RETURN_VALUE);
  Ref<Code> code = leave();
  u_->pos = e.pos;
  Arguments none;
  make_function(sc, code, none);
  expr(*e.gens[0].iter);
  emit(e.gens[0].is_async ? Op::GET_AITER : Op::GET_ITER);
  emit(Op::CALL, 1);
  if (sc->is_async && !genexp) {
    emit(Op::GET_AWAITABLE);
    emit(Op::AWAIT);
  }
}

void Compiler::comp_gen(const Expr& e, size_t i) {
  const Comprehension& g = e.gens[i];
  if (i == 0) {
    emit(Op::LOAD_FAST, (uint32_t)var_index(".0"));
  } else {
    expr(*g.iter);
    emit(g.is_async ? Op::GET_AITER : Op::GET_ITER);
  }
  int top = here();
  int fi = emit_next_item(g.is_async);
  store(*g.target);
  for (auto& c : g.ifs) {
    expr(*c);
    emit(Op::POP_JUMP_IF_FALSE, (uint32_t)top);
  }
  if (i + 1 < e.gens.size()) {
    comp_gen(e, i + 1);
  } else {
    uint32_t depth = (uint32_t)(e.gens.size());
    if (e.kind == EK::DictComp) {
      expr(*e.a);
      expr(*e.b);
      emit(Op::MAP_ADD, depth);
    } else if (e.kind == EK::GeneratorExp) {
      expr(*e.a);
      emit(Op::YIELD_VALUE);
      emit(Op::POP_TOP);
    } else {
      expr(*e.a);
      emit(e.kind == EK::SetComp ? Op::SET_ADD : Op::LIST_APPEND, depth);
    }
  }
  emit(Op::JUMP, (uint32_t)top);
  patch_here(fi);
  if (g.is_async) emit(Op::END_ASYNC_FOR);
}

}  // namespace ts::vm::codegen
