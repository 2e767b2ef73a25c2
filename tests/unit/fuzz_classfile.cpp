// libFuzzer target for the class-file parser, the bytecode check and the text utilities.
// Build with -DISLET_FUZZ=ON (clang); seed it with the fixture class files:
//   fuzz_classfile corpus/ <build>/tests/unit/classfile_fixtures/fx
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "classfile/class_file.hpp"
#include "classfile/code_check.hpp"
#include "classfile/descriptor.hpp"
#include "classfile/modified_utf8.hpp"

using namespace islet::classfile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ParseOptions options;
  options.check_bytecode = true;
  ParseResult result = parse_class_file({data, size}, "Fuzz", options);
  if (result.file) {
    // An accepted class must hold what the parser promises the runtime.
    const ClassFile& file = *result.file;
    for (const MethodInfo& method : file.methods) {
      if (!parse_method_descriptor(method.descriptor)) __builtin_trap();
      if (method.code && check_code(file, method)) __builtin_trap();  // the parser already ran it
      (void)method_signature_for_messages(file.this_class, method.name, method.descriptor);
    }
    for (const FieldInfo& field : file.fields) {
      if (!is_valid_field_descriptor(field.descriptor)) __builtin_trap();
      (void)external_type_name(field.descriptor);
    }
  } else if (result.error.message.empty()) {
    __builtin_trap();  // every rejection must say why
  }

  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (is_valid_modified_utf8(text)) {
    std::u16string decoded = decode_modified_utf8(text);
    if (decode_modified_utf8(encode_modified_utf8(decoded)) != decoded) __builtin_trap();
  }
  std::u16string wide = utf8_to_utf16(text);
  if (utf8_to_utf16(utf16_to_utf8(wide)) != wide) __builtin_trap();
  (void)parse_method_descriptor(text);
  (void)is_valid_class_name(text);
  return 0;
}
