// Object model shared by the core and the VM: refcounted Obj, Ref<T>, Value.
#pragma once
#include <cstdint>
#include <cstddef>
#include <utility>

#include "core/pool.h"

namespace ts {

// Base of every heap object. Refcount is intrusive and non-atomic: the
// runtime is single-threaded (scenario "threads" are simulated on the loop).
struct Obj {
  uint32_t rc = 0;
  // Fast type tag for the VM's own object classes (0 = any other object,
  // e.g. core futures); lets the VM test types without dynamic_cast.
  uint32_t kind = 0;
  Obj() { ++live_; }
  Obj(const Obj&) = delete;
  Obj& operator=(const Obj&) = delete;
  virtual ~Obj() { --live_; }
  // Objects come from the size-class pool (core/pool.h): a free-list pop
  // instead of malloc + malloc_usable_size, and no malloc header per object.
  // The virtual destructor hands operator delete the dynamic type's size.
  static void* operator new(std::size_t n) { return pool_alloc(n); }
  static void operator delete(void* p, std::size_t n) noexcept { pool_free(p, n); }
  // Live heap objects (the VM's object budget reads it).
  static inline int64_t live_ = 0;
  static int64_t live_count() { return live_; }
  virtual const char* type_name() const = 0;
};

inline void incref(Obj* o) { if (o) ++o->rc; }

// Freeing a deep structure (a list nested 100,000 deep, a long linked list of
// instances, a long exception chain) would recurse once per level through the
// destructors and overflow the C stack. As CPython's trashcan
// (Py_TRASHCAN_BEGIN), frees nested deeper than kMaxDepth are deferred to a
// list that the outermost free drains, so the C stack stays bounded.
namespace trash {
inline constexpr int kMaxDepth = 50;
inline int depth = 0;       // destructors running, one inside another
inline size_t pending = 0;  // deferred frees
void defer(Obj* o);         // object.cpp
void drain();
}  // namespace trash

inline void decref(Obj* o) {
  if (!o || --o->rc != 0) return;
  if (trash::depth >= trash::kMaxDepth) return trash::defer(o);
  ++trash::depth;
  delete o;
  --trash::depth;
  if (trash::depth == 0 && trash::pending) trash::drain();
}

// Intrusive smart pointer.
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  Ref(T* p) : p_(p) { incref(p_); }
  Ref(const Ref& o) : p_(o.p_) { incref(p_); }
  Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  template <class U>
  Ref(const Ref<U>& o) : p_(o.get()) { incref(p_); }
  ~Ref() { decref(p_); }
  Ref& operator=(Ref o) noexcept { std::swap(p_, o.p_); return *this; }
  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  bool operator==(const Ref& o) const { return p_ == o.p_; }
  bool operator!=(const Ref& o) const { return p_ != o.p_; }
  T* release() { T* p = p_; p_ = nullptr; return p; }

 private:
  T* p_ = nullptr;
};

template <class T, class... A>
Ref<T> make(A&&... a) { return Ref<T>(new T(std::forward<A>(a)...)); }

// 16-byte tagged value. Copy increments the refcount of object payloads.
// Unset marks an empty slot of the script VM (an unbound local, the absent
// self of a plain call after LOAD_METHOD); it is never a Python value.
// Switches over tags treat it like None, so a slot leaked by mistake cannot
// be read as an object.
struct Value {
  enum Tag : uint8_t { None, Bool, Int, Float, Object, Unset };
  Tag tag = None;
  union {
    bool b;
    int64_t i;
    double f;
    Obj* o;
  };

  Value() : i(0) {}
  static Value none() { return Value(); }
  static Value boolean(bool v) { Value r; r.tag = Bool; r.i = 0; r.b = v; return r; }
  static Value integer(int64_t v) { Value r; r.tag = Int; r.i = v; return r; }
  static Value real(double v) { Value r; r.tag = Float; r.f = v; return r; }
  static Value unset() { Value r; r.tag = Unset; return r; }
  static Value object(Obj* p) { Value r; if (!p) return r; r.tag = Object; r.o = p; incref(p); return r; }
  template <class T>
  static Value object(const Ref<T>& p) { return object(static_cast<Obj*>(p.get())); }

  Value(const Value& v) : tag(v.tag), i(v.i) { if (tag == Object) incref(o); }
  Value(Value&& v) noexcept : tag(v.tag), i(v.i) { v.tag = None; v.i = 0; }
  Value& operator=(const Value& v) {
    if (v.tag == Object) incref(v.o);
    if (tag == Object) decref(o);
    tag = v.tag; i = v.i;
    return *this;
  }
  Value& operator=(Value&& v) noexcept {
    if (this != &v) {
      if (tag == Object) decref(o);
      tag = v.tag; i = v.i;
      v.tag = None; v.i = 0;
    }
    return *this;
  }
  ~Value() { if (tag == Object) decref(o); }

  bool is_none() const { return tag == None; }
  bool is_unset() const { return tag == Unset; }
  bool is_obj() const { return tag == Object; }
  Obj* obj() const { return tag == Object ? o : nullptr; }
  template <class T>
  T* as() const { return tag == Object ? dynamic_cast<T*>(o) : nullptr; }
  // Identity (Python `is`) for objects; value equality for immediates.
  bool same(const Value& v) const { return tag == v.tag && i == v.i; }
};

static_assert(sizeof(Value) == 16, "Value must stay 16 bytes");

}  // namespace ts
