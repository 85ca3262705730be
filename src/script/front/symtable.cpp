#include "script/front/symtable.h"

namespace ts::vm {

using namespace ts::ast;

NameKind Scope::kind_of(const std::string& n) const {
  auto it = kinds.find(n);
  if (it != kinds.end()) return it->second;
  if (type == Class) return NameKind::ClassLocal;
  return NameKind::GlobalImplicit;
}

Scope* SymbolTable::scope_for(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

Scope* SymbolTable::push(Scope::Type t, const std::string& name, const void* node, Pos pos) {
  all_.push_back(std::make_unique<Scope>());
  Scope* s = all_.back().get();
  s->type = t;
  s->name = name;
  s->parent = cur_;
  s->pos = pos;
  if (cur_) cur_->children.push_back(s);
  if (node) by_node_[node] = s;
  cur_ = s;
  return s;
}

void SymbolTable::pop() { cur_ = cur_->parent; }

void SymbolTable::fail(Pos p, const std::string& m) {
  if (!failed_) {
    failed_ = true;
    err_->pos = p;
    err_->message = m;
  }
}

void SymbolTable::assign(const std::string& n, Pos p) {
  if (cur_ == root_ || cur_->globals.count(n)) rebound_.insert(n);
  if (cur_->globals.count(n) || cur_->nonlocals.count(n)) return;
  (void)p;
  cur_->assigned.insert(n);
}

void SymbolTable::bind_import(const std::string& n, const std::string& module, Pos p) {
  if (cur_ != root_) return assign(n, p);
  auto [it, fresh] = root_->module_names.emplace(n, module);
  if (!fresh && it->second != module) rebound_.insert(n);
  cur_->assigned.insert(n);
}

bool SymbolTable::build(const Module& mod, SymError& err) {
  err_ = &err;
  root_ = push(Scope::Module, "<module>", &mod, Pos{1, 1});
  visit_body(mod.body);
  pop();
  for (const std::string& n : rebound_) root_->module_names.erase(n);
  if (failed_) return false;
  resolve(root_);
  return !failed_;
}

void SymbolTable::visit_body(const Body& b) {
  for (auto& s : b) visit_stmt(*s);
}

void SymbolTable::visit_args(const Arguments& a) {
  for (auto* v : {&a.posonly, &a.args, &a.kwonly})
    for (auto& arg : *v) {
      cur_->params.insert(arg.name);
      cur_->assigned.insert(arg.name);
    }
  if (a.has_vararg) { cur_->params.insert(a.vararg); cur_->assigned.insert(a.vararg); }
  if (a.has_kwarg) { cur_->params.insert(a.kwarg); cur_->assigned.insert(a.kwarg); }
}

void SymbolTable::visit_defaults(const Arguments& a) {
  for (auto* v : {&a.posonly, &a.args, &a.kwonly})
    for (auto& arg : *v) {
      if (arg.default_) visit_expr(arg.default_.get());
    }
}

void SymbolTable::visit_stmt(const Stmt& s) {
  switch (s.kind) {
    case SK::Expr: visit_expr(s.value.get()); break;
    case SK::Assign:
      visit_expr(s.value.get());
      for (auto& t : s.targets) visit_target(t.get());
      break;
    case SK::AugAssign:
      visit_expr(s.value.get());
      visit_expr(s.target.get());
      visit_target(s.target.get());
      break;
    case SK::AnnAssign:
      if (s.value) {
        visit_expr(s.value.get());
        visit_target(s.target.get());
      } else if (s.target && s.target->kind == EK::Name && cur_->type != Scope::Module) {
        assign(s.target->s, s.pos);
      }
      break;
    case SK::FunctionDef: {
      for (auto& d : s.decorators) visit_expr(d.get());
      visit_defaults(*s.args);
      assign(s.name, s.pos);
      Scope* f = push(Scope::Function, s.name, &s, s.pos);
      f->is_async = s.is_async;
      visit_args(*s.args);
      visit_body(s.body);
      pop();
      break;
    }
    case SK::ClassDef: {
      for (auto& d : s.decorators) visit_expr(d.get());
      for (auto& b : s.bases) visit_expr(b.get());
      for (auto& k : s.keywords) visit_expr(k.value.get());
      assign(s.name, s.pos);
      push(Scope::Class, s.name, &s, s.pos);
      visit_body(s.body);
      pop();
      break;
    }
    case SK::Return: visit_expr(s.value.get()); break;
    case SK::Delete:
      for (auto& t : s.targets) visit_target(t.get());
      break;
    case SK::If:
    case SK::While:
      visit_expr(s.test.get());
      visit_body(s.body);
      visit_body(s.orelse);
      break;
    case SK::For:
      visit_expr(s.iter.get());
      visit_target(s.target.get());
      visit_body(s.body);
      visit_body(s.orelse);
      break;
    case SK::Try:
      visit_body(s.body);
      for (auto& h : s.handlers) {
        visit_expr(h.type.get());
        if (!h.name.empty()) assign(h.name, h.pos);
        visit_body(h.body);
      }
      visit_body(s.orelse);
      visit_body(s.finalbody);
      break;
    case SK::Raise:
      visit_expr(s.value.get());
      visit_expr(s.cause.get());
      break;
    case SK::With:
      for (auto& it : s.items) {
        visit_expr(it.context.get());
        visit_target(it.target.get());
      }
      visit_body(s.body);
      break;
    case SK::Global:
      for (auto& n : s.names) {
        if (cur_->assigned.count(n) || cur_->used.count(n))
          fail(s.pos, "name '" + n + "' is used prior to global declaration");
        cur_->globals.insert(n);
      }
      break;
    case SK::Nonlocal:
      for (auto& n : s.names) {
        if (cur_->type == Scope::Module) {
          fail(s.pos, "nonlocal declaration not allowed at module level");
          return;
        }
        if (cur_->assigned.count(n) || cur_->used.count(n))
          fail(s.pos, "name '" + n + "' is used prior to nonlocal declaration");
        cur_->nonlocals.insert(n);
      }
      break;
    case SK::Import:
      for (auto& a : s.aliases) {
        if (a.asname.empty()) bind_import(a.name.substr(0, a.name.find('.')), a.name.substr(0, a.name.find('.')), a.pos);
        else bind_import(a.asname, a.name, a.pos);
      }
      break;
    case SK::ImportFrom:
      for (auto& a : s.aliases) assign(a.asname.empty() ? a.name : a.asname, a.pos);
      break;
    case SK::Assert:
      visit_expr(s.test.get());
      visit_expr(s.msg.get());
      break;
    case SK::Break: case SK::Continue: case SK::Pass: break;
  }
}

void SymbolTable::visit_target(const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case EK::Name: assign(e->s, e->pos); break;
    case EK::Tuple:
    case EK::List:
      for (auto& x : e->elts) visit_target(x.get());
      break;
    case EK::Starred: visit_target(e->a.get()); break;
    case EK::Attribute: visit_expr(e->a.get()); break;
    case EK::Subscript:
      visit_expr(e->a.get());
      visit_expr(e->b.get());
      break;
    default: visit_expr(e); break;
  }
}

void SymbolTable::visit_comprehension(const Expr& e) {
  // The first iterable is evaluated in the enclosing scope.
  visit_expr(e.gens[0].iter.get());
  push(Scope::Function, e.kind == EK::ListComp ? "<listcomp>" : e.kind == EK::SetComp ? "<setcomp>"
                        : e.kind == EK::DictComp ? "<dictcomp>" : "<genexpr>", &e, e.pos);
  cur_->params.insert(".0");
  cur_->assigned.insert(".0");
  cur_->comprehension = e.kind == EK::ListComp ? "list comprehension" : e.kind == EK::SetComp ? "set comprehension"
                        : e.kind == EK::DictComp ? "dict comprehension" : "generator expression";
  cur_->is_generator = e.kind == EK::GeneratorExp;
  for (size_t i = 0; i < e.gens.size(); i++) {
    auto& g = e.gens[i];
    if (i > 0) visit_expr(g.iter.get());
    visit_target(g.target.get());
    for (auto& c : g.ifs) visit_expr(c.get());
  }
  visit_expr(e.a.get());
  visit_expr(e.b.get());
  Scope* comp = cur_;
  pop();
  if (comp->has_await) comp->is_async = true;
  for (auto& g : e.gens)
    if (g.is_async) comp->is_async = true;
}

void SymbolTable::visit_expr(const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case EK::Name:
      if (e->ctx == Ctx::Load) cur_->used.insert(e->s);
      else assign(e->s, e->pos);
      break;
    case EK::Lambda:
      visit_defaults(*e->args);
      push(Scope::Function, "<lambda>", e, e->pos);
      visit_args(*e->args);
      visit_expr(e->a.get());
      pop();
      break;
    case EK::ListComp: case EK::SetComp: case EK::DictComp: case EK::GeneratorExp:
      visit_comprehension(*e);
      break;
    case EK::Await:
      cur_->has_await = true;
      visit_expr(e->a.get());
      break;
    case EK::Yield:
    case EK::YieldFrom:
      if (cur_->comprehension) fail(e->pos, std::string("'yield' inside ") + cur_->comprehension);
      else if (cur_->type != Scope::Function) fail(e->pos, "'yield' outside function");
      else if (e->kind == EK::YieldFrom && cur_->is_async) fail(e->pos, "'yield from' inside async function");
      cur_->is_generator = true;
      visit_expr(e->a.get());
      break;
    default:
      visit_expr(e->a.get());
      visit_expr(e->b.get());
      visit_expr(e->c.get());
      for (auto& x : e->elts) visit_expr(x.get());
      for (auto& x : e->keys) visit_expr(x.get());
      for (auto& k : e->keywords) visit_expr(k.value.get());
      break;
  }
}

