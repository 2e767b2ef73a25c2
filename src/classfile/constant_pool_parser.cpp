// The constant pool (JVMS 4.4): reading every entry, then checking every reference between
// entries (forward references are legal, so this is a second pass), names and descriptors.
#include "classfile/descriptor.hpp"
#include "classfile/message_text.hpp"
#include "classfile/modified_utf8.hpp"
#include "classfile/parser.hpp"

namespace islet::classfile::detail {

namespace {

const char* tag_name(ConstantTag tag) {
  switch (tag) {
    case ConstantTag::Unusable:
      return "unusable";
    case ConstantTag::Utf8:
      return "Utf8";
    case ConstantTag::Integer:
      return "Integer";
    case ConstantTag::Float:
      return "Float";
    case ConstantTag::Long:
      return "Long";
    case ConstantTag::Double:
      return "Double";
    case ConstantTag::Class:
      return "Class";
    case ConstantTag::String:
      return "String";
    case ConstantTag::Fieldref:
      return "Fieldref";
    case ConstantTag::Methodref:
      return "Methodref";
    case ConstantTag::InterfaceMethodref:
      return "InterfaceMethodref";
    case ConstantTag::NameAndType:
      return "NameAndType";
    case ConstantTag::MethodHandle:
      return "MethodHandle";
    case ConstantTag::MethodType:
      return "MethodType";
    case ConstantTag::Dynamic:
      return "Dynamic";
    case ConstantTag::InvokeDynamic:
      return "InvokeDynamic";
    case ConstantTag::Module:
      return "Module";
    case ConstantTag::Package:
      return "Package";
  }
  return "unknown";
}

// The first class-file major version in which each tag may appear (0 = always).
uint16_t minimum_major_for(ConstantTag tag) {
  switch (tag) {
    case ConstantTag::MethodHandle:
    case ConstantTag::MethodType:
    case ConstantTag::InvokeDynamic:
      return kJava7;
    case ConstantTag::Module:
    case ConstantTag::Package:
      return kJava9;
    case ConstantTag::Dynamic:
      return kJava11;
    default:
      return 0;
  }
}

bool is_known_tag(uint8_t tag) {
  switch (tag) {
    case 1:
    case 3:
    case 4:
    case 5:
    case 6:
    case 7:
    case 8:
    case 9:
    case 10:
    case 11:
    case 12:
    case 15:
    case 16:
    case 17:
    case 18:
    case 19:
    case 20:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool ClassFileParser::constant_has_tag(uint16_t index, ConstantTag expected) const {
  return index != 0 && index < file_->constants.size() && file_->constants[index].tag == expected &&
         expected != ConstantTag::Unusable;
}

void ClassFileParser::check_constant_index(uint16_t index, ConstantTag expected,
                                           std::string_view what, size_t offset) const {
  const auto& constants = file_->constants;
  if (index == 0 || index >= constants.size()) {
    fail(offset, concat("Illegal constant pool index ", index, " for ", what));
  }
  ConstantTag actual = constants[index].tag;
  if (expected != ConstantTag::Unusable && actual != expected) {
    fail(offset, concat("Illegal ", what, ": constant pool entry #", index, " is ",
                        tag_name(actual), ", expected ", tag_name(expected)));
  }
  if (actual == ConstantTag::Unusable) {
    fail(offset, concat("Illegal ", what, ": constant pool entry #", index, " is unusable"));
  }
}

uint16_t ClassFileParser::read_constant_index(ByteReader& reader, ConstantTag expected,
                                              std::string_view what) {
  size_t offset = reader.offset();
  uint16_t index = reader.u2();
  check_constant_index(index, expected, what, offset);
  return index;
}

uint16_t ClassFileParser::read_optional_constant_index(ByteReader& reader, ConstantTag expected,
                                                       std::string_view what) {
  size_t offset = reader.offset();
  uint16_t index = reader.u2();
  if (index != 0) check_constant_index(index, expected, what, offset);
  return index;
}

void ClassFileParser::parse_constant_pool() {
  item_ = Item("constant pool count", reader_.offset());
  size_t count_offset = reader_.offset();
  uint16_t count = reader_.u2();
  if (count == 0) fail(count_offset, "Illegal constant pool size 0");
  auto& constants = file_->constants;
  // Each entry takes at least three bytes, so a count the input cannot hold is rejected by the
  // reads below before this reservation could matter; it is at most 65535 entries anyway.
  constants.resize(count);
  constant_offsets_.assign(count, 0);
  for (uint32_t index = 1; index < count; ++index) {
    size_t offset = reader_.offset();
    constant_offsets_[index] = static_cast<uint32_t>(offset);
    ItemScope scope(*this, Item("constant pool entry", offset, static_cast<long>(index)));
    read_constant(reader_, static_cast<uint16_t>(index), constants[index]);
    ConstantTag tag = constants[index].tag;
    if (tag == ConstantTag::Long || tag == ConstantTag::Double) {
      // Eight-byte constants take two slots; the second is unusable (JVMS 4.4.5).
      if (index + 1 >= count) {
        fail(offset, concat("Invalid constant pool entry #", index, ": ", tag_name(tag),
                            " constant in the last slot"));
      }
      ++index;
      constant_offsets_[index] = static_cast<uint32_t>(offset);
    }
  }
  check_constant_pool_references();
}

void ClassFileParser::read_constant(ByteReader& reader, uint16_t index, Constant& entry) {
  size_t offset = reader.offset();
  uint8_t raw_tag = reader.u1();
  if (!is_known_tag(raw_tag)) fail(offset, concat("Unknown constant tag ", raw_tag));
  ConstantTag tag = static_cast<ConstantTag>(raw_tag);
  if (major() < minimum_major_for(tag)) {
    fail(offset, concat("Class file version does not support constant tag ", raw_tag));
  }
  entry.tag = tag;
  switch (tag) {
    case ConstantTag::Utf8: {
      uint16_t length = reader.u2();
      auto bytes = reader.bytes(length);
      std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
      if (!is_valid_modified_utf8(text)) {
        fail(offset, concat("Illegal UTF8 string in constant pool entry #", index));
      }
      entry.utf8.assign(text);
      break;
    }
    case ConstantTag::Integer:
    case ConstantTag::Float:
      entry.int_value = reader.s4();
      break;
    case ConstantTag::Long:
    case ConstantTag::Double:
      entry.long_value = static_cast<int64_t>(reader.u8());
      break;
    case ConstantTag::Class:
    case ConstantTag::String:
    case ConstantTag::MethodType:
    case ConstantTag::Module:
    case ConstantTag::Package:
      entry.index1 = reader.u2();
      break;
    case ConstantTag::Fieldref:
    case ConstantTag::Methodref:
    case ConstantTag::InterfaceMethodref:
    case ConstantTag::NameAndType:
    case ConstantTag::Dynamic:
    case ConstantTag::InvokeDynamic:
      entry.index1 = reader.u2();
      entry.index2 = reader.u2();
      break;
    case ConstantTag::MethodHandle: {
      uint8_t kind = reader.u1();
      if (kind < 1 || kind > 9) {
        fail(offset, concat("Bad method handle kind ", kind, " at constant pool entry #", index));
      }
      entry.ref_kind = static_cast<RefKind>(kind);
      entry.index1 = reader.u2();
      break;
    }
    case ConstantTag::Unusable:
      break;  // excluded by is_known_tag
  }
}

void ClassFileParser::check_constant_pool_references() const {
  for (size_t index = 1; index < file_->constants.size(); ++index) {
    check_constant_references(static_cast<uint16_t>(index));
  }
}

void ClassFileParser::check_constant_references(uint16_t index) const {
  const Constant& entry = constant(index);
  size_t offset = constant_offsets_[index];
  std::string_view where = "constant pool entry #";  // followed by the index in messages
  auto require = [&](uint16_t target, ConstantTag expected, const char* role) {
    // The message is only built on failure: this runs for every reference in every class.
    if (!constant_has_tag(target, expected)) {
      check_constant_index(target, expected, concat(role, " of ", where, index), offset);
    }
  };
  switch (entry.tag) {
    case ConstantTag::Class: {
      require(entry.index1, ConstantTag::Utf8, "class name");
      const std::string& name = constant(entry.index1).utf8;
      if (!is_valid_class_name(name)) fail(offset, concat("Illegal class name \"", name, "\""));
      break;
    }
    case ConstantTag::String:
      require(entry.index1, ConstantTag::Utf8, "string");
      break;
    case ConstantTag::Module:
    case ConstantTag::Package:
      require(entry.index1, ConstantTag::Utf8, "name");
      break;
    case ConstantTag::MethodType: {
      require(entry.index1, ConstantTag::Utf8, "method type");
      const std::string& descriptor = constant(entry.index1).utf8;
      if (!is_valid_method_descriptor(descriptor)) {
        fail(offset,
             concat("Illegal method type descriptor \"", descriptor, "\" at ", where, index));
      }
      break;
    }
    case ConstantTag::NameAndType:
      // The name and descriptor are checked by the entries that use this NameAndType, because
      // only they know whether it describes a field or a method.
      require(entry.index1, ConstantTag::Utf8, "name");
      require(entry.index2, ConstantTag::Utf8, "descriptor");
      break;
    case ConstantTag::Fieldref:
    case ConstantTag::Methodref:
    case ConstantTag::InterfaceMethodref:
      require(entry.index1, ConstantTag::Class, "class");
      require(entry.index2, ConstantTag::NameAndType, "name and type");
      check_member_ref(index, entry);
      break;
    case ConstantTag::Dynamic:
    case ConstantTag::InvokeDynamic: {
      // index1 (the bootstrap method) is checked once the BootstrapMethods attribute is read.
      require(entry.index2, ConstantTag::NameAndType, "name and type");
      const Constant& nat = constant(entry.index2);
      require(nat.index1, ConstantTag::Utf8, "name");
      require(nat.index2, ConstantTag::Utf8, "descriptor");
      const std::string& name = constant(nat.index1).utf8;
      const std::string& descriptor = constant(nat.index2).utf8;
      bool is_field = entry.tag == ConstantTag::Dynamic;
      bool valid_name =
          is_field ? is_valid_field_name(name) : is_valid_method_name(name) && name[0] != '<';
      if (!valid_name) fail(offset, concat("Illegal name \"", name, "\" at ", where, index));
      bool valid_descriptor =
          is_field ? is_valid_field_descriptor(descriptor) : is_valid_method_descriptor(descriptor);
      if (!valid_descriptor) {
        fail(offset, concat("Illegal descriptor \"", descriptor, "\" at ", where, index));
      }
      break;
    }
    case ConstantTag::MethodHandle:
      check_method_handle(index, entry);
      break;
    default:
      break;  // Utf8 and numbers refer to nothing
  }
}

void ClassFileParser::check_member_ref(uint16_t index, const Constant& entry) const {
  size_t offset = constant_offsets_[index];
  const Constant& nat = constant(entry.index2);
  // The NameAndType may come later in the pool and so not have been checked yet.
  if (!constant_has_tag(nat.index1, ConstantTag::Utf8)) {
    check_constant_index(nat.index1, ConstantTag::Utf8,
                         concat("name of constant pool entry #", index), offset);
  }
  if (!constant_has_tag(nat.index2, ConstantTag::Utf8)) {
    check_constant_index(nat.index2, ConstantTag::Utf8,
                         concat("descriptor of constant pool entry #", index), offset);
  }
  const std::string& name = constant(nat.index1).utf8;
  const std::string& descriptor = constant(nat.index2).utf8;
  if (entry.tag == ConstantTag::Fieldref) {
    if (!is_valid_field_name(name)) {
      fail(offset, concat("Illegal field name \"", name, "\" at constant pool entry #", index));
    }
    if (!is_valid_field_descriptor(descriptor)) {
      fail(offset,
           concat("Illegal field signature \"", descriptor, "\" at constant pool entry #", index));
    }
    return;
  }
  auto parsed = parse_method_descriptor(descriptor);
  if (!parsed) {
    fail(offset,
         concat("Illegal method signature \"", descriptor, "\" at constant pool entry #", index));
  }
  if (!is_valid_method_name(name)) {
    fail(offset, concat("Illegal method name \"", name, "\" at constant pool entry #", index));
  }
  if (name[0] == '<') {
    // Only a Methodref may name an instance initializer, which returns void (JVMS 4.4.2); no
    // reference may name <clinit>.
    if (name != "<init>" || entry.tag != ConstantTag::Methodref ||
        parsed->ret.type != BasicType::Void) {
      fail(offset, concat("Bad method name \"", name, "\" at constant pool entry #", index));
    }
  }
}

void ClassFileParser::check_method_handle(uint16_t index, const Constant& entry) const {
  size_t offset = constant_offsets_[index];
  std::string what = concat("method handle reference of constant pool entry #", index);
  check_constant_index(entry.index1, ConstantTag::Unusable, what, offset);
  // (MethodHandle constants are rare enough that building `what` eagerly costs nothing.)
  ConstantTag referenced = constant(entry.index1).tag;
  bool tag_ok = false;
  switch (entry.ref_kind) {
    case RefKind::GetField:
    case RefKind::GetStatic:
    case RefKind::PutField:
    case RefKind::PutStatic:
      tag_ok = referenced == ConstantTag::Fieldref;
      break;
    case RefKind::InvokeVirtual:
    case RefKind::NewInvokeSpecial:
      tag_ok = referenced == ConstantTag::Methodref;
      break;
    case RefKind::InvokeStatic:
    case RefKind::InvokeSpecial:
      tag_ok = referenced == ConstantTag::Methodref ||
               (major() >= kJava8 && referenced == ConstantTag::InterfaceMethodref);
      break;
    case RefKind::InvokeInterface:
      tag_ok = referenced == ConstantTag::InterfaceMethodref;
      break;
  }
  if (!tag_ok) {
    fail(offset, concat("Illegal ", what, ": kind ", static_cast<int>(entry.ref_kind),
                        " cannot refer to a ", tag_name(referenced)));
  }
  if (referenced == ConstantTag::Fieldref) return;
  // The member reference itself is checked by its own entry; here only the name's role matters.
  const Constant& member = constant(entry.index1);
  if (member.index2 == 0 || member.index2 >= file_->constants.size() ||
      constant(member.index2).tag != ConstantTag::NameAndType) {
    return;  // reported when the member reference's own entry is checked
  }
  uint16_t name_index = constant(member.index2).index1;
  if (name_index == 0 || name_index >= file_->constants.size() ||
      constant(name_index).tag != ConstantTag::Utf8) {
    return;  // likewise
  }
  const std::string& name = constant(name_index).utf8;
  bool is_constructor_kind = entry.ref_kind == RefKind::NewInvokeSpecial;
  if (is_constructor_kind != (name == "<init>") || name == "<clinit>") {
    fail(offset, concat("Illegal ", what, ": kind ", static_cast<int>(entry.ref_kind),
                        " cannot refer to method \"", name, "\""));
  }
}

void ClassFileParser::check_bootstrap_references() const {
  const auto& constants = file_->constants;
  for (size_t index = 1; index < constants.size(); ++index) {
    const Constant& entry = constants[index];
    if (entry.tag != ConstantTag::Dynamic && entry.tag != ConstantTag::InvokeDynamic) continue;
    if (file_->bootstrap_methods.empty()) {
      fail(constant_offsets_[index],
           concat("Missing BootstrapMethods attribute for constant pool entry #", index));
    }
    if (entry.index1 >= file_->bootstrap_methods.size()) {
      fail(constant_offsets_[index], concat("Invalid bootstrap method index ", entry.index1,
                                            " at constant pool entry #", index));
    }
  }
}

}  // namespace islet::classfile::detail
