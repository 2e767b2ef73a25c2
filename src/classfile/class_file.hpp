// The in-memory form of one parsed .class file (JVMS chapter 4), immutable after parsing.
// The parser (class_file_parser.cpp) checks every structural constraint it can, so the runtime
// may index the constant pool and read descriptors here without re-validating them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace islet::classfile {

// Access and property flags (JVMS tables 4.1-B, 4.5-A, 4.6-A, 4.7.6-A). Values are shared between
// classes, fields and methods where the spec reuses a bit.
inline constexpr uint16_t kAccPublic = 0x0001;
inline constexpr uint16_t kAccPrivate = 0x0002;
inline constexpr uint16_t kAccProtected = 0x0004;
inline constexpr uint16_t kAccStatic = 0x0008;
inline constexpr uint16_t kAccFinal = 0x0010;
inline constexpr uint16_t kAccSuper = 0x0020;         // classes
inline constexpr uint16_t kAccSynchronized = 0x0020;  // methods
inline constexpr uint16_t kAccVolatile = 0x0040;      // fields
inline constexpr uint16_t kAccBridge = 0x0040;        // methods
inline constexpr uint16_t kAccTransient = 0x0080;     // fields
inline constexpr uint16_t kAccVarargs = 0x0080;       // methods
inline constexpr uint16_t kAccNative = 0x0100;
inline constexpr uint16_t kAccInterface = 0x0200;
inline constexpr uint16_t kAccAbstract = 0x0400;
inline constexpr uint16_t kAccStrict = 0x0800;
inline constexpr uint16_t kAccSynthetic = 0x1000;
inline constexpr uint16_t kAccAnnotation = 0x2000;
inline constexpr uint16_t kAccEnum = 0x4000;
inline constexpr uint16_t kAccModule = 0x8000;

enum class ConstantTag : uint8_t {
  Unusable = 0,  // index 0 and the second slot of Long/Double
  Utf8 = 1,
  Integer = 3,
  Float = 4,
  Long = 5,
  Double = 6,
  Class = 7,
  String = 8,
  Fieldref = 9,
  Methodref = 10,
  InterfaceMethodref = 11,
  NameAndType = 12,
  MethodHandle = 15,
  MethodType = 16,
  Dynamic = 17,
  InvokeDynamic = 18,
  Module = 19,
  Package = 20,
};

// Reference kinds of CONSTANT_MethodHandle (JVMS 5.4.3.5).
enum class RefKind : uint8_t {
  GetField = 1,
  GetStatic = 2,
  PutField = 3,
  PutStatic = 4,
  InvokeVirtual = 5,
  InvokeStatic = 6,
  InvokeSpecial = 7,
  NewInvokeSpecial = 8,
  InvokeInterface = 9,
};

// One constant-pool slot. Which members are meaningful depends on the tag; the parser has already
// checked that every index points at an entry of the right tag.
struct Constant {
  ConstantTag tag = ConstantTag::Unusable;
  RefKind ref_kind{};  // MethodHandle only
  // Class, Module, Package: name (Utf8). String: the Utf8. MethodType: descriptor (Utf8).
  // Fieldref/Methodref/InterfaceMethodref: class (Class). NameAndType: name (Utf8).
  // MethodHandle: the referenced Fieldref/Methodref/InterfaceMethodref.
  // Dynamic/InvokeDynamic: index into ClassFile::bootstrap_methods.
  uint16_t index1 = 0;
  // Field/Method/InterfaceMethodref, Dynamic, InvokeDynamic: NameAndType. NameAndType: descriptor.
  uint16_t index2 = 0;
  int32_t int_value = 0;   // Integer; Float as raw bits
  int64_t long_value = 0;  // Long; Double as raw bits
  std::string utf8;        // Utf8: the bytes as stored (modified UTF-8, already validated)
};

struct ExceptionHandler {
  uint16_t start_pc, end_pc, handler_pc;
  uint16_t catch_type;  // 0 = any (finally); otherwise a Class constant
};

struct LineNumber {
  uint16_t start_pc, line_number;
};

// One LocalVariableTable entry (present when compiled with javac -g); used to name locals in
// helpful NullPointerException messages.
struct LocalVariable {
  uint16_t start_pc, length, index;
  std::string name;
};

struct Code {
  uint16_t max_stack = 0, max_locals = 0;
  std::vector<uint8_t> bytecode;
  std::vector<ExceptionHandler> exception_handlers;
  std::vector<LineNumber> line_numbers;  // all LineNumberTable attributes, in file order
  std::vector<LocalVariable> local_variables;  // all LocalVariableTable attributes, in file order
};

