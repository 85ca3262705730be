// Frames: one pooled block each (the Frame, its locals, its stack), so a
// call costs one free-list pop instead of three mallocs.
#include "script/objects/runtime.h"

#include "core/pool.h"

namespace ts::vm {

namespace {
// Each block starts with its size (pool_free needs it; frames differ in size).
constexpr size_t kHeader = sizeof(size_t);
}  // namespace

Ref<Frame> Frame::make(Ref<Code> c, Ref<Dict> g) {
  const size_t n = kHeader + sizeof(Frame) + (c->varnames.size() + c->max_stack) * sizeof(Value);
  char* mem = static_cast<char*>(pool_alloc(n));
  *reinterpret_cast<size_t*>(mem) = n;
  Value* slots = reinterpret_cast<Value*>(mem + kHeader + sizeof(Frame));
  return Ref<Frame>(::new (mem + kHeader) Frame(std::move(c), std::move(g), slots));
}

void Frame::operator delete(void* p) noexcept {
  char* mem = static_cast<char*>(p) - kHeader;
  pool_free(mem, *reinterpret_cast<size_t*>(mem));
}

void Stack::grow() {
  const size_t n = size(), cap = capacity() * 2 + 8;
  Value* fresh = static_cast<Value*>(::operator new(cap * sizeof(Value)));
  for (size_t i = 0; i < n; i++) {
    new (fresh + i) Value(std::move(base_[i]));
    base_[i].~Value();
  }
  if (heap_) ::operator delete(base_);
  base_ = fresh;
  sp_ = fresh + n;
  end_ = fresh + cap;
  heap_ = true;
}

}  // namespace ts::vm
