// A call's arguments with one more in front (self for a bound method, the
// class for __new__), in one array as a call takes them: on the C stack for
// the usual few, on the heap past kSmall - 1. A call with self made this
// way costs no allocation.
#pragma once
#include <vector>

#include "core/object.h"

namespace ts::vm {

class PrependedArgs {
 public:
  PrependedArgs(Value first, const Value* args, int n) : n_(n + 1) {
    if (n_ > kSmall) {
      big_.resize(static_cast<size_t>(n_));
      p_ = big_.data();
    }
    p_[0] = std::move(first);
    for (int i = 0; i < n; i++) p_[i + 1] = args[i];
  }
  PrependedArgs(const PrependedArgs&) = delete;
  PrependedArgs& operator=(const PrependedArgs&) = delete;
  Value* data() { return p_; }
  int size() const { return n_; }

 private:
  static constexpr int kSmall = 8;
  Value small_[kSmall];
  std::vector<Value> big_;
  Value* p_ = small_;
  int n_;
};

}  // namespace ts::vm
