// CPython-identical random; see random.h.
#include "script/pylib/random.h"

#include <cmath>
#include <cstring>
#include <set>
#include <string_view>

namespace ts::py {

namespace {
constexpr int N = 624, M = 397;
constexpr uint32_t MATRIX_A = 0x9908b0dfU, UPPER_MASK = 0x80000000U, LOWER_MASK = 0x7fffffffU;
constexpr double NV_MAGICCONST = 1.7155277699214135;  // 4 * exp(-0.5) / sqrt(2.0)
constexpr double TWOPI = 6.283185307179586;

int bit_length(uint64_t n) { return n ? 64 - __builtin_clzll(n) : 0; }

// ---- correctly rounded sin/cos (double-double) for non-glibc builds ----
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif
struct DD { double hi, lo; };
DD two_sum(double a, double b) {
  double s = a + b, bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}
DD quick_two_sum(double a, double b) {
  double s = a + b;
  return {s, b - (s - a)};
}
void split(double a, double& hi, double& lo) {
  double t = 134217729.0 * a;
  hi = t - (t - a);
  lo = a - hi;
}
DD two_prod(double a, double b) {
  double p = a * b, ah, al, bh, bl;
  split(a, ah, al);
  split(b, bh, bl);
  return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}
DD dd_add(DD a, DD b) {
  DD s = two_sum(a.hi, b.hi), t = two_sum(a.lo, b.lo);
  s.lo += t.hi;
  s = quick_two_sum(s.hi, s.lo);
  s.lo += t.lo;
  return quick_two_sum(s.hi, s.lo);
}
DD dd_mul(DD a, DD b) {
  DD p = two_prod(a.hi, b.hi);
  p.lo += a.hi * b.lo + a.lo * b.hi;
  return quick_two_sum(p.hi, p.lo);
}
DD dd_div_d(DD a, double b) {
  double q1 = a.hi / b;
  DD p = two_prod(q1, b);
  DD r = dd_add(a, DD{-p.hi, -p.lo});
  return quick_two_sum(q1, r.hi / b);
}
// Taylor series of sin and cos for |r| <= pi/4.
void sincos_dd(DD r, DD& s, DD& c) {
  DD r2 = dd_mul(r, r);
  DD term = r;
  s = r;
  for (int n = 2; n < 40; n += 2) {
    term = dd_div_d(dd_mul(term, r2), -static_cast<double>(n * (n + 1)));
    s = dd_add(s, term);
    if (std::fabs(term.hi) < 1e-40) break;
  }
  term = DD{1.0, 0.0};
  c = term;
  for (int n = 1; n < 40; n += 2) {
    term = dd_div_d(dd_mul(term, r2), -static_cast<double>(n * (n + 1)));
    c = dd_add(c, term);
    if (std::fabs(term.hi) < 1e-40) break;
  }
}
}  // namespace

void sincos_cr(double x, double* sn, double* cs) {
  if (!(std::fabs(x) < 1.6e6)) { *sn = std::sin(x); *cs = std::cos(x); return; }
  // pi/2 in 33-bit pieces, so k * piece is exact for k < 2^20
  const double P1 = 1.57079632673412561417e+00, P2 = 6.07710050630396597660e-11,
               P3 = 2.02226624871116645580e-21, P3T = 8.47842766036889956997e-32;
  double k = std::nearbyint(x * 0.63661977236758134308);
  DD r = two_sum(x, -k * P1);
  r = dd_add(r, DD{-k * P2, 0.0});
  r = dd_add(r, DD{-k * P3, 0.0});
  r = dd_add(r, DD{-k * P3T, 0.0});
  DD s, c;
  sincos_dd(r, s, c);
  double S = s.hi + s.lo, C = c.hi + c.lo;
  switch (static_cast<long>(k) & 3) {
    case 0: *sn = S; *cs = C; break;
    case 1: *sn = C; *cs = -S; break;
    case 2: *sn = -S; *cs = -C; break;
    default: *sn = -C; *cs = S; break;
  }
}

namespace {
// CPython calls the C library's sin/cos; on glibc (the oracle's platform) we
// do the same. Elsewhere (Emscripten's musl) a correctly rounded version is
// used: it agrees with glibc on ~99.86% of inputs, musl's on ~98.8%.
void py_sincos(double x, double* s, double* c) {
#if defined(__GLIBC__)
  *s = std::sin(x);
  *c = std::cos(x);
#else
  sincos_cr(x, s, c);
#endif
}
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

// ---- SHA-512 (FIPS 180-4), for str/bytes seeds ----
namespace {
const uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

std::vector<uint8_t> sha512(const std::vector<uint8_t>& msg) {
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                   0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  std::vector<uint8_t> m = msg;
  uint64_t bitlen = static_cast<uint64_t>(msg.size()) * 8;
  m.push_back(0x80);
  while (m.size() % 128 != 112) m.push_back(0);
  for (int k = 0; k < 8; ++k) m.push_back(0);  // high 64 bits of the 128-bit length
  for (int k = 7; k >= 0; --k) m.push_back(static_cast<uint8_t>(bitlen >> (8 * k)));
  for (size_t off = 0; off < m.size(); off += 128) {
    uint64_t w[80];
    for (int t = 0; t < 16; ++t) {
      uint64_t v = 0;
      for (int b = 0; b < 8; ++b) v = (v << 8) | m[off + static_cast<size_t>(t * 8 + b)];
      w[t] = v;
    }
    for (int t = 16; t < 80; ++t) {
      uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; ++t) {
      uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + S1 + ch + kSha512K[t] + w[t];
      uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = S0 + maj;
      hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  std::vector<uint8_t> out;
  for (uint64_t v : h)
    for (int k = 7; k >= 0; --k) out.push_back(static_cast<uint8_t>(v >> (8 * k)));
  return out;
}
}  // namespace

void Random::seed_bytes(std::string_view bytes) {
  // a = int.from_bytes(a + sha512(a).digest())  (big-endian), then seed(a)
  std::vector<uint8_t> all(bytes.begin(), bytes.end());
  std::vector<uint8_t> digest = sha512(all);
  all.insert(all.end(), digest.begin(), digest.end());
  std::vector<uint32_t> words;
  // least significant word = last 4 bytes
  for (size_t end = all.size(); end > 0;) {
    size_t start = end >= 4 ? end - 4 : 0;
    uint32_t v = 0;
    for (size_t k = start; k < end; ++k) v = (v << 8) | all[k];
    words.push_back(v);
    end = start;
  }
  seed_words(std::move(words));
}

void Random::seed_float(double v) {
  // _Py_HashDouble (64-bit: modulus 2**61 - 1)
  const uint64_t MOD = (uint64_t(1) << 61) - 1;
  const int BITS = 61;
  int64_t h;
  if (std::isinf(v)) {
    h = v > 0 ? 314159 : -314159;
  } else if (std::isnan(v)) {
    h = 0;  // CPython hashes a NaN by object identity; no stable value exists
  } else {
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
      x = ((x << 28) & MOD) | x >> (BITS - 28);
      m *= 268435456.0;
      e -= 28;
      uint64_t y = static_cast<uint64_t>(m);
      m -= static_cast<double>(y);
      x += y;
      if (x >= MOD) x -= MOD;
    }
    e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
    x = ((x << e) & MOD) | x >> (BITS - e);
    x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
    if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
    h = static_cast<int64_t>(x);
  }
  seed_u64(static_cast<uint64_t>(h));  // PyLong_FromSize_t((size_t)hash)
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

uint64_t Random::bits(int k) {
  if (k == 0) return 0;
  if (k <= 32) return genrand_uint32() >> (32 - k);
  uint64_t lo = genrand_uint32();
  uint64_t hi = genrand_uint32() >> (64 - k);
  return lo | (hi << 32);
}

Result<BigInt> Random::getrandbits(int64_t k) {
  if (k < 0) return Result<BigInt>::fail(Err::ValueError, "number of bits must be non-negative");
  if (k > BigInt::kMaxBits) return bigint_size_error<BigInt>();
  std::vector<uint32_t> words(size_t((k + 31) / 32));
  for (size_t i = 0; i < words.size(); ++i, k -= 32) {
    uint32_t r = genrand_uint32();
    if (k < 32) r >>= (32 - k);  // the last word keeps its most significant bits
    words[i] = r;
  }
  return Result<BigInt>::good(BigInt::from_limbs(std::move(words)));
}

uint64_t Random::randbelow(uint64_t n) {
  int k = bit_length(n);
  uint64_t r = bits(k);
  while (r >= n) r = bits(k);
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

Result<double> Random::paretovariate(double alpha) {
  double u = 1.0 - random();
  if (alpha == 0) return Result<double>::fail(Err::ZeroDivisionError, "float division by zero");
  return float_pow(u, -1.0 / alpha);
}

Result<double> Random::weibullvariate(double alpha, double beta) {
  double u = 1.0 - random();
  if (beta == 0) return Result<double>::fail(Err::ZeroDivisionError, "float division by zero");
  auto p = float_pow(-std::log(u), 1.0 / beta);
  if (!p) return p;
  return Result<double>::good(alpha * p.value);
}

Result<std::vector<int64_t>> Random::choices_indices(int64_t n, const std::vector<double>& weights, int64_t k,
                                                     bool cumulative) {
  using R = Result<std::vector<int64_t>>;
  std::vector<int64_t> out;
  if (weights.empty() && !cumulative) {
    double nf = static_cast<double>(n);
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = static_cast<int64_t>(std::floor(random() * nf));
      if (j >= n) return R::fail(Err::IndexError, "list index out of range");
      out.push_back(j);
    }
    return R::good(std::move(out));
  }
  std::vector<double> cum;
  if (cumulative) cum = weights;
  else {
    double acc = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
      acc = i ? acc + weights[i] : weights[i];
      cum.push_back(acc);
    }
  }
  if (static_cast<int64_t>(cum.size()) != n)
    return R::fail(Err::ValueError, "The number of weights does not match the population");
  if (n == 0) return R::fail(Err::IndexError, "list index out of range");
  double total = cum.back() + 0.0;
  if (total <= 0.0) return R::fail(Err::ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(total)) return R::fail(Err::ValueError, "Total of weights must be finite");
  int64_t hi = n - 1;
  for (int64_t i = 0; i < k; ++i) {
    double x = random() * total;
    // bisect_right(cum, x, 0, hi)
    int64_t lo = 0, h = hi;
    while (lo < h) {
      int64_t mid = (lo + h) / 2;
      if (x < cum[static_cast<size_t>(mid)]) h = mid;
      else lo = mid + 1;
    }
    out.push_back(lo);
  }
  return R::good(std::move(out));
}

double Random::gauss(double mu, double sigma) {
  double z;
  if (has_gauss_next_) {
    z = gauss_next_;
    has_gauss_next_ = false;
  } else {
    double x2pi = random() * TWOPI;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
    double sn, cs;
    py_sincos(x2pi, &sn, &cs);
    z = cs * g2rad;
    gauss_next_ = sn * g2rad;
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
