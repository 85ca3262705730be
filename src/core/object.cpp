// The trashcan of object.h: frees deferred by depth, drained iteratively.
// Until it is drained, a deferred object (rc 0) is still linked wherever it
// registered itself by raw pointer (the loop's futures, vm.asyncgens): such a
// registry skips rc == 0 entries rather than take a new reference to them.
#include "core/object.h"

#include <vector>

namespace ts::trash {

namespace {
std::vector<Obj*>& list() {
  static std::vector<Obj*> l;
  return l;
}
}  // namespace

void defer(Obj* o) {
  list().push_back(o);
  ++pending;
}

void drain() {
  auto& l = list();
  // Each free runs at depth 1, so what it frees nests at most kMaxDepth
  // deeper before it is deferred again.
  while (!l.empty()) {
    Obj* o = l.back();
    l.pop_back();
    --pending;
    ++depth;
    delete o;
    --depth;
  }
}

}  // namespace ts::trash
