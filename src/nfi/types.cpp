// NFI type names, spellings and libffi type descriptions, generated from the one type table in
// islet/nfi.hpp.
#include "nfi/types.hpp"

#include <strings.h>

#include "nfi/signature.hpp"

namespace islet::nfi {

std::string_view type_kind_name(TypeKind kind) {
  switch (kind) {
#define ISLET_NFI_NAME_CASE(enumerator, name) \
  case TypeKind::enumerator:                  \
    return name;
    ISLET_NFI_SIMPLE_TYPES(ISLET_NFI_NAME_CASE)
#undef ISLET_NFI_NAME_CASE
    case TypeKind::Array:
      return "[...]";
    case TypeKind::Function:
      return "(...):...";
    case TypeKind::Struct:
      return "STRUCT(...)";
  }
  return "?";
}

namespace detail {

std::optional<TypeKind> simple_kind_named(std::string_view name) {
  struct Entry {
    std::string_view name;
    TypeKind kind;
  };
  static constexpr Entry kEntries[] = {
#define ISLET_NFI_ENTRY(enumerator, spelled) {spelled, TypeKind::enumerator},
      ISLET_NFI_SIMPLE_TYPES(ISLET_NFI_ENTRY)
#undef ISLET_NFI_ENTRY
  };
  for (const Entry& entry : kEntries) {
    if (entry.name.size() == name.size() &&
        strncasecmp(entry.name.data(), name.data(), name.size()) == 0)
      return entry.kind;
  }
  return std::nullopt;
}

bool is_integer_kind(TypeKind kind) { return kind >= TypeKind::SInt8 && kind <= TypeKind::UInt64; }

bool is_signed_kind(TypeKind kind) {
  return kind == TypeKind::SInt8 || kind == TypeKind::SInt16 || kind == TypeKind::SInt32 ||
         kind == TypeKind::SInt64;
}

size_t scalar_size(TypeKind kind) {
  switch (kind) {
    case TypeKind::SInt8:
    case TypeKind::UInt8:
      return 1;
    case TypeKind::SInt16:
    case TypeKind::UInt16:
      return 2;
    case TypeKind::SInt32:
    case TypeKind::UInt32:
    case TypeKind::Float:
      return 4;
    case TypeKind::FP80:
      return sizeof(long double);
    default:
      return 8;
  }
}

std::string type_to_string(const Type& type) {
  switch (type.kind) {
    case TypeKind::Array:
      return "[" + type_to_string(type.members.at(0)) + "]";
    case TypeKind::Function:
      return type.function->to_string();
    case TypeKind::Struct: {
      std::string text = "STRUCT(";
      for (size_t i = 0; i < type.members.size(); ++i) {
        if (i > 0) text += ", ";
        text += type_to_string(type.members[i]);
      }
      return text + ")";
    }
    default:
      return std::string(type_kind_name(type.kind));
  }
}

ffi_type* ffi_type_of(const Type& type) {
  switch (type.kind) {
    case TypeKind::Void:
      return &ffi_type_void;
    case TypeKind::SInt8:
      return &ffi_type_sint8;
    case TypeKind::UInt8:
      return &ffi_type_uint8;
    case TypeKind::SInt16:
      return &ffi_type_sint16;
    case TypeKind::UInt16:
      return &ffi_type_uint16;
    case TypeKind::SInt32:
      return &ffi_type_sint32;
    case TypeKind::UInt32:
      return &ffi_type_uint32;
    case TypeKind::SInt64:
      return &ffi_type_sint64;
    case TypeKind::UInt64:
      return &ffi_type_uint64;
    case TypeKind::Float:
      return &ffi_type_float;
    case TypeKind::Double:
      return &ffi_type_double;
    case TypeKind::FP80:
      return &ffi_type_longdouble;
    case TypeKind::Struct:
      return &type.layout->type;
    default:
      return &ffi_type_pointer;  // POINTER, STRING, OBJECT, ENV, arrays, functions
  }
}

void prepare_struct(Type& type) {
  if (type.members.empty()) throw Error(Error::Kind::Signature, "STRUCT needs at least one field");
  auto layout = std::make_shared<StructLayout>();
  for (Type& field : type.members) {
    if (field.kind == TypeKind::Struct) {
      prepare_struct(field);
    } else if (!field.is_number() && field.kind != TypeKind::Pointer) {
      throw Error(Error::Kind::Signature,
                  "STRUCT fields must be numbers, POINTER or STRUCT, not " + type_to_string(field));
    }
    layout->elements.push_back(ffi_type_of(field));
  }
  layout->elements.push_back(nullptr);
  layout->type.type = FFI_TYPE_STRUCT;
  layout->type.elements = layout->elements.data();
  layout->offsets.resize(type.members.size());
  // Computes size, alignment and offsets exactly as the C compiler lays the struct out.
  if (ffi_get_struct_offsets(FFI_DEFAULT_ABI, &layout->type, layout->offsets.data()) != FFI_OK)
    throw Error(Error::Kind::Signature, "libffi cannot lay out " + type_to_string(type));
  type.layout = std::move(layout);
}

}  // namespace detail
}  // namespace islet::nfi
