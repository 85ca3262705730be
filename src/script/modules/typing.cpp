// The `typing` module: the names scenarios annotate with. Annotations are
// not checked, so each is the builtin type it names or `object`.
#include "script/modules/modules.h"

namespace ts::vm {

void install_typing(VM& vm) {
  Module* t = vm.new_module("typing");
  auto alias = [&](const char* n, PyType* ty) { t->dict->set(vm.make_str(n), Value::object(ty)); };
  alias("List", vm.t_list);
  alias("Dict", vm.t_dict);
  alias("Tuple", vm.t_tuple);
  alias("Set", vm.t_set);
  alias("FrozenSet", vm.t_frozenset);
  for (const char* n : {"Any", "Optional", "Union", "Callable", "Awaitable", "Coroutine", "Iterable", "Iterator",
                        "Sequence", "Mapping", "Type", "TypeVar", "Generic", "NoReturn"})
    alias(n, vm.t_object);
}

}  // namespace ts::vm
