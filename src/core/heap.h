// The heap budget. Every C++ allocation of the process is counted (heap.cpp
// replaces the global operator new and delete; the object pool's chunks are
// charged too); past the budget an allocation throws std::bad_alloc, which
// the VM turns into MemoryError, so a script that doubles a string forever
// stops with an error instead of taking the machine (or the browser tab)
// down.
#pragma once
#include <cstddef>

namespace ts::heap {

// Bytes allocated and not yet freed (as malloc_usable_size counts them).
size_t live_bytes();
// 0: no budget. A run sets it for its duration (RunOptions' limits).
void set_budget(size_t bytes);
size_t budget();
// Memory taken outside operator new (the pool's chunks): counted, and
// refused past the budget (false).
bool charge(size_t bytes);

}  // namespace ts::heap
