// The hash algorithms of the scenario language, on plain C++ types.
// Numbers and tuples hash exactly as in CPython 3.11 (Python/pyhash.c,
// Objects/longobject.c, Objects/tupleobject.c), so hash(x) of an int, float
// or tuple of them prints CPython's value and sets iterate in CPython's
// order. CPython salts str hashes per process, so no fixed string hash is
// more faithful than another: str uses FNV-1a.
#pragma once
#include <cstdint>
#include <string_view>

namespace ts::py {

// Numeric hashes are reductions modulo the Mersenne prime 2**61 - 1.
constexpr int kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;

// hash(n) for an int: sign(n) * (|n| mod 2**61-1); -1 becomes -2.
int64_t hash_int(int64_t v);
// hash(x) for a float, equal to hash(int(x)) when x is integral. NaN
// gives 0 (CPython 3.10+ hashes NaN by identity, which is not reproducible).
int64_t hash_double(double v);

// hash(t) for a tuple: CPython's xxHash-based combination of the items'
// hashes (lanes), fed in order, then finished with the item count.
class TupleHash {
 public:
  void add(int64_t lane);
  int64_t finish(uint64_t count) const;

 private:
  uint64_t acc_ = 2870177450012600261ull;  // xxPRIME_5
};

// FNV-1a, 64 bits.
uint64_t hash_str(std::string_view s);

}  // namespace ts::py
