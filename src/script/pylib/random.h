// CPython 3.11's random module, bit for bit: the Mersenne Twister (MT19937)
// of Modules/_randommodule.c and the Python-level methods of Lib/random.py
// that scenarios use. Seeds: ints (any size via seed_words), str and bytes
// (seed_bytes), floats (seed_float, via CPython's hash(float)).
#pragma once
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "script/pylib/bigint.h"
#include "script/pylib/num.h"

namespace ts::py {

// sin and cos correctly rounded (double-double evaluation); gauss() uses it
// instead of the C library's on non-glibc targets (the wasm build).
void sincos_cr(double x, double* sn, double* cs);

class Random {
 public:
  Random() { seed(0); }
  explicit Random(int64_t s) { seed(s); }

  // random.seed(n) for an int n (uses abs(n), as CPython).
  void seed(int64_t n);
  void seed_u64(uint64_t absval);
  // abs(n) as 32-bit little-endian words (least significant first), for
  // seeds beyond 64 bits. Empty = 0.
  void seed_words(std::vector<uint32_t> key);
  // random.seed(s) for a str (pass its UTF-8) or bytes: version 2, which
  // seeds with int.from_bytes(s + sha512(s).digest()).
  void seed_bytes(std::string_view bytes);
  // random.seed(x) for a float: CPython seeds with hash(x) as an unsigned
  // 64-bit number (hash(2.0) == 2, so integral floats seed like ints).
  void seed_float(double x);

  uint32_t genrand_uint32();
  double random();                       // [0, 1), 53 bits
  // getrandbits(k): ValueError for k < 0 ("number of bits must be
  // non-negative"); beyond 32 bits, 32-bit words least significant first, the
  // last one keeping its top bits (_random_Random_getrandbits_impl); past
  // BigInt::kMaxBits, BigInt's size error.
  Result<BigInt> getrandbits(int64_t k);
  uint64_t randbelow(uint64_t n);        // _randbelow_with_getrandbits, n > 0
  // randrange(stop) / randrange(start, stop[, step]) with CPython's messages.
  Result<int64_t> randrange(int64_t stop);
  Result<int64_t> randrange(int64_t start, int64_t stop, int64_t step = 1);
  Result<int64_t> randint(int64_t a, int64_t b);
  // Index for choice(seq) of length n: IndexError "Cannot choose from an empty sequence".
  Result<int64_t> choice_index(int64_t n);
  // shuffle: the permutation CPython applies; call with any vector.
  template <class T>
  void shuffle(std::vector<T>& x) {
    for (size_t i = x.size(); i-- > 1;) {
      size_t j = static_cast<size_t>(randbelow(i + 1));
      std::swap(x[i], x[j]);
    }
  }
  // sample(population of size n, k): selected indices in selection order.
  // ValueError "Sample larger than population or is negative".
  Result<std::vector<int64_t>> sample_indices(int64_t n, int64_t k);
  double uniform(double a, double b) { return a + (b - a) * random(); }
  // expovariate: ZeroDivisionError "float division by zero" for lambd == 0.
  Result<double> expovariate(double lambd);
  double gauss(double mu = 0.0, double sigma = 1.0);
  double normalvariate(double mu = 0.0, double sigma = 1.0);
  double lognormvariate(double mu, double sigma) { return std::exp(normalvariate(mu, sigma)); }
  Result<double> paretovariate(double alpha);
  Result<double> weibullvariate(double alpha, double beta);
  // choices(population of size n, weights=None or weights, k=k): indices.
  // weights empty = unweighted. Errors as CPython ("The number of weights
  // does not match the population", "Total of weights must be greater than
  // zero", "Total of weights must be finite"); empty population with no
  // weights: IndexError "list index out of range" (as population[...] would).
  Result<std::vector<int64_t>> choices_indices(int64_t n, const std::vector<double>& weights, int64_t k,
                                               bool cumulative = false);
  double triangular(double low = 0.0, double high = 1.0);  // mode=None
  Result<double> triangular(double low, double high, double mode);

  // getstate()/setstate() equivalents for the UI's replay.
  struct State { uint32_t mt[624]; int index; bool has_gauss_next; double gauss_next; };
  State state() const;
  void set_state(const State& s);

 private:
  uint64_t bits(int k);  // getrandbits(k) for 0 <= k <= 64
  void init_genrand(uint32_t s);
  void init_by_array(const uint32_t* key, size_t len);
  uint32_t mt_[624];
  int index_ = 625;
  bool has_gauss_next_ = false;
  double gauss_next_ = 0;
};

}  // namespace ts::py
