// Umbrella header: the layout of every Python type of the scenario
// language, one header per type. Every object is a ts::Obj and every value a
// ts::Value, so core objects (futures, tasks, semaphores) are Python objects
// too. The code object and frames are in code.h, the runtime state in
// runtime.h.
#pragma once
#include "script/objects/object.h"
#include "script/objects/str.h"
#include "script/objects/int.h"
#include "script/objects/float.h"
#include "script/objects/tuple.h"
#include "script/objects/list.h"
#include "script/objects/dict.h"
#include "script/objects/set.h"
#include "script/objects/range.h"
#include "script/objects/slice.h"
#include "script/objects/function.h"
#include "script/objects/type.h"
#include "script/objects/instance.h"
#include "script/objects/exception.h"
#include "script/objects/module.h"
#include "script/objects/iterator.h"
