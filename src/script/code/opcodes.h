// The VM's instruction set: one X-macro line per opcode, with what it does to
// the stack. TOS = top of stack, TOS1 = the one below it. `a` = the argument.
#pragma once
#include <cstdint>

// clang-format off
#define TS_OPCODES(X) \
  X(NOP)                 /* do nothing */ \
  X(POP_TOP)             /* drop TOS */ \
  X(ROT_TWO)             /* swap TOS and TOS1 */ \
  X(ROT_THREE)           /* lift TOS below TOS1 and TOS2 */ \
  X(DUP_TOP)             /* push TOS again */ \
  X(DUP_TOP_TWO)         /* push TOS1, TOS again */ \
  X(LOAD_CONST)          /* push consts[a] */ \
  X(LOAD_FAST)           /* push local a (UnboundLocalError if unset) */ \
  X(STORE_FAST)          /* local a = pop */ \
  X(DELETE_FAST)         /* unset local a */ \
  X(LOAD_DEREF)          /* push the value of cell a (cellvars, then freevars) */ \
  X(STORE_DEREF)         /* cell a = pop */ \
  X(DELETE_DEREF)        /* empty cell a */ \
  X(LOAD_CLOSURE)        /* push cell a itself (to build a closure) */ \
  X(LOAD_GLOBAL)         /* push globals[names[a]] or builtins[names[a]] */ \
  X(STORE_GLOBAL)        /* globals[names[a]] = pop */ \
  X(DELETE_GLOBAL)       /* del globals[names[a]] */ \
  X(LOAD_NAME)           /* push locals-dict / globals / builtins [names[a]] (module and class bodies) */ \
  X(STORE_NAME)          /* locals-dict[names[a]] = pop */ \
  X(DELETE_NAME)         /* del locals-dict[names[a]] */ \
  X(LOAD_ATTR)           /* TOS = getattr(TOS, names[a]) */ \
  X(STORE_ATTR)          /* setattr(TOS, names[a], TOS1); pop both */ \
  X(DELETE_ATTR)         /* delattr(pop, names[a]) */ \
  X(LOAD_METHOD)         /* replace TOS=obj by [func, obj] for a method, or [attr, NULL] */ \
  X(BINARY_SUBSCR)       /* TOS = TOS1[TOS] */ \
  X(STORE_SUBSCR)        /* TOS1[TOS] = TOS2; pop three */ \
  X(DELETE_SUBSCR)       /* del TOS1[TOS]; pop two */ \
  X(BINARY_OP)           /* TOS = TOS1 <binop a> TOS */ \
  X(INPLACE_OP)          /* TOS = TOS1 <binop a>= TOS (in place for lists) */ \
  X(UNARY_OP)            /* TOS = <unop a> TOS */ \
  X(COMPARE_OP)          /* TOS = TOS1 <cmpop a> TOS */ \
  X(BUILD_TUPLE)         /* push a tuple of the top a items */ \
  X(BUILD_LIST)          /* push a list of the top a items */ \
  X(BUILD_SET)           /* push a set of the top a items */ \
  X(BUILD_MAP)           /* push a dict of the top 2a items (key, value pairs) */ \
  X(BUILD_SLICE)         /* push slice(TOS2, TOS1, TOS) (a = 3) or slice(TOS1, TOS) (a = 2) */ \
  X(BUILD_STRING)        /* push the concatenation of the top a strings */ \
  X(LIST_APPEND)         /* v = pop; the list a below the new top (stack[-1-a]) .append(v) */ \
  X(SET_ADD)             /* set at stack[-a-1] .add(pop) */ \
  X(MAP_ADD)             /* pop value, key; the dict a below the new top [key] = value */ \
  X(LIST_EXTEND)         /* list at stack[-a-1] .extend(pop) */ \
  X(SET_UPDATE)          /* set at stack[-a-1] .update(pop) */ \
  X(DICT_UPDATE)         /* dict at stack[-a-1] .update(pop) (dict display ** ) */ \
  X(DICT_MERGE)          /* like DICT_UPDATE but duplicate keys are a TypeError (call ** ) */ \
  X(LIST_TO_TUPLE)       /* TOS = tuple(TOS) */ \
  X(FORMAT_VALUE)        /* f-string field: a&3 = conversion (0 none, 1 str, 2 repr, 3 ascii), a&4 = spec on TOS */ \
  X(UNPACK_SEQUENCE)     /* replace TOS by its a items, first item on top */ \
  X(UNPACK_EX)           /* star unpack: a&0xff before the star, a>>8 after */ \
  X(GET_ITER)            /* TOS = iter(TOS) */ \
  X(FOR_ITER)            /* push next(TOS), or pop TOS and jump to a when exhausted */ \
  X(JUMP)                /* ip = a */ \
  X(POP_JUMP_IF_FALSE)   /* if not pop: ip = a */ \
  X(POP_JUMP_IF_TRUE)    /* if pop: ip = a */ \
  X(JUMP_IF_FALSE_OR_POP)/* if not TOS: ip = a, else pop */ \
  X(JUMP_IF_TRUE_OR_POP) /* if TOS: ip = a, else pop */ \
  X(CALL)                /* call stack[-a-1] with a positional args */ \
  X(CALL_KW)             /* TOS = tuple of keyword names (last k of the a args); call */ \
  X(CALL_METHOD)         /* [func, self-or-NULL, a args] from LOAD_METHOD; call */ \
  X(CALL_METHOD_KW)      /* like CALL_METHOD with a names tuple on TOS */ \
  X(CALL_EX)             /* call TOS2 with *TOS1 (tuple) and **TOS (dict, if a&1; else TOS1 is args) */ \
  X(MAKE_FUNCTION)       /* TOS = code; a&1 defaults tuple, a&2 kwdefaults dict, a&8 closure tuple below */ \
  X(RETURN_VALUE)        /* return pop to the caller */ \
  X(SETUP_FINALLY)       /* push a handler block: on exception, unwind the stack and jump to a with the exception pushed */ \
  X(POP_BLOCK)           /* pop the innermost handler block */ \
  X(PUSH_EXC_INFO)       /* TOS is the exception being handled: make it sys.exc_info() */ \
  X(POP_EXCEPT)          /* drop the innermost exc_info (the handled exception ends) */ \
  X(CHECK_EXC_MATCH)     /* TOS = isinstance(TOS1, TOS) for except clauses (TOS1 stays) */ \
  X(RERAISE)             /* raise pop again (keeps its traceback) */ \
  X(POP_EXCEPT_AND_RERAISE) /* [exc, new]: pop exc_info, raise new */ \
  X(RAISE_VARARGS)       /* a = 0: re-raise the handled exception; 1: raise pop; 2: raise TOS1 from TOS */ \
  X(BEFORE_WITH)         /* TOS = cm: push bound __exit__ then cm.__enter__() */ \
  X(BEFORE_ASYNC_WITH)   /* TOS = cm: push bound __aexit__ then the awaitable cm.__aenter__() */ \
  X(WITH_EXCEPT_START)   /* stack [exit, exc]: push exit(type(exc), exc, None) */ \
  X(GET_AWAITABLE)       /* check TOS can be awaited (coroutine, future or __await__) */ \
  X(AWAIT)               /* run the awaitable TOS to completion, suspending the task as needed; TOS = result */ \
  X(IMPORT_NAME)         /* push module names[a] */ \
  X(IMPORT_FROM)         /* push getattr(TOS, names[a]) (module stays) */ \
  X(LOAD_ASSERTION_ERROR)/* push AssertionError */ \
  X(LOAD_BUILD_CLASS)    /* push the builtin that builds a class from its body function */ \
  X(SETUP_ANNOTATIONS)   /* no-op (annotations are ignored) */

namespace ts::vm {

enum class Op : uint8_t {
#define TS_OP_ENUM(name) name,
  TS_OPCODES(TS_OP_ENUM)
#undef TS_OP_ENUM
};

const char* op_name(Op op);

}  // namespace ts::vm
// clang-format on
