// CPython-identical random; see pyrandom.h.
#include "script/pyrandom.h"

#include <cmath>
#include <cstring>
#include <set>

namespace ts::py {

namespace {
constexpr int N = 624, M = 397;
constexpr uint32_t MATRIX_A = 0x9908b0dfU, UPPER_MASK = 0x80000000U, LOWER_MASK = 0x7fffffffU;
constexpr double NV_MAGICCONST = 1.7155277699214135;  // 4 * exp(-0.5) / sqrt(2.0)
constexpr double TWOPI = 6.283185307179586;

int bit_length(uint64_t n) { return n ? 64 - __builtin_clzll(n) : 0; }
}  // namespace

void Random::init_genrand(uint32_t s) {
  mt_[0] = s;
  for (int mti = 1; mti < N; mti++)
    mt_[mti] = 1812433253U * (mt_[mti - 1] ^ (mt_[mti - 1] >> 30)) + static_cast<uint32_t>(mti);
  index_ = N;
}

void Random::init_by_array(const uint32_t* key, size_t key_length) {
  init_genrand(19650218U);
  size_t i = 1, j = 0;
  size_t k = N > key_length ? N : key_length;
  for (; k; k--) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= N) { mt_[0] = mt_[N - 1]; i = 1; }
    if (j >= key_length) j = 0;
  }
  for (k = N - 1; k; k--) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    i++;
    if (i >= N) { mt_[0] = mt_[N - 1]; i = 1; }
  }
  mt_[0] = 0x80000000U;
}

void Random::seed_words(std::vector<uint32_t> key) {
  while (key.size() > 1 && key.back() == 0) key.pop_back();
  if (key.empty()) key.push_back(0);
  init_by_array(key.data(), key.size());
  has_gauss_next_ = false;
}

void Random::seed_u64(uint64_t a) {
  std::vector<uint32_t> key{static_cast<uint32_t>(a)};
  if (a >> 32) key.push_back(static_cast<uint32_t>(a >> 32));
  seed_words(key);
}

void Random::seed(int64_t n) {
  uint64_t a = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  seed_u64(a);
}

