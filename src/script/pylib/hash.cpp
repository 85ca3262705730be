#include "script/pylib/hash.h"

#include <cmath>

namespace ts::py {

namespace {
constexpr uint64_t kPrime1 = 11400714785074694791ull;  // xxPRIME_1
constexpr uint64_t kPrime2 = 14029467366897019727ull;  // xxPRIME_2
constexpr uint64_t kPrime5 = 2870177450012600261ull;   // xxPRIME_5
}  // namespace

int64_t hash_int(int64_t v) {
  uint64_t a = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  int64_t h = int64_t(a % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

// _Py_HashDouble: the mantissa's bits folded 28 at a time, then rotated by
// the exponent, all modulo 2**61 - 1.
int64_t hash_double(double v) {
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

void TupleHash::add(int64_t lane) {
  acc_ += uint64_t(lane) * kPrime2;
  acc_ = (acc_ << 31) | (acc_ >> 33);
  acc_ *= kPrime1;
}

int64_t TupleHash::finish(uint64_t count) const {
  uint64_t acc = acc_ + (count ^ (kPrime5 ^ 3527539ull));
  return acc == ~uint64_t(0) ? 1546275796 : int64_t(acc);
}

uint64_t hash_str(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace ts::py
