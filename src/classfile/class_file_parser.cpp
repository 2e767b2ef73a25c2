// parse_class_file: the parser's entry point, error messages, the class file header and version,
// the class structure (flags, this/super/interfaces), fields and methods.
// The constant pool and attributes live in constant_pool_parser.cpp and attribute_parser.cpp.
#include <new>
#include <string>
#include <unordered_set>

#include "classfile/code_check.hpp"
#include "classfile/descriptor.hpp"
#include "classfile/message_text.hpp"
#include "classfile/parser.hpp"

namespace islet::classfile {

namespace detail {

namespace {

constexpr uint32_t kClassFileMagic = 0xCAFEBABE;
constexpr uint16_t kMinSupportedMajor = 45;
// islet accepts class files up to Java 25 (69): nothing a newer javac emits in them needs VM
// support beyond Java 17's, so the runtime can run them; it still presents itself as Java 17,
// whose maximum (61) is what the HotSpot-style rejection message names.
constexpr uint16_t kMaxSupportedMajor = 69;
constexpr uint16_t kAdvertisedMajor = 61;
constexpr uint16_t kPreviewMinor = 0xFFFF;

// At most one of public, private and protected (JVMS 4.5, 4.6).
bool has_illegal_visibility(uint16_t flags) {
  int count =
      ((flags & kAccPublic) != 0) + ((flags & kAccPrivate) != 0) + ((flags & kAccProtected) != 0);
  return count > 1;
}

std::string hex(uint32_t value) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string text = "0x";
  bool started = false;
  for (int shift = 28; shift >= 0; shift -= 4) {
    uint32_t digit = (value >> shift) & 0xF;
    if (digit != 0 || started || shift == 0) {
      text += kDigits[digit];
      started = true;
    }
  }
  return text;
}

std::string name_and_descriptor_key(std::string_view name, std::string_view descriptor) {
  // Valid modified UTF-8 never contains a NUL byte, so it separates the two unambiguously.
  std::string key(name);
  key += '\0';
  key += descriptor;
  return key;
}

}  // namespace

ClassFileParser::ClassFileParser(std::span<const uint8_t> bytes, std::string_view name_hint,
                                 const ParseOptions& options)
    : reader_(bytes), name_hint_(name_hint), options_(options) {}

std::string ClassFileParser::class_name_for_messages() const {
  if (file_ && !file_->this_class.empty()) return external_class_name(file_->this_class);
  if (name_hint_.empty()) return "<Unknown>";  // HotSpot's vmSymbols::unknown_class_name
  return external_class_name(name_hint_);
}

void ClassFileParser::fail(size_t offset, std::string_view problem) const {
  FormatError error;
  error.message =
      concat(problem, " in class file ", class_name_for_messages(), " (offset ", offset, ")");
  error.offset = offset;
  throw ParseFailure{std::move(error)};
}

void ClassFileParser::fail_unsupported_version(std::string message) const {
  FormatError error;
  error.message = std::move(message);
  error.offset = 4;
  error.unsupported_version = true;
  throw ParseFailure{std::move(error)};
}

ParseResult ClassFileParser::parse() {
  ParseResult result;
  try {
    file_ = std::make_unique<ClassFile>();
    parse_header();
    parse_constant_pool();
    parse_class_structure();
    parse_fields();
    parse_methods();
    parse_class_attributes(reader_);
    check_bootstrap_references();
    if (!reader_.at_end()) {
      fail(reader_.offset(), concat("Extra bytes (", reader_.remaining(), ") at the end"));
    }
    if (options_.check_bytecode) check_bytecode();
    result.file = std::move(file_);
  } catch (ParseFailure& failure) {
    result.error = std::move(failure.error);
  } catch (const ByteReader::Underflow& underflow) {
    std::string what = item_.kind;
    if (item_.index >= 0) what = concat(what, " #", item_.index);
    if (!item_.name.empty()) what = concat(what, " '", item_.name, "'");
    result.error.message = concat("Truncated class file ", class_name_for_messages(), ": ", what,
                                  " at offset ", item_.offset, " needs ", underflow.missing,
                                  " more byte", underflow.missing == 1 ? "" : "s");
    result.error.offset = underflow.offset;
  } catch (const std::bad_alloc&) {
    // Sizes are bounded by the input, so this only happens when the whole process is short of
    // memory; it is still reported, not thrown at a caller that promised its own callers nothing.
    result.error.message =
        concat("Out of memory while parsing class file ", class_name_for_messages());
  }
  return result;
}

void ClassFileParser::parse_header() {
  ItemScope scope(*this, Item("magic", 0));
  uint32_t magic = reader_.u4();
  if (magic != kClassFileMagic) fail(0, concat("Incompatible magic value ", magic));
  item_ = Item("version", 4);
  uint16_t minor = reader_.u2();
  uint16_t major = reader_.u2();
  file_->minor_version = minor;
  file_->major_version = major;

  std::string name = class_name_for_messages();
  std::string version = concat("(class file version ", major, ".", minor, ")");
  if (major < kMinSupportedMajor) {
    fail_unsupported_version(
        concat(name, " ", version, " was compiled with an invalid major version"));
  }
  if (major > kMaxSupportedMajor) {
    fail_unsupported_version(
        concat(name, " has been compiled by a more recent version of the Java Runtime ", version,
               ", this version of the Java Runtime only recognizes class file versions up to ",
               kAdvertisedMajor, ".0"));
  }
  if (major < kJava12 || minor == 0) return;
  if (minor == kPreviewMinor) {
    // islet never enables preview features; the wording follows HotSpot's for each case.
    if (major != kAdvertisedMajor) {
      fail_unsupported_version(concat(
          name, " ", version,
          " was compiled with preview features that are unsupported. This version of the Java "
          "Runtime only recognizes preview features for class file version ",
          kAdvertisedMajor, ".", kPreviewMinor));
    }
    fail_unsupported_version(concat("Preview features are not enabled for ", name, " ", version,
                                    ". Try running with '--enable-preview'"));
  }
  fail_unsupported_version(
      concat(name, " ", version, " was compiled with an invalid non-zero minor version"));
}

void ClassFileParser::parse_class_structure() {
  ClassFile& file = *file_;
  size_t flags_offset = reader_.offset();
  ItemScope scope(*this, Item("class access flags", flags_offset));
  uint16_t flags = reader_.u2();
  // Before Java 6, interfaces were not required to be marked abstract; HotSpot adds the flag.
  if ((flags & kAccInterface) && major() < kJava6) flags |= kAccAbstract;
  file.access_flags = flags;

  size_t this_offset = reader_.offset();
  item_ = Item("this_class", this_offset);
  file.this_class_index = read_constant_index(reader_, ConstantTag::Class, "this_class");
  const std::string& this_name = file.class_name(file.this_class_index);
  if (this_name[0] == '[') fail(this_offset, concat("Illegal this_class name \"", this_name, "\""));
  file.this_class = this_name;

  bool is_module = (flags & kAccModule) != 0;
  bool is_interface = (flags & kAccInterface) != 0;
  if (!is_module) {
    // Module descriptors (module-info) are parsed but never defined as classes, so their flags
    // are left for the class loader to reject.
    bool is_abstract = flags & kAccAbstract, is_final = flags & kAccFinal;
    bool since_java5 = major() >= kJava5;
    if ((is_abstract && is_final) || (is_interface && !is_abstract) ||
        (is_interface && since_java5 && (flags & (kAccSuper | kAccEnum))) ||
        (!is_interface && since_java5 && (flags & kAccAnnotation))) {
      fail(flags_offset, concat("Illegal class modifiers ", hex(flags)));
    }
  }

  size_t super_offset = reader_.offset();
  item_ = Item("super_class", super_offset);
  file.super_class_index = read_optional_constant_index(reader_, ConstantTag::Class, "super_class");
  if (file.super_class_index == 0) {
    if (file.this_class != "java/lang/Object" && !is_module) {
      fail(super_offset, "Invalid superclass index 0");
    }
  } else {
    file.super_class = file.class_name(file.super_class_index);
    if (file.super_class[0] == '[') {
      fail(super_offset, concat("Illegal superclass name \"", file.super_class, "\""));
    }
    if (is_interface && file.super_class != "java/lang/Object") {
      fail(super_offset, "Interfaces must have java.lang.Object as superclass");
    }
  }

  item_ = Item("interfaces count", reader_.offset());
  uint16_t interface_count = reader_.u2();
  file.interfaces.reserve(interface_count);
  std::unordered_set<std::string_view> seen;
  for (uint16_t i = 0; i < interface_count; ++i) {
    size_t offset = reader_.offset();
    item_ = Item("interface", offset, i);
    uint16_t index = read_constant_index(reader_, ConstantTag::Class, "interface");
    const std::string& name = file.class_name(index);
    if (name[0] == '[') fail(offset, concat("Illegal interface name \"", name, "\""));
    if (!seen.insert(name).second) fail(offset, concat("Duplicate interface name \"", name, "\""));
    file.interfaces.push_back(name);
  }
}

void ClassFileParser::check_field_flags(uint16_t flags, size_t offset,
                                        std::string_view name) const {
  bool illegal;
  if (file_->access_flags & kAccInterface) {
    uint16_t required = kAccPublic | kAccStatic | kAccFinal;
    uint16_t forbidden = kAccPrivate | kAccProtected | kAccVolatile | kAccTransient |
                         (major() >= kJava5 ? kAccEnum : 0);
    illegal = (flags & required) != required || (flags & forbidden) != 0;
  } else {
    illegal = has_illegal_visibility(flags) || ((flags & kAccFinal) && (flags & kAccVolatile));
  }
  if (illegal) fail(offset, concat("Illegal field modifiers ", hex(flags), " of field ", name));
}

void ClassFileParser::parse_fields() {
  ClassFile& file = *file_;
  item_ = Item("fields count", reader_.offset());
  uint16_t count = reader_.u2();
  file.fields.reserve(count);
  std::unordered_set<std::string> seen;
  for (uint16_t i = 0; i < count; ++i) {
    size_t offset = reader_.offset();
    ItemScope scope(*this, Item("field", offset, i));
    FieldInfo field;
    field.access_flags = reader_.u2();
    uint16_t name_index = read_constant_index(reader_, ConstantTag::Utf8, "field name");
    uint16_t descriptor_index = read_constant_index(reader_, ConstantTag::Utf8, "field descriptor");
    field.name = file.utf8(name_index);
    field.descriptor = file.utf8(descriptor_index);
    if (!is_valid_field_name(field.name)) {
      fail(offset, concat("Illegal field name \"", field.name, "\""));
    }
    if (!is_valid_field_descriptor(field.descriptor)) {
      fail(offset,
           concat("Field \"", field.name, "\" has illegal signature \"", field.descriptor, "\""));
    }
    check_field_flags(field.access_flags, offset, field.name);
    if (!seen.insert(name_and_descriptor_key(field.name, field.descriptor)).second) {
      fail(offset, concat("Duplicate field name \"", field.name, "\" with signature \"",
                          field.descriptor, "\""));
    }
    item_.name = file.utf8(name_index);
    parse_field_attributes(reader_, field);
    file.fields.push_back(std::move(field));
  }
}

// Returns the flags to record: a class initializer keeps only the flags that matter for it.
uint16_t ClassFileParser::check_method_flags(uint16_t flags, size_t offset,
                                             std::string_view name) const {
  if (name == "<clinit>") {
    // Only ACC_STATIC (and, before Java 17, ACC_STRICT) mean anything on a class initializer;
    // before Java 7 even ACC_STATIC was implied.
    if (major() < kJava7) return kAccStatic;
    if (!(flags & kAccStatic)) fail(offset, "Method <clinit> is not static");
    return flags & (kAccStatic | (major() < kJava17 ? kAccStrict : 0));
  }
  bool is_interface = file_->access_flags & kAccInterface;
  if (is_interface && name == "<init>") fail(offset, "Interface cannot have a method named <init>");
  bool is_public = flags & kAccPublic, is_private = flags & kAccPrivate;
  bool is_protected = flags & kAccProtected, is_static = flags & kAccStatic;
  bool is_final = flags & kAccFinal, is_synchronized = flags & kAccSynchronized;
  bool is_native = flags & kAccNative, is_abstract = flags & kAccAbstract;
  bool is_strict = flags & kAccStrict, is_bridge = flags & kAccBridge;
  bool since_java5 = major() >= kJava5, since_java17 = major() >= kJava17;
  bool illegal = false;
  if (is_interface) {
    if (major() >= kJava8) {
      illegal = is_public == is_private || is_native || is_protected || is_final ||
                is_synchronized ||
                (is_abstract && (is_private || is_static || (!since_java17 && is_strict)));
    } else if (since_java5) {
      illegal = !is_public || is_private || is_protected || is_static || is_final ||
                is_synchronized || is_native || !is_abstract || is_strict;
    } else {
      illegal = !is_public || is_static || is_final || is_native || !is_abstract;
    }
  } else if (has_illegal_visibility(flags)) {
    illegal = true;
  } else if (name == "<init>") {
    illegal = is_static || is_final || is_synchronized || is_native || is_abstract ||
              (since_java5 && is_bridge);
  } else if (is_abstract) {
    illegal = is_final || is_native || is_private || is_static ||
              (since_java5 && (is_synchronized || (!since_java17 && is_strict)));
  }
  if (illegal) {
    fail(offset, concat("Method ", name, " has illegal modifiers: ", hex(flags)));
  }
  return flags;
}

void ClassFileParser::parse_methods() {
  ClassFile& file = *file_;
  item_ = Item("methods count", reader_.offset());
  uint16_t count = reader_.u2();
  file.methods.reserve(count);
  std::unordered_set<std::string> seen;
  for (uint16_t i = 0; i < count; ++i) {
    size_t offset = reader_.offset();
    ItemScope scope(*this, Item("method", offset, i));
    MethodInfo method;
    uint16_t flags = reader_.u2();
    uint16_t name_index = read_constant_index(reader_, ConstantTag::Utf8, "method name");
    uint16_t descriptor_index =
        read_constant_index(reader_, ConstantTag::Utf8, "method descriptor");
    method.name = file.utf8(name_index);
    method.descriptor = file.utf8(descriptor_index);
    if (!is_valid_method_name(method.name)) {
      fail(offset, concat("Illegal method name \"", method.name, "\""));
    }
    auto descriptor = parse_method_descriptor(method.descriptor);
    bool is_initializer = method.name == "<init>" || method.name == "<clinit>";
    if (!descriptor || (is_initializer && descriptor->ret.type != BasicType::Void) ||
        (method.name == "<clinit>" && !descriptor->params.empty())) {
      fail(offset, concat("Method \"", method.name, "\" has illegal signature \"",
                          method.descriptor, "\""));
    }
    method.access_flags = check_method_flags(flags, offset, method.name);
    int receiver_slots = (method.access_flags & kAccStatic) ? 0 : 1;
    if (descriptor->arg_slots + receiver_slots > kMaxArgumentSlots) {
      fail(offset, concat("Too many arguments in method signature \"", method.descriptor, "\""));
    }
    if (!seen.insert(name_and_descriptor_key(method.name, method.descriptor)).second) {
      fail(offset, concat("Duplicate method name \"", method.name, "\" with signature \"",
                          method.descriptor, "\""));
    }
    item_.name = file.utf8(name_index);
    parse_method_attributes(reader_, method);

    bool needs_code = !(method.access_flags & (kAccNative | kAccAbstract));
    if (needs_code && !method.code) {
      fail(offset, concat("Absent Code attribute in method ", method.name,
                          " that is not native or abstract"));
    }
    if (method.code && method.code->max_locals < descriptor->arg_slots + receiver_slots) {
      fail(offset, concat("Arguments can't fit into locals of method ", method.name));
    }
    file.methods.push_back(std::move(method));
  }
}

void ClassFileParser::check_bytecode() const {
  for (const MethodInfo& method : file_->methods) {
    if (!method.code) continue;
    if (auto error = check_code(*file_, method)) throw ParseFailure{std::move(*error)};
  }
}

}  // namespace detail

ParseResult parse_class_file(std::span<const uint8_t> bytes, std::string_view name_hint) {
  return parse_class_file(bytes, name_hint, ParseOptions{});
}

ParseResult parse_class_file(std::span<const uint8_t> bytes, std::string_view name_hint,
                             const ParseOptions& options) {
  try {
    detail::ClassFileParser parser(bytes, name_hint, options);
    return parser.parse();
  } catch (const std::bad_alloc&) {
    // Only the parser's own setup (copying the name hint) can get here.
    ParseResult result;
    result.error.message = "Out of memory while parsing a class file";
    return result;
  } catch (const std::exception& unexpected) {
    // Not expected at all; still, nothing may leave this function (callers are C ABI shims).
    ParseResult result;
    result.error.message =
        std::string("Internal error while parsing a class file: ") + unexpected.what();
    return result;
  }
}

}  // namespace islet::classfile
