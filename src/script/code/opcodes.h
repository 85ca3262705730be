// The VM's instruction set: one X-macro line per opcode with its stack effect
// (as Wren's OPCODE(name, stackEffect)) and what it does to the stack.
// TOS = top of stack, TOS1 = the one below it. `a` = the argument; an effect
// that depends on it is a formula in `a`. For a jump, the effect is the one
// of falling through; jump_stack_effect() gives the one of jumping. The
// compiler sizes each frame's stack (Code::max_stack) from these numbers, so
// a wrong one shows as a failing unit test (stack_depth_test.cpp).
#pragma once
#include <cstdint>

// clang-format off
#define TS_OPCODES(X) \
  X(NOP, 0)                   /* do nothing */ \
  X(POP_TOP, -1)              /* drop TOS */ \
  X(ROT_TWO, 0)               /* swap TOS and TOS1 */ \
  X(ROT_THREE, 0)             /* lift TOS below TOS1 and TOS2 */ \
  X(DUP_TOP, 1)               /* push TOS again */ \
  X(DUP_TOP_TWO, 2)           /* push TOS1, TOS again */ \
  X(LOAD_CONST, 1)            /* push consts[a] */ \
  X(LOAD_FAST, 1)             /* push local a (UnboundLocalError if unset) */ \
  X(STORE_FAST, -1)           /* local a = pop */ \
  X(DELETE_FAST, 0)           /* unset local a */ \
  X(LOAD_DEREF, 1)            /* push the value of cell a (cellvars, then freevars) */ \
  X(STORE_DEREF, -1)          /* cell a = pop */ \
  X(DELETE_DEREF, 0)          /* empty cell a */ \
  X(LOAD_CLOSURE, 1)          /* push cell a itself (to build a closure) */ \
  X(LOAD_GLOBAL, 1)           /* push globals[names[a]] or builtins[names[a]] */ \
  X(STORE_GLOBAL, -1)         /* globals[names[a]] = pop */ \
  X(DELETE_GLOBAL, 0)         /* del globals[names[a]] */ \
  X(LOAD_NAME, 1)             /* push locals-dict / globals / builtins [names[a]] (module and class bodies) */ \
  X(STORE_NAME, -1)           /* locals-dict[names[a]] = pop */ \
  X(DELETE_NAME, 0)           /* del locals-dict[names[a]] */ \
  X(LOAD_ATTR, 0)             /* TOS = getattr(TOS, names[a]) */ \
  X(STORE_ATTR, -2)           /* setattr(TOS, names[a], TOS1); pop both */ \
  X(DELETE_ATTR, -1)          /* delattr(pop, names[a]) */ \
  X(LOAD_METHOD, 1)           /* replace TOS=obj by [func, obj] for a method, or [attr, unset] */ \
  X(BINARY_SUBSCR, -1)        /* TOS = TOS1[TOS] */ \
  X(STORE_SUBSCR, -3)         /* TOS1[TOS] = TOS2; pop three */ \
  X(DELETE_SUBSCR, -2)        /* del TOS1[TOS]; pop two */ \
  X(BINARY_OP, -1)            /* TOS = TOS1 <binop a> TOS (code/operators.h) */ \
  X(INPLACE_OP, -1)           /* TOS = TOS1 <binop a>= TOS (in place for lists) */ \
  X(UNARY_OP, 0)              /* TOS = <unop a> TOS */ \
  X(COMPARE_OP, -1)           /* TOS = TOS1 <cmpop a> TOS */ \
  X(BUILD_TUPLE, 1 - a)       /* push a tuple of the top a items */ \
  X(BUILD_LIST, 1 - a)        /* push a list of the top a items */ \
  X(BUILD_SET, 1 - a)         /* push a set of the top a items */ \
  X(BUILD_MAP, 1 - 2 * a)     /* push a dict of the top 2a items (key, value pairs) */ \
  X(BUILD_SLICE, 1 - a)       /* push slice(TOS2, TOS1, TOS) (a = 3) or slice(TOS1, TOS) (a = 2) */ \
  X(BUILD_STRING, 1 - a)      /* push the concatenation of the top a strings */ \
  X(LIST_APPEND, -1)          /* v = pop; the list a below the new top (stack[-1-a]) .append(v) */ \
  X(SET_ADD, -1)              /* set at stack[-a-1] .add(pop) */ \
  X(MAP_ADD, -2)              /* pop value, key; the dict a below the new top [key] = value */ \
  X(LIST_EXTEND, -1)          /* list at stack[-a-1] .extend(pop) */ \
  X(SET_UPDATE, -1)           /* set at stack[-a-1] .update(pop) */ \
  X(DICT_UPDATE, -1)          /* dict at stack[-a-1] .update(pop) (dict display ** ) */ \
  X(DICT_MERGE, -1)           /* like DICT_UPDATE but duplicate keys are a TypeError (call ** ) */ \
  X(LIST_TO_TUPLE, 0)         /* TOS = tuple(TOS) */ \
  X(FORMAT_VALUE, -(a >> 2 & 1)) /* f-string field: a&3 = conversion (0 none, 1 str, 2 repr, 3 ascii), a&4 = spec on TOS */ \
  X(UNPACK_SEQUENCE, a - 1)   /* replace TOS by its a items, first item on top */ \
  X(UNPACK_EX, (a & 0xff) + (a >> 8)) /* star unpack: a&0xff before the star, a>>8 after, a list between */ \
  X(GET_ITER, 0)              /* TOS = iter(TOS) */ \
  X(FOR_ITER, 1)              /* push next(TOS), or pop TOS and jump to a when exhausted */ \
  X(JUMP, 0)                  /* ip = a */ \
  X(POP_JUMP_IF_FALSE, -1)    /* if not pop: ip = a */ \
  X(POP_JUMP_IF_TRUE, -1)     /* if pop: ip = a */ \
  X(JUMP_IF_FALSE_OR_POP, -1) /* if not TOS: ip = a, else pop */ \
  X(JUMP_IF_TRUE_OR_POP, -1)  /* if TOS: ip = a, else pop */ \
  X(CALL, -a)                 /* call stack[-a-1] with a positional args */ \
  X(CALL_KW, -a - 1)          /* TOS = tuple of keyword names (last k of the a args); call */ \
  X(CALL_METHOD, -a - 1)      /* [func, self-or-unset, a args] from LOAD_METHOD; call */ \
  X(CALL_METHOD_KW, -a - 2)   /* like CALL_METHOD with a names tuple on TOS */ \
  X(CALL_EX, -1 - (a & 1))    /* call TOS2 with *TOS1 (tuple) and **TOS (dict, if a&1; else TOS1 is args) */ \
  X(MAKE_FUNCTION, -(a & 1) - (a >> 1 & 1) - (a >> 3 & 1)) /* TOS = code; a&1 defaults tuple, a&2 kwdefaults dict, a&8 closure tuple below */ \
  X(RETURN_VALUE, -1)         /* return pop to the caller */ \
  X(SETUP_FINALLY, 0)         /* push a handler block: on exception, unwind the stack and jump to a with the exception pushed */ \
  X(POP_BLOCK, 0)             /* pop the innermost handler block */ \
  X(PUSH_EXC_INFO, 0)         /* TOS is the exception being handled: make it sys.exc_info() */ \
  X(POP_EXCEPT, 0)            /* drop the innermost exc_info (the handled exception ends) */ \
  X(CHECK_EXC_MATCH, 0)       /* TOS = isinstance(TOS1, TOS) for except clauses (TOS1 stays) */ \
  X(CHECK_EG_MATCH, 0)        /* except*: [exc, type] -> [rest, match] split by type (None if empty); a match becomes sys.exception() */ \
  X(PREP_RERAISE_STAR, -1)    /* except*: [orig, list of raised and the rest] -> the exception to re-raise, or None */ \
  X(RERAISE, -1)              /* raise pop again (keeps its traceback) */ \
  X(POP_EXCEPT_AND_RERAISE, -2) /* [exc, new]: pop exc_info, raise new */ \
  X(RAISE_VARARGS, -a)        /* a = 0: re-raise the handled exception; 1: raise pop; 2: raise TOS1 from TOS */ \
  X(BEFORE_WITH, 1)           /* TOS = cm: push bound __exit__ then cm.__enter__() */ \
  X(BEFORE_ASYNC_WITH, 1)     /* TOS = cm: push bound __aexit__ then the awaitable cm.__aenter__() */ \
  X(WITH_EXCEPT_START, 4)     /* stack [exit, exc]: push exit, type(exc), exc, None (a CALL 3 follows) */ \
  X(GET_AWAITABLE, 0)         /* check TOS can be awaited (coroutine, future); else TOS = TOS.__await__() */ \
  X(GET_YIELD_FROM_ITER, 0)   /* TOS = iter(TOS) unless it is a generator */ \
  X(AWAIT, 0)                 /* run TOS (awaitable or yield-from iterator) to completion, yielding what it yields; TOS = its result */ \
  X(YIELD_VALUE, 0)           /* suspend the chain yielding pop; resuming pushes the sent value */ \
  X(GET_AITER, 0)             /* TOS = TOS.__aiter__() */ \
  X(GET_ANEXT, 1)             /* push the awaitable of TOS.__anext__() */ \
  X(END_ASYNC_FOR, -2)        /* [aiter, exc]: StopAsyncIteration ends the loop (pop both), else re-raise exc */ \
  X(IMPORT_NAME, 1)           /* push module names[a] */ \
  X(IMPORT_FROM, 1)           /* push getattr(TOS, names[a]) (module stays) */ \
  X(LOAD_ASSERTION_ERROR, 1)  /* push AssertionError */ \
  X(LOAD_BUILD_CLASS, 1)      /* push the builtin that builds a class from its body function */ \
  X(SETUP_ANNOTATIONS, 0)     /* no-op (annotations are ignored) */
