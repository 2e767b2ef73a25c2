// Structural check of one method's bytecode, run before the interpreter may execute it: exact
// instruction boundaries, branch and handler targets, constant-pool operand tags, local-variable
// indexes, and an operand-stack depth dataflow that bounds every depth by max_stack.
//
// This is not the JVMS type checker: it proves what the interpreter relies on to stay inside
// its frame (no decoding past the code, no jump into an operand, no stack underflow or
// overflow, no local out of range), and leaves type safety to checks at execution time.
#pragma once

#include <optional>

#include "classfile/class_file.hpp"

namespace islet::classfile {

// nullopt if `method`'s Code passes; otherwise a VerifyError description (verify_error is set,
// offset is the bci) in HotSpot's words where it has them, e.g.
//   "Illegal target of jump or branch in method Foo.bar()V at offset 12".
// `file` must come from parse_class_file (whose constant pool is already cross-checked) and
// `method` must be one of its methods with code.
std::optional<FormatError> check_code(const ClassFile& file, const MethodInfo& method);

}  // namespace islet::classfile
