// Size-class free lists for the loop's hot small objects (handles, futures,
// tasks, callbacks, coroutine frames). Blocks are never returned to the
// system; each thread has its own pool.
#pragma once
#include <cstddef>
#include <new>

namespace ts {

void* pool_alloc(std::size_t n);
void pool_free(void* p, std::size_t n) noexcept;

// Inherit to route a class hierarchy's new/delete through the pool.
struct Pooled {
  static void* operator new(std::size_t n) { return pool_alloc(n); }
  static void operator delete(void* p, std::size_t n) noexcept { pool_free(p, n); }
};

}  // namespace ts