// clang-format on

namespace ts::vm {

enum class Op : uint8_t {
#define TS_OP_ENUM(name, effect) name,
  TS_OPCODES(TS_OP_ENUM)
#undef TS_OP_ENUM
};

// How many opcodes there are.
inline constexpr uint32_t kOpCount = 0
#define TS_OP_COUNT(name, effect) +1
    TS_OPCODES(TS_OP_COUNT)
#undef TS_OP_COUNT
    ;

inline const char* op_name(Op op) {
  static const char* const names[] = {
#define TS_OP_NAME(name, effect) #name,
      TS_OPCODES(TS_OP_NAME)
#undef TS_OP_NAME
  };
  return names[int(op)];
}

// Net change of the stack depth when `op` with argument `arg` falls through.
constexpr int stack_effect(Op op, uint32_t arg) {
  const int a = int(arg);
  switch (op) {
#define TS_OP_EFFECT(name, effect) case Op::name: return (effect);
    TS_OPCODES(TS_OP_EFFECT)
#undef TS_OP_EFFECT
  }
  return 0;
}

// Whether `op` may continue at its argument instead of the next instruction.
// (For SETUP_FINALLY: the handler, entered when an exception unwinds to it.)
constexpr bool is_jump(Op op) {
  switch (op) {
    case Op::FOR_ITER: case Op::JUMP: case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE:
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: case Op::SETUP_FINALLY:
      return true;
    default:
      return false;
  }
}

// Net change of the stack depth when a jump is taken: FOR_ITER pops the
// exhausted iterator, JUMP_IF_*_OR_POP keep TOS, and SETUP_FINALLY's handler
// starts at the block's depth with the exception pushed.
constexpr int jump_stack_effect(Op op, uint32_t arg) {
  switch (op) {
    case Op::FOR_ITER: return -1;
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return 0;
    case Op::SETUP_FINALLY: return 1;
    default: return stack_effect(op, arg);
  }
}

// Whether the instruction after `op` is reached only by a jump.
constexpr bool ends_flow(Op op) {
  switch (op) {
    case Op::JUMP: case Op::RETURN_VALUE: case Op::RERAISE: case Op::POP_EXCEPT_AND_RERAISE:
    case Op::RAISE_VARARGS:
      return true;
    default:
      return false;
  }
}

}  // namespace ts::vm