// Decide each name's kind. A name used (or declared nonlocal) in a function
// and bound in an enclosing function is free here and a cell there; class
// scopes are skipped when looking outward, as in Python.
void SymbolTable::resolve(Scope* s) {
  if (s->type != Scope::Module) {
    for (auto& n : s->globals) s->kinds[n] = NameKind::GlobalExplicit;
    for (auto& n : s->assigned)
      if (!s->globals.count(n) && !s->nonlocals.count(n))
        s->kinds[n] = s->type == Scope::Class ? NameKind::ClassLocal : NameKind::Local;
  } else {
    for (auto& n : s->assigned) s->kinds[n] = NameKind::GlobalImplicit;
  }
  auto bind_free = [&](Scope* from, const std::string& n, bool must) {
    // Find the nearest enclosing function scope that binds n.
    std::vector<Scope*> path;
    for (Scope* p = from->parent; p; p = p->parent) {
      if (p->type == Scope::Module) break;
      if (p->type == Scope::Class) continue;
      auto k = p->kinds.find(n);
      bool binds = p->assigned.count(n) && !p->globals.count(n) && !p->nonlocals.count(n);
      if (binds || (k != p->kinds.end() && (k->second == NameKind::Cell))) {
        p->kinds[n] = NameKind::Cell;
        p->cells.insert(n);
        for (Scope* q : path) {
          q->kinds[n] = NameKind::Free;
          q->frees.insert(n);
        }
        from->kinds[n] = NameKind::Free;
        from->frees.insert(n);
        return true;
      }
      if (p->globals.count(n)) break;
      if (p->type == Scope::Function) path.push_back(p);
    }
    if (must) fail(from->pos, "no binding for nonlocal '" + n + "' found");
    return false;
  };
  if (s->type != Scope::Module) {
    for (auto& n : s->nonlocals) bind_free(s, n, true);
  }
  for (Scope* c : s->children) resolve(c);
  // Uses in this scope (after children, so children's cells are known).
  if (s->type != Scope::Module) {
    for (auto& n : s->used) {
      if (s->kinds.count(n)) continue;
      if (!bind_free(s, n, false)) {
        // stays implicit global (or class-local lookup for classes)
      }
    }
  }
  // Children that need a name free through us: already marked by bind_free.
}

}  // namespace ts::vm
