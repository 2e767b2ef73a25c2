// Attributes (JVMS 4.7) of classes, fields, methods, Code and record components. Each known
// attribute must consume exactly its declared length; unknown ones are skipped. An attribute a
// class file's version predates is treated as unknown, as HotSpot does.
#include "classfile/descriptor.hpp"
#include "classfile/message_text.hpp"
#include "classfile/parser.hpp"

namespace islet::classfile::detail {

namespace {

constexpr uint32_t kMaxCodeLength = 65535;

std::vector<uint8_t> rest_of(ByteReader& body) {
  auto bytes = body.bytes(body.remaining());
  return {bytes.begin(), bytes.end()};
}

// Whether a ConstantValue entry of tag `tag` may initialize a field of type `descriptor`
// (JVMS table 4.7.2-A).
bool constant_fits_field(ConstantTag tag, std::string_view descriptor) {
  switch (descriptor[0]) {
    case 'J':
      return tag == ConstantTag::Long;
    case 'F':
      return tag == ConstantTag::Float;
    case 'D':
      return tag == ConstantTag::Double;
    case 'I':
    case 'S':
    case 'C':
    case 'B':
    case 'Z':
      return tag == ConstantTag::Integer;
    default:
      return tag == ConstantTag::String && descriptor == "Ljava/lang/String;";
  }
}

bool is_loadable(ConstantTag tag) {
  switch (tag) {
    case ConstantTag::Integer:
    case ConstantTag::Float:
    case ConstantTag::Long:
    case ConstantTag::Double:
    case ConstantTag::Class:
    case ConstantTag::String:
    case ConstantTag::MethodHandle:
    case ConstantTag::MethodType:
    case ConstantTag::Dynamic:
      return true;
    default:
      return false;
  }
}

}  // namespace

void ClassFileParser::parse_attributes(ByteReader& reader, const char* owner,
                                       const AttributeHandler& handle) {
  ItemScope scope(*this, Item("attributes count", reader.offset()));
  uint16_t count = reader.u2();
  for (uint16_t i = 0; i < count; ++i) {
    size_t offset = reader.offset();
    item_ = Item("attribute", offset, i);
    uint16_t name_index = read_constant_index(reader, ConstantTag::Utf8, "attribute name");
    const std::string& name = file_->utf8(name_index);
    item_ = Item("attribute", offset, -1, name);
    uint32_t length = reader.u4();
    ByteReader body = reader.take(length);
    bool known;
    try {
      known = handle(name, body);
    } catch (const ByteReader::Underflow& underflow) {
      fail(offset, concat(name, " attribute of ", owner, " declares length ", length,
                          " but its contents need ", underflow.missing, " more bytes"));
    }
    if (known && !body.at_end()) {
      fail(offset, concat(name, " attribute of ", owner, " declares length ", length,
                          " but its contents use only ", body.position(), " bytes"));
    }
  }
}

void ClassFileParser::at_most_once(bool& seen, std::string_view attribute) const {
  if (seen) fail(item_.offset, concat("Multiple ", attribute, " attributes"));
  seen = true;
}

std::string ClassFileParser::read_utf8_attribute(ByteReader& body, std::string_view what) {
  return file_->utf8(read_constant_index(body, ConstantTag::Utf8, what));
}

std::vector<std::string> ClassFileParser::parse_class_list(ByteReader& body,
                                                           std::string_view what) {
  uint16_t count = body.u2();
  std::vector<std::string> names;
  names.reserve(count);
  for (uint16_t i = 0; i < count; ++i) {
    names.push_back(file_->class_name(read_constant_index(body, ConstantTag::Class, what)));
  }
  return names;
}

void ClassFileParser::parse_field_attributes(ByteReader& reader, FieldInfo& field) {
  bool seen_constant_value = false, seen_signature = false, seen_annotations = false;
  parse_attributes(reader, "field", [&](std::string_view name, ByteReader& body) {
    if (name == "ConstantValue") {
      // The attribute means nothing on an instance field and must be ignored (JVMS 4.7.2).
      if (!(field.access_flags & kAccStatic)) return false;
      at_most_once(seen_constant_value, "ConstantValue");
      size_t offset = body.offset();
      uint16_t index = read_constant_index(body, ConstantTag::Unusable, "ConstantValue");
      if (!constant_fits_field(constant(index).tag, field.descriptor)) {
        fail(offset, concat("Inconsistent constant value type for field ", field.name));
      }
      field.constant_value = index;
      return true;
    }
    if (major() < kJava5) return false;
    if (name == "Signature") {
      at_most_once(seen_signature, "Signature");
      field.signature = read_utf8_attribute(body, "Signature");
      return true;
    }
    if (name == "RuntimeVisibleAnnotations") {
      at_most_once(seen_annotations, "RuntimeVisibleAnnotations");
      field.runtime_visible_annotations = rest_of(body);
      return true;
    }
    return false;
  });
}

void ClassFileParser::parse_method_attributes(ByteReader& reader, MethodInfo& method) {
  bool seen_exceptions = false, seen_signature = false, seen_annotations = false;
  bool seen_parameter_annotations = false, seen_default = false;
  parse_attributes(reader, "method", [&](std::string_view name, ByteReader& body) {
    if (name == "Code") {
      if (method.code) fail(item_.offset, "Multiple Code attributes");
      if (method.access_flags & (kAccNative | kAccAbstract)) {
        fail(item_.offset, concat("Code attribute in native or abstract method ", method.name));
      }
      method.code = parse_code(body, method);
      return true;
    }
    if (name == "Exceptions") {
      at_most_once(seen_exceptions, "Exceptions");
      uint16_t count = body.u2();
      method.exceptions.reserve(count);
      for (uint16_t i = 0; i < count; ++i) {
        method.exceptions.push_back(read_constant_index(body, ConstantTag::Class, "exception"));
      }
      return true;
    }
    if (major() < kJava5) return false;
    if (name == "Signature") {
      at_most_once(seen_signature, "Signature");
      method.signature = read_utf8_attribute(body, "Signature");
      return true;
    }
    if (name == "RuntimeVisibleAnnotations") {
      at_most_once(seen_annotations, "RuntimeVisibleAnnotations");
      method.runtime_visible_annotations = rest_of(body);
      return true;
    }
    if (name == "RuntimeVisibleParameterAnnotations") {
      at_most_once(seen_parameter_annotations, "RuntimeVisibleParameterAnnotations");
      method.runtime_visible_parameter_annotations = rest_of(body);
      return true;
    }
    if (name == "AnnotationDefault") {
      at_most_once(seen_default, "AnnotationDefault");
      method.annotation_default = rest_of(body);
      return true;
    }
    return false;
  });
}

Code ClassFileParser::parse_code(ByteReader& body, const MethodInfo& method) {
  Code code;
  code.max_stack = body.u2();
  code.max_locals = body.u2();
  size_t length_offset = body.offset();
  uint32_t length = body.u4();
  if (length == 0 || length > kMaxCodeLength) {
    fail(length_offset, concat("Invalid method Code length ", length, " in method ", method.name));
  }
  auto bytecode = body.bytes(length);
  code.bytecode.assign(bytecode.begin(), bytecode.end());

  uint16_t handler_count = body.u2();
  code.exception_handlers.reserve(handler_count);
  for (uint16_t i = 0; i < handler_count; ++i) {
    size_t offset = body.offset();
    ExceptionHandler handler;
    handler.start_pc = body.u2();
    handler.end_pc = body.u2();
    handler.handler_pc = body.u2();
    handler.catch_type = read_optional_constant_index(body, ConstantTag::Class, "catch type");
    if (handler.start_pc >= handler.end_pc || handler.end_pc > length) {
      fail(offset, concat("Illegal exception table range in method ", method.name));
    }
    if (handler.handler_pc >= length) {
      fail(offset, concat("Illegal exception table handler in method ", method.name));
    }
    code.exception_handlers.push_back(handler);
  }

  parse_attributes(body, "Code", [&](std::string_view name, ByteReader& nested) {
    if (name == "LocalVariableTable") {
      uint16_t count = nested.u2();
      for (uint16_t i = 0; i < count; ++i) {
        LocalVariable local;
        local.start_pc = nested.u2();
        local.length = nested.u2();
        local.name = constant(read_constant_index(nested, ConstantTag::Utf8, "local variable name")).utf8;
        read_constant_index(nested, ConstantTag::Utf8, "local variable descriptor");
        local.index = nested.u2();
        code.local_variables.push_back(std::move(local));
      }
      return true;
    }
    if (name != "LineNumberTable") return false;  // StackMapTable, LocalVariableTypeTable, ...
    uint16_t count = nested.u2();
    code.line_numbers.reserve(code.line_numbers.size() + count);
    for (uint16_t i = 0; i < count; ++i) {
      size_t offset = nested.offset();
      LineNumber line;
      line.start_pc = nested.u2();
      line.line_number = nested.u2();
      if (line.start_pc >= length) {
        fail(offset,
             concat("Invalid pc ", line.start_pc, " in LineNumberTable of method ", method.name));
      }
      code.line_numbers.push_back(line);
    }
    return true;
  });
  return code;
}

void ClassFileParser::parse_bootstrap_methods(ByteReader& body) {
  uint16_t count = body.u2();
  auto& methods = file_->bootstrap_methods;
  methods.reserve(count);
  for (uint16_t i = 0; i < count; ++i) {
    BootstrapMethod method;
    method.method_handle = read_constant_index(body, ConstantTag::MethodHandle, "bootstrap method");
    uint16_t argument_count = body.u2();
    method.arguments.reserve(argument_count);
    for (uint16_t a = 0; a < argument_count; ++a) {
      size_t offset = body.offset();
      uint16_t index = read_constant_index(body, ConstantTag::Unusable, "bootstrap argument");
      if (!is_loadable(constant(index).tag)) {
        fail(offset, concat("Bootstrap argument #", a, " of bootstrap method #", i,
                            " is not a loadable constant"));
      }
      method.arguments.push_back(index);
    }
    methods.push_back(std::move(method));
  }
}

void ClassFileParser::parse_inner_classes(ByteReader& body, size_t attribute_offset) {
  uint16_t count = body.u2();
  auto& entries = file_->inner_classes;
  entries.reserve(count);
  for (uint16_t i = 0; i < count; ++i) {
    InnerClass entry;
    entry.inner_class = read_constant_index(body, ConstantTag::Class, "inner class");
    entry.outer_class = read_optional_constant_index(body, ConstantTag::Class, "outer class");
    entry.inner_name = read_optional_constant_index(body, ConstantTag::Utf8, "inner class name");
    entry.access_flags = body.u2();
    if (entry.inner_class == entry.outer_class) {
      fail(attribute_offset, "Class is both outer and inner class in InnerClasses attribute");
    }
    entries.push_back(entry);
  }
}

void ClassFileParser::parse_record(ByteReader& body) {
  uint16_t count = body.u2();
  std::vector<RecordComponent> components;
  components.reserve(count);
  for (uint16_t i = 0; i < count; ++i) {
    size_t offset = body.offset();
    RecordComponent component;
    component.name = read_utf8_attribute(body, "record component name");
    component.descriptor = read_utf8_attribute(body, "record component descriptor");
    if (!is_valid_field_name(component.name)) {
      fail(offset, concat("Illegal record component name \"", component.name, "\""));
    }
    if (!is_valid_field_descriptor(component.descriptor)) {
      fail(offset, concat("Record component \"", component.name, "\" has illegal signature \"",
                          component.descriptor, "\""));
    }
    bool seen_signature = false, seen_annotations = false;
    parse_attributes(body, "record component", [&](std::string_view name, ByteReader& nested) {
      if (name == "Signature") {
        at_most_once(seen_signature, "Signature");
        component.signature = read_utf8_attribute(nested, "Signature");
        return true;
      }
      if (name == "RuntimeVisibleAnnotations") {
        at_most_once(seen_annotations, "RuntimeVisibleAnnotations");
        component.runtime_visible_annotations = rest_of(nested);
        return true;
      }
      return false;
    });
    components.push_back(std::move(component));
  }
  file_->record = std::move(components);
}

void ClassFileParser::parse_class_attributes(ByteReader& reader) {
  ClassFile& file = *file_;
  bool seen_source_file = false, seen_signature = false, seen_annotations = false;
  bool seen_bootstrap = false, seen_inner = false, seen_enclosing = false;
  bool seen_nest_host = false, seen_nest_members = false, seen_record = false;
  bool seen_permitted = false;
  parse_attributes(reader, "class", [&](std::string_view name, ByteReader& body) {
    size_t offset = item_.offset;
    if (name == "SourceFile") {
      at_most_once(seen_source_file, "SourceFile");
      file.source_file = read_utf8_attribute(body, "SourceFile");
      return true;
    }
    if (name == "InnerClasses") {
      at_most_once(seen_inner, "InnerClasses");
      parse_inner_classes(body, offset);
      return true;
    }
    if (major() < kJava5) return false;
    if (name == "Signature") {
      at_most_once(seen_signature, "Signature");
      file.signature = read_utf8_attribute(body, "Signature");
      return true;
    }
    if (name == "RuntimeVisibleAnnotations") {
      at_most_once(seen_annotations, "RuntimeVisibleAnnotations");
      file.runtime_visible_annotations = rest_of(body);
      return true;
    }
    if (name == "EnclosingMethod") {
      at_most_once(seen_enclosing, "EnclosingMethod");
      EnclosingMethod enclosing;
      enclosing.class_index = read_constant_index(body, ConstantTag::Class, "enclosing class");
      enclosing.method_index =
          read_optional_constant_index(body, ConstantTag::NameAndType, "enclosing method");
      if (enclosing.method_index != 0) {
        const std::string& method_name = file.nat_name(enclosing.method_index);
        const std::string& descriptor = file.nat_descriptor(enclosing.method_index);
        if (!is_valid_method_name(method_name) || !is_valid_method_descriptor(descriptor)) {
          fail(offset, concat("Illegal enclosing method ", method_name, descriptor));
        }
      }
      file.enclosing_method = enclosing;
      return true;
    }
    if (major() < kJava7) return false;
    if (name == "BootstrapMethods") {
      at_most_once(seen_bootstrap, "BootstrapMethods");
      parse_bootstrap_methods(body);
      return true;
    }
    if (major() < kJava11) return false;
    if (name == "NestHost") {
      at_most_once(seen_nest_host, "NestHost");
      if (seen_nest_members) fail(offset, "Conflicting NestHost and NestMembers attributes");
      file.nest_host = file.class_name(read_constant_index(body, ConstantTag::Class, "NestHost"));
      return true;
    }
    if (name == "NestMembers") {
      at_most_once(seen_nest_members, "NestMembers");
      if (seen_nest_host) fail(offset, "Conflicting NestHost and NestMembers attributes");
      file.nest_members = parse_class_list(body, "nest member");
      return true;
    }
    if (major() < kJava16) return false;
    if (name == "Record") {
      at_most_once(seen_record, "Record");
      parse_record(body);
      return true;
    }
    if (major() < kJava17) return false;
    if (name == "PermittedSubclasses") {
      at_most_once(seen_permitted, "PermittedSubclasses");
      if (file.access_flags & kAccFinal)
        fail(offset, "PermittedSubclasses attribute in final class");
      file.permitted_subclasses = parse_class_list(body, "permitted subclass");
      return true;
    }
    return false;
  });
}

}  // namespace islet::classfile::detail
