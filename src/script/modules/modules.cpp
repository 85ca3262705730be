// The order the modules are installed in.
#include "script/modules/modules.h"

namespace ts::vm {

void install_modules(VM& vm) {
  install_asyncio(vm);
  install_time(vm);
  install_random(vm);
  install_math(vm);
  install_functools(vm);
  install_typing(vm);
  install_types(vm);
}

}  // namespace ts::vm
