// The compiler's frame: the code objects being built (units), their names,
// constants and instructions, and each one's max_stack.
#include <cstdio>
#include <cstring>

#include "script/compile/codegen.h"

namespace ts::vm {

Ref<Code> compile_module(const ast::Module& mod, const std::string& filename, const Importable& modules,
                         CompileError& err) {
  SymbolTable st;
  SymError se;
  if (!st.build(mod, se)) {
    err.pos = se.pos;
    err.message = se.message;
    return nullptr;
  }
  codegen::Compiler c(st, err, filename, modules);
  return c.module(mod);
}

}  // namespace ts::vm

namespace ts::vm::codegen {

namespace {

// The deepest the stack gets running `code`: every path from the first
// instruction is followed with the opcodes' stack effects (as CPython's
// stackdepth()). The compiler's code has one depth per instruction whatever
// the path, so each instruction is visited once, with the first depth found.
uint32_t max_stack_depth(const Code& code) {
  const size_t n = code.code.size();
  std::vector<int> depth(n, -1);
  std::vector<size_t> todo;
  int peak = 0;
  auto reach = [&](size_t at, int d) {
    if (d > peak) peak = d;
    if (at < n && depth[at] < 0) {
      depth[at] = d;
      todo.push_back(at);
    }
  };
  reach(0, 0);
  while (!todo.empty()) {
    size_t i = todo.back();
    todo.pop_back();
    const Instr& in = code.code[i];
    if (is_jump(in.op)) reach(in.arg, depth[i] + jump_stack_effect(in.op, in.arg));
    if (!ends_flow(in.op)) reach(i + 1, depth[i] + stack_effect(in.op, in.arg));
  }
  return (uint32_t)peak;
}

}  // namespace

Ref<Code> Compiler::module(const ast::Module& m) {
  enter(st_.module(), "<module>", "<module>", CO_MODULE, Pos{1, 1});
  body(m.body);
  load_const(Value::none());
  emit(Op::RETURN_VALUE);
  return failed_ ? Ref<Code>() : leave();
}

void Compiler::fail(Pos p, const std::string& m) {
  if (failed_) return;
  failed_ = true;
  err_.pos = p;
  err_.message = m;
}

void Compiler::unsupported(Pos p, const std::string& what) {
  fail(p, what + " not supported in Turnstile scenarios");
}

void Compiler::enter(Scope* s, const std::string& name, const std::string& qualname, uint32_t flags, Pos pos) {
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

void Compiler::finish_cells() {
  for (auto& f : u_->scope->frees) {
    if (u_->cellmap.count(f)) continue;
    u_->cellmap[f] = (int)(u_->code->cellvars.size() + u_->code->freevars.size());
    u_->code->freevars.push_back(f);
  }
}

Ref<Code> Compiler::leave() {
  Ref<Code> c = u_->code;
  // parameters that are cells start as cells
  for (auto& cv : c->cellvars) {
    int idx = -1;
    for (size_t i = 0; i < c->varnames.size(); i++)
      if (c->varnames[i] == cv) idx = (int)i;
    c->cell_param.push_back(idx);
  }
  c->max_stack = max_stack_depth(*c);
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return c;
}

int Compiler::emit(Op op, uint32_t arg) {
  u_->code->code.push_back(Instr{op, arg});
  u_->code->lines.push_back(u_->pos.line);
  u_->code->cols.push_back(u_->pos.col);
  if (const ast::Expr* x = u_->ext; x && x->end.line && x->pos.line == u_->pos.line && x->pos.col == u_->pos.col)
    u_->code->extents.push_back(
        Extent{uint32_t(u_->code->code.size() - 1), x->end.line, x->end.col, x->anchor.line == x->pos.line ? x->anchor.col : 0});
  return (int)u_->code->code.size() - 1;
}

int Compiler::const_index(const Value& v, const std::string& key) {
  auto it = u_->constmap.find(key);
  if (it != u_->constmap.end()) return it->second;
  int i = (int)u_->code->consts.size();
  u_->code->consts.push_back(v);
  u_->constmap[key] = i;
  return i;
}

void Compiler::load_const(const Value& v) {
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
    case Value::Unset: break;  // never a constant
  }
  emit(Op::LOAD_CONST, (uint32_t)const_index(v, key));
}

int Compiler::name_index(const std::string& n) {
  auto it = u_->namemap.find(n);
  if (it != u_->namemap.end()) return it->second;
  int i = (int)u_->code->names.size();
  Ref<Str>& s = interned_[n];
  if (!s) s = make<Str>(n);
  u_->code->names.push_back(s);
  u_->namemap[n] = i;
  return i;
}

int Compiler::var_index(const std::string& n) {
  auto it = u_->varmap.find(n);
  if (it != u_->varmap.end()) return it->second;
  int i = (int)u_->code->varnames.size();
  u_->code->varnames.push_back(n);
  u_->varmap[n] = i;
  return i;
}

void Compiler::name_op(const std::string& n, Access acc, Pos p) {
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

}  // namespace ts::vm::codegen
