// Descriptor and name grammar of JVMS 4.2-4.3, and their Java-source spellings for messages.
#include "classfile/descriptor.hpp"

namespace islet::classfile {

namespace {

constexpr size_t kInvalid = std::string_view::npos;

bool is_unqualified_name_char_ok(char c) { return c != '.' && c != ';' && c != '[' && c != '/'; }

// A non-array class name: '/'-separated, non-empty segments of unqualified-name characters.
bool is_valid_plain_class_name(std::string_view name) {
  if (name.empty()) return false;
  bool segment_empty = true;
  for (char c : name) {
    if (c == '/') {
      if (segment_empty) return false;
      segment_empty = true;
    } else if (c == '.' || c == ';' || c == '[') {
      return false;
    } else {
      segment_empty = false;
    }
  }
  return !segment_empty;
}

// Reads one field type starting at `start` and returns the position just after it, or kInvalid.
size_t scan_field_type(std::string_view text, size_t start, FieldType* type) {
  size_t pos = start;
  while (pos < text.size() && text[pos] == '[') ++pos;
  size_t dimensions = pos - start;
  if (dimensions > static_cast<size_t>(kMaxArrayDimensions) || pos >= text.size()) return kInvalid;
  size_t end;
  BasicType element;
  std::string_view class_name;
  switch (text[pos]) {
    case 'B':
    case 'C':
    case 'D':
    case 'F':
    case 'I':
    case 'J':
    case 'S':
    case 'Z':
      element = static_cast<BasicType>(text[pos]);
      end = pos + 1;
      break;
    case 'L': {
      size_t semicolon = text.find(';', pos + 1);
      if (semicolon == std::string_view::npos) return kInvalid;
      class_name = text.substr(pos + 1, semicolon - pos - 1);
      if (!is_valid_plain_class_name(class_name)) return kInvalid;
      element = BasicType::Object;
      end = semicolon + 1;
      break;
    }
    default:
      return kInvalid;
  }
  if (type != nullptr) {
    if (dimensions > 0) {
      type->type = BasicType::Array;
      type->class_name = text.substr(start, end - start);
    } else {
      type->type = element;
      type->class_name = class_name;
    }
  }
  return end;
}

const char* primitive_name(char code) {
  switch (code) {
    case 'Z':
      return "boolean";
    case 'B':
      return "byte";
    case 'C':
      return "char";
    case 'S':
      return "short";
    case 'I':
      return "int";
    case 'J':
      return "long";
    case 'F':
      return "float";
    case 'D':
      return "double";
    case 'V':
      return "void";
    default:
      return nullptr;
  }
}

}  // namespace

bool is_valid_field_descriptor(std::string_view descriptor) {
  return scan_field_type(descriptor, 0, nullptr) == descriptor.size();
}

bool is_valid_method_descriptor(std::string_view descriptor) {
  return parse_method_descriptor(descriptor).has_value();
}

bool is_valid_class_name(std::string_view internal_name) {
  if (!internal_name.empty() && internal_name[0] == '[') {
    return is_valid_field_descriptor(internal_name);
  }
  return is_valid_plain_class_name(internal_name);
}

bool is_valid_field_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    if (!is_unqualified_name_char_ok(c)) return false;
  }
  return true;
}

bool is_valid_method_name(std::string_view name) {
  if (name == "<init>" || name == "<clinit>") return true;
  if (name.empty()) return false;
  for (char c : name) {
    if (!is_unqualified_name_char_ok(c) || c == '<' || c == '>') return false;
  }
  return true;
}

std::optional<FieldType> parse_field_descriptor(std::string_view descriptor) {
  FieldType type;
  if (scan_field_type(descriptor, 0, &type) != descriptor.size()) return std::nullopt;
  return type;
}

std::optional<MethodDescriptor> parse_method_descriptor(std::string_view descriptor) {
  if (descriptor.empty() || descriptor[0] != '(') return std::nullopt;
  MethodDescriptor result;
  size_t pos = 1;
  while (pos < descriptor.size() && descriptor[pos] != ')') {
    FieldType param;
    pos = scan_field_type(descriptor, pos, &param);
    if (pos == kInvalid) return std::nullopt;
    result.arg_slots += slot_size(param.type);
    if (result.arg_slots > kMaxArgumentSlots) return std::nullopt;
    result.params.push_back(param);
  }
  if (pos >= descriptor.size()) return std::nullopt;  // no ')'
  ++pos;
  if (pos + 1 == descriptor.size() && descriptor[pos] == 'V') {
    result.ret = FieldType{BasicType::Void, {}};
    return result;
  }
  if (scan_field_type(descriptor, pos, &result.ret) != descriptor.size()) return std::nullopt;
  return result;
}

int slot_size(BasicType type) {
  switch (type) {
    case BasicType::Long:
    case BasicType::Double:
      return 2;
    case BasicType::Void:
      return 0;
    default:
      return 1;
  }
}

int slot_size_of_descriptor(std::string_view field_descriptor) {
  if (field_descriptor.empty()) return 0;
  return slot_size(static_cast<BasicType>(field_descriptor[0]));
}

std::string external_class_name(std::string_view internal_name) {
  std::string name(internal_name);
  for (char& c : name) {
    if (c == '/') c = '.';
  }
  return name;
}

std::string external_type_name(std::string_view field_descriptor) {
  size_t dimensions = 0;
  while (dimensions < field_descriptor.size() && field_descriptor[dimensions] == '[') ++dimensions;
  std::string_view element = field_descriptor.substr(dimensions);
  std::string name;
  if (element.size() == 1 && primitive_name(element[0]) != nullptr &&
      (element[0] != 'V' || dimensions == 0)) {
    name = primitive_name(element[0]);
  } else if (element.size() >= 3 && element.front() == 'L' && element.back() == ';') {
    name = external_class_name(element.substr(1, element.size() - 2));
  } else {
    return std::string(field_descriptor);
  }
  for (size_t i = 0; i < dimensions; ++i) name += "[]";
  return name;
}

std::string method_signature_for_messages(std::string_view class_internal_name,
                                          std::string_view name, std::string_view descriptor) {
  std::string text = "'";
  auto parsed = parse_method_descriptor(descriptor);
  if (!parsed) {
    // Not expected for validated descriptors; still give the reader everything we know.
    text += external_class_name(class_internal_name);
    text += '.';
    text += name;
    text += descriptor;
    text += '\'';
    return text;
  }
  size_t close = descriptor.find(')');
  text += external_type_name(descriptor.substr(close + 1));
  text += ' ';
  text += external_class_name(class_internal_name);
  text += '.';
  text += name;
  text += '(';
  // Re-scan the parameters to get each one's full descriptor text (FieldType keeps only names).
  size_t pos = 1;
  for (size_t i = 0; i < parsed->params.size(); ++i) {
    size_t end = scan_field_type(descriptor, pos, nullptr);
    if (i > 0) text += ", ";
    text += external_type_name(descriptor.substr(pos, end - pos));
    pos = end;
  }
  text += ")'";
  return text;
}

}  // namespace islet::classfile
