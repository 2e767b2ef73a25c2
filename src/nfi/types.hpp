// NFI types as a tree (simple kinds, [element], (args):ret, STRUCT(fields)) and their libffi
// descriptions. Struct layouts are computed once, when the signature holding them is built.
#pragma once

#include <ffi.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "islet/nfi.hpp"

namespace islet::nfi::detail {

// libffi's description of one STRUCT(...) type, with the byte offset of each field.
struct StructLayout {
  ffi_type type{};
  std::vector<ffi_type*> elements;  // null-terminated, as libffi wants
  std::vector<size_t> offsets;
};

struct Type {
  TypeKind kind = TypeKind::Void;
  std::vector<Type> members;             // Array: the element type; Struct: the field types
  Ref<SignatureImpl> function;           // Function: the pointed-to signature
  std::shared_ptr<StructLayout> layout;  // Struct: computed by prepare_struct

  bool is_integer() const { return kind >= TypeKind::SInt8 && kind <= TypeKind::UInt64; }
  bool is_number() const { return kind >= TypeKind::SInt8 && kind <= TypeKind::FP80; }
};

// The simple kind named `name` (any letter case), if there is one.
std::optional<TypeKind> simple_kind_named(std::string_view name);
bool is_integer_kind(TypeKind kind);
bool is_signed_kind(TypeKind kind);
// Byte width of an integer or floating kind.
size_t scalar_size(TypeKind kind);

// How the type is spelled in the NFI language, e.g. "STRUCT(SINT32, [DOUBLE])".
std::string type_to_string(const Type& type);

// libffi's type for a value of this NFI type (pointers for STRING, OBJECT, arrays, ...).
ffi_type* ffi_type_of(const Type& type);

// Fills in `type.layout` (recursively for nested structs); throws Error Signature when a field
// type cannot live in a struct.
void prepare_struct(Type& type);

}  // namespace islet::nfi::detail
