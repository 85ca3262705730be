// The operator numbering shared by the parser (AST), the compiler (the
// argument of BINARY_OP, INPLACE_OP, UNARY_OP and COMPARE_OP) and the
// objects' protocol (VM::binary, unary, compare).
#pragma once
#include <cstdint>

namespace ts::code {

enum class BinOp : uint8_t { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, MatMul };
enum class UnaryOp : uint8_t { Neg, Pos, Not, Invert };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

}  // namespace ts::code