uint32_t Random::genrand_uint32() {
  static const uint32_t mag01[2] = {0x0U, MATRIX_A};
  uint32_t y;
  if (index_ >= N) {
    int kk;
    for (kk = 0; kk < N - M; kk++) {
      y = (mt_[kk] & UPPER_MASK) | (mt_[kk + 1] & LOWER_MASK);
      mt_[kk] = mt_[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < N - 1; kk++) {
      y = (mt_[kk] & UPPER_MASK) | (mt_[kk + 1] & LOWER_MASK);
      mt_[kk] = mt_[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt_[N - 1] & UPPER_MASK) | (mt_[0] & LOWER_MASK);
    mt_[N - 1] = mt_[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    index_ = 0;
  }
  y = mt_[index_++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

double Random::random() {
  uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

Result<uint64_t> Random::getrandbits(int64_t k) {
  if (k < 0) return Result<uint64_t>::fail(Err::ValueError, "number of bits must be non-negative");
  if (k == 0) return Result<uint64_t>::good(0);
  if (k <= 32) return Result<uint64_t>::good(genrand_uint32() >> (32 - k));
  if (k > 64) return Result<uint64_t>::fail(Err::IntOverflow, "integer overflow");
  uint64_t lo = genrand_uint32();
  uint64_t hi = genrand_uint32();
  hi >>= (64 - k);
  return Result<uint64_t>::good(lo | (hi << 32));
}

uint64_t Random::randbelow(uint64_t n) {
  int k = bit_length(n);
  uint64_t r = getrandbits(k).value;
  while (r >= n) r = getrandbits(k).value;
  return r;
}

Result<int64_t> Random::randrange(int64_t stop) {
  if (stop > 0) return Result<int64_t>::good(static_cast<int64_t>(randbelow(static_cast<uint64_t>(stop))));
  return Result<int64_t>::fail(Err::ValueError, "empty range for randrange()");
}

Result<int64_t> Random::randrange(int64_t istart, int64_t istop, int64_t istep) {
  __int128 width = static_cast<__int128>(istop) - istart;
  if (istep == 1) {
    if (width > 0) {
      __int128 r = istart + static_cast<__int128>(randbelow(static_cast<uint64_t>(width)));
      return Result<int64_t>::good(static_cast<int64_t>(r));
    }
    return Result<int64_t>::fail(Err::ValueError, "empty range for randrange() (" + std::to_string(istart) +
                                                      ", " + std::to_string(istop) + ", " +
                                                      std::to_string(static_cast<int64_t>(width)) + ")");
  }
  __int128 n;
  auto floordiv = [](__int128 a, __int128 b) {
    __int128 q = a / b, r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) --q;
    return q;
  };
  if (istep > 0) n = floordiv(width + istep - 1, istep);
  else if (istep < 0) n = floordiv(width + istep + 1, istep);
  else return Result<int64_t>::fail(Err::ValueError, "zero step for randrange()");
  if (n <= 0) return Result<int64_t>::fail(Err::ValueError, "empty range for randrange()");
  __int128 r = istart + static_cast<__int128>(istep) * static_cast<__int128>(randbelow(static_cast<uint64_t>(n)));
  return Result<int64_t>::good(static_cast<int64_t>(r));
}

Result<int64_t> Random::randint(int64_t a, int64_t b) {
  if (b == INT64_MAX) return Result<int64_t>::fail(Err::IntOverflow, "integer overflow");
  return randrange(a, b + 1, 1);
}

Result<int64_t> Random::choice_index(int64_t n) {
  if (n <= 0) return Result<int64_t>::fail(Err::IndexError, "Cannot choose from an empty sequence");
  return Result<int64_t>::good(static_cast<int64_t>(randbelow(static_cast<uint64_t>(n))));
}

Result<std::vector<int64_t>> Random::sample_indices(int64_t n, int64_t k) {
  using R = Result<std::vector<int64_t>>;
  if (!(0 <= k && k <= n)) return R::fail(Err::ValueError, "Sample larger than population or is negative");
  std::vector<int64_t> result(static_cast<size_t>(k));
  double setsize = 21;
  if (k > 5) setsize += std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0)));
  if (static_cast<double>(n) <= setsize) {
    std::vector<int64_t> pool(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) pool[static_cast<size_t>(i)] = i;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = static_cast<int64_t>(randbelow(static_cast<uint64_t>(n - i)));
      result[static_cast<size_t>(i)] = pool[static_cast<size_t>(j)];
      pool[static_cast<size_t>(j)] = pool[static_cast<size_t>(n - i - 1)];
    }
  } else {
    std::set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = static_cast<int64_t>(randbelow(static_cast<uint64_t>(n)));
      while (selected.count(j)) j = static_cast<int64_t>(randbelow(static_cast<uint64_t>(n)));
      selected.insert(j);
      result[static_cast<size_t>(i)] = j;
    }
  }
  return R::good(std::move(result));
}

Result<double> Random::expovariate(double lambd) {
  double u = random();
  if (lambd == 0) return Result<double>::fail(Err::ZeroDivisionError, "float division by zero");
  return Result<double>::good(-std::log(1.0 - u) / lambd);
}

double Random::gauss(double mu, double sigma) {
  double z;
  if (has_gauss_next_) {
    z = gauss_next_;
    has_gauss_next_ = false;
  } else {
    double x2pi = random() * TWOPI;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
    z = std::cos(x2pi) * g2rad;
    gauss_next_ = std::sin(x2pi) * g2rad;
    has_gauss_next_ = true;
  }
  return mu + z * sigma;
}

double Random::normalvariate(double mu, double sigma) {
  double z;
  for (;;) {
    double u1 = random();
    double u2 = 1.0 - random();
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

double Random::triangular(double low, double high) {
  double u = random();
  double c = 0.5;
  if (u > c) { u = 1.0 - u; c = 1.0 - c; std::swap(low, high); }
  return low + (high - low) * std::sqrt(u * c);
}

Result<double> Random::triangular(double low, double high, double mode) {
  double u = random();
  if (high - low == 0) return Result<double>::good(low);
  double c = (mode - low) / (high - low);
  if (u > c) { u = 1.0 - u; c = 1.0 - c; std::swap(low, high); }
  return Result<double>::good(low + (high - low) * std::sqrt(u * c));
}

Random::State Random::state() const {
  State s;
  std::memcpy(s.mt, mt_, sizeof mt_);
  s.index = index_;
  s.has_gauss_next = has_gauss_next_;
  s.gauss_next = gauss_next_;
  return s;
}

void Random::set_state(const State& s) {
  std::memcpy(mt_, s.mt, sizeof mt_);
  index_ = s.index;
  has_gauss_next_ = s.has_gauss_next;
  gauss_next_ = s.gauss_next;
}

}  // namespace ts::py
