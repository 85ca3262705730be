// Counting operator new/delete for the heap budget (heap.h). Under
// AddressSanitizer these still win over ASan's own (they call malloc, which
// ASan intercepts), so the budget holds in the sanitized build too.
#include "core/heap.h"

#include <cstdlib>
#include <malloc.h>
#include <new>

namespace ts::heap {

namespace {
size_t g_live = 0;
size_t g_budget = 0;
}  // namespace

size_t live_bytes() { return g_live; }
void set_budget(size_t bytes) { g_budget = bytes; }
size_t budget() { return g_budget; }

bool charge(size_t bytes) {
  if (g_budget && g_live + bytes > g_budget) return false;
  g_live += bytes;
  return true;
}

namespace {
// Shared by every replaced form below.
void* allocate(size_t n, bool nothrow) {
  if (g_budget && g_live + n > g_budget) {
    if (nothrow) return nullptr;
    throw std::bad_alloc();
  }
  void* p = std::malloc(n ? n : 1);
  if (!p) {
    if (nothrow) return nullptr;
    throw std::bad_alloc();
  }
  g_live += malloc_usable_size(p);
  return p;
}

void release(void* p) noexcept {
  if (!p) return;
  g_live -= malloc_usable_size(p);
  std::free(p);
}

}  // namespace

}  // namespace ts::heap

void* operator new(size_t n) { return ts::heap::allocate(n, false); }
void* operator new[](size_t n) { return ts::heap::allocate(n, false); }
void* operator new(size_t n, const std::nothrow_t&) noexcept { return ts::heap::allocate(n, true); }
void* operator new[](size_t n, const std::nothrow_t&) noexcept { return ts::heap::allocate(n, true); }
void operator delete(void* p) noexcept { ts::heap::release(p); }
void operator delete[](void* p) noexcept { ts::heap::release(p); }
void operator delete(void* p, size_t) noexcept { ts::heap::release(p); }
void operator delete[](void* p, size_t) noexcept { ts::heap::release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { ts::heap::release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { ts::heap::release(p); }
