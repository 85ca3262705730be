// Compiling sources, and importing the modules written in Python
// (modules/python.h) the way CPython's importlib does: find the source, make
// the module, put it in sys.modules (vm.modules), run its body in the
// module's namespace; drop it again if the body raises, and let the error
// propagate. A module whose body is running is already in sys.modules, so an
// import cycle sees it partially initialised, as in CPython.
#pragma once
#include <string>
#include <string_view>

#include "script/compile/compiler.h"
#include "script/front/ast.h"
#include "script/objects/runtime.h"

namespace ts::vm {

// The modules `import` may name: the native ones and the Python ones.
extern const Importable kImportable;

// Parses and compiles; on a syntax or subset error returns null with the
// position and message.
Ref<Code> compile_source(std::string_view source, const std::string& filename, ast::Pos& pos, std::string& msg);

// Installs the import hook (vm.import_module) for the Python modules.
void install_importer(VM& vm);

}  // namespace ts::vm