struct FieldInfo {
  uint16_t access_flags = 0;
  std::string name, descriptor;
  uint16_t constant_value = 0;  // ConstantValue attribute's constant index, 0 if none
  std::string signature;        // generic Signature attribute, empty if none
  std::vector<uint8_t> runtime_visible_annotations;  // raw attribute body, empty if none
};

struct MethodInfo {
  uint16_t access_flags = 0;
  std::string name, descriptor;
  std::optional<Code> code;
  std::vector<uint16_t> exceptions;  // Exceptions attribute: Class constant indexes
  std::string signature;
  std::vector<uint8_t> runtime_visible_annotations;
  std::vector<uint8_t> runtime_visible_parameter_annotations;
  std::vector<uint8_t> annotation_default;
};

struct BootstrapMethod {
  uint16_t method_handle;           // a MethodHandle constant
  std::vector<uint16_t> arguments;  // loadable constants
};

struct InnerClass {
  uint16_t inner_class;  // Class constant
  uint16_t outer_class;  // Class constant or 0
  uint16_t inner_name;   // Utf8 constant or 0 (anonymous)
  uint16_t access_flags;
};

struct EnclosingMethod {
  uint16_t class_index;   // Class constant
  uint16_t method_index;  // NameAndType constant or 0
};

struct RecordComponent {
  std::string name, descriptor, signature;
  std::vector<uint8_t> runtime_visible_annotations;
};

struct ClassFile {
  uint16_t minor_version = 0, major_version = 0;
  std::vector<Constant> constants;  // constants[0] is Unusable; size == constant_pool_count
  uint16_t access_flags = 0;
  std::string this_class;               // internal form, e.g. "java/lang/String"
  std::string super_class;              // empty only for java/lang/Object (and module-info)
  uint16_t this_class_index = 0;        // the Class constants the two names above came from
  uint16_t super_class_index = 0;       // 0 when super_class is empty
  std::vector<std::string> interfaces;  // internal forms
  std::vector<FieldInfo> fields;
  std::vector<MethodInfo> methods;

  std::string source_file;  // empty if no SourceFile attribute
  std::string signature;
  std::vector<BootstrapMethod> bootstrap_methods;
  std::vector<InnerClass> inner_classes;
  std::optional<EnclosingMethod> enclosing_method;
  std::string nest_host;                  // empty if none
  std::vector<std::string> nest_members;  // internal forms
  std::optional<std::vector<RecordComponent>> record;
  std::vector<std::string> permitted_subclasses;
  std::vector<uint8_t> runtime_visible_annotations;

  // Convenience accessors; indexes were validated by the parser, so these do not fail.
  const std::string& utf8(uint16_t index) const { return constants[index].utf8; }
  // Name of a Class constant, internal form ("java/lang/String" or "[I").
  const std::string& class_name(uint16_t class_index) const {
    return constants[constants[class_index].index1].utf8;
  }
  // Name and descriptor of a NameAndType constant.
  const std::string& nat_name(uint16_t nat_index) const {
    return constants[constants[nat_index].index1].utf8;
  }
  const std::string& nat_descriptor(uint16_t nat_index) const {
    return constants[constants[nat_index].index2].utf8;
  }
};

// Why a class file was rejected. `message` is the full text of the ClassFormatError (or
// UnsupportedClassVersionError when `unsupported_version`): it names the class (as far as it is
// known), the problem and the byte offset, e.g.
//   "Truncated class file Foo: constant pool entry #12 at offset 87 needs 4 more bytes"
// `offset` is the byte offset in the class file, except for verify errors, where it is the bci.
struct FormatError {
  std::string message;
  size_t offset = 0;
  bool unsupported_version = false;  // throw UnsupportedClassVersionError
  bool verify_error = false;         // bytecode failed check_code: throw VerifyError
};

struct ParseResult {
  std::unique_ptr<ClassFile> file;  // null on failure
  FormatError error;                // meaningful when file is null
};

struct ParseOptions {
  // Also run check_code (code_check.hpp) on every method body, reporting the first failure as a
  // verify error (FormatError::verify_error). Off by default because the runtime verifies when it
  // defines a class, as HotSpot does at link time, and throws VerifyError rather than
  // ClassFormatError; tools, tests and the fuzzer turn it on to get both checks in one call.
  bool check_bytecode = false;
};

// Parses and structurally checks a class file. `name_hint` is the name the class was requested
// under (internal form or with dots); it is used in messages until this_class has been read.
// Never throws, never reads out of bounds. The parser does not compare this_class with the
// hint: reporting a wrong name (NoClassDefFoundError) is the class loader's business.
ParseResult parse_class_file(std::span<const uint8_t> bytes, std::string_view name_hint);
ParseResult parse_class_file(std::span<const uint8_t> bytes, std::string_view name_hint,
                             const ParseOptions& options);

}  // namespace islet::classfile
