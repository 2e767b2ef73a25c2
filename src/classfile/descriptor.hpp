// Field and method descriptors (JVMS 4.3) and class names (JVMS 4.2): validation, parsing into
// types, slot counting, and the Java-source spelling HotSpot uses in error messages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace islet::classfile {

enum class BasicType : uint8_t {
  Boolean = 'Z',
  Byte = 'B',
  Char = 'C',
  Short = 'S',
  Int = 'I',
  Long = 'J',
  Float = 'F',
  Double = 'D',
  Void = 'V',
  Object = 'L',
  Array = '[',
};

struct FieldType {
  BasicType type = BasicType::Void;
  // Object: the internal class name without 'L' and ';' ("java/lang/String").
  // Array: the whole array descriptor ("[I", "[[Ljava/lang/String;"). Primitives: empty.
  std::string_view class_name;

  bool is_reference() const { return type == BasicType::Object || type == BasicType::Array; }
};

struct MethodDescriptor {
  std::vector<FieldType> params;
  FieldType ret;
  int arg_slots = 0;  // longs and doubles count 2; the receiver is not included
};

// The JVMS limit on array dimensions in a descriptor and on argument slots of a method.
inline constexpr int kMaxArrayDimensions = 255;
inline constexpr int kMaxArgumentSlots = 255;

bool is_valid_field_descriptor(std::string_view descriptor);
bool is_valid_method_descriptor(std::string_view descriptor);

// An internal-form class name ("java/lang/String": '/'-separated non-empty unqualified names)
// or an array descriptor ("[I", "[Ljava/lang/String;").
bool is_valid_class_name(std::string_view internal_name);

// An unqualified name of a field (JVMS 4.2.2): non-empty, none of . ; [ /
bool is_valid_field_name(std::string_view name);
// A method name: "<init>", "<clinit>", or an unqualified name that also contains no < or >.
bool is_valid_method_name(std::string_view name);

// The parsed type; the string_views point into `descriptor`. nullopt if invalid.
std::optional<FieldType> parse_field_descriptor(std::string_view descriptor);
std::optional<MethodDescriptor> parse_method_descriptor(std::string_view descriptor);

// 2 for long and double, 0 for void, 1 for everything else.
int slot_size(BasicType type);
// Slot size of the type a field descriptor (or a return type) starts with.
int slot_size_of_descriptor(std::string_view field_descriptor);

// Java-source spelling of a field descriptor: "I" -> "int",
// "[Ljava/lang/String;" -> "java.lang.String[]", "V" -> "void". Invalid input is returned as is.
std::string external_type_name(std::string_view field_descriptor);

// Binary name with dots, as Class.getName() shows it: "java/lang/String" -> "java.lang.String",
// "[Ljava/lang/String;" -> "[Ljava.lang.String;".
std::string external_class_name(std::string_view internal_name);

// HotSpot 17's NoSuchMethodError spelling of a method, with the quotes:
// ("Foo", "bar", "(I[Ljava/lang/String;)V") -> "'void Foo.bar(int, java.lang.String[])'".
std::string method_signature_for_messages(std::string_view class_internal_name,
                                          std::string_view name, std::string_view descriptor);

}  // namespace islet::classfile
