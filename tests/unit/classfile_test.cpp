// Unit tests of classfile/: parsing real javac-17 class files (fixtures compiled at build time and
// the JDK's own java.base), the structural bytecode check, and rejection of malformed input
// (hand-built bad classes, truncation at every offset, random mutation).
#include <gtest/gtest.h>

#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "classfile/class_file.hpp"
#include "classfile/code_check.hpp"
#include "classfile/descriptor.hpp"
#include "classfile/modified_utf8.hpp"
#include "classfile/opcodes.hpp"
#include "classfile/zip_archive.hpp"

// GCC 12 warns about members left out of designated initializers even when they have default
// member initializers (GCC 13 no longer does); leaving them out is why the tests use them.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace islet::classfile {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// Helpers

std::vector<uint8_t> read_file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path fixture_path(std::string_view internal_name) {
  return fs::path(ISLET_CLASSFILE_FIXTURES) / (std::string(internal_name) + ".class");
}

std::vector<uint8_t> fixture_bytes(std::string_view internal_name) {
  auto bytes = read_file_bytes(fixture_path(internal_name));
  EXPECT_FALSE(bytes.empty()) << "missing fixture " << internal_name;
  return bytes;
}

// Parses a fixture and fails the test (returning an empty ClassFile) if it does not parse.
std::unique_ptr<ClassFile> load_fixture(std::string_view internal_name) {
  auto bytes = fixture_bytes(internal_name);
  ParseResult result = parse_class_file(bytes, internal_name);
  EXPECT_TRUE(result.file) << result.error.message;
  if (!result.file) return std::make_unique<ClassFile>();
  return std::move(result.file);
}

const MethodInfo* find_method(const ClassFile& file, std::string_view name,
                              std::string_view descriptor = {}) {
  for (const MethodInfo& method : file.methods) {
    if (method.name == name && (descriptor.empty() || method.descriptor == descriptor)) {
      return &method;
    }
  }
  return nullptr;
}

const FieldInfo* find_field(const ClassFile& file, std::string_view name) {
  for (const FieldInfo& field : file.fields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

// Decodes bytecode into its opcodes (operands skipped), using the instruction table.
std::vector<uint8_t> opcodes_of(const Code& code) {
  std::vector<uint8_t> opcodes;
  const auto& bytes = code.bytecode;
  size_t pc = 0;
  auto s4_at = [&](size_t at) {
    return static_cast<int32_t>((uint32_t{bytes[at]} << 24) | (uint32_t{bytes[at + 1]} << 16) |
                                (uint32_t{bytes[at + 2]} << 8) | bytes[at + 3]);
  };
  while (pc < bytes.size()) {
    uint8_t opcode = bytes[pc];
    opcodes.push_back(opcode);
    if (opcode == uint8_t(Opcode::tableswitch) || opcode == uint8_t(Opcode::lookupswitch)) {
      size_t operands = pc + 1 + (4 - (pc + 1) % 4) % 4;
      if (opcode == uint8_t(Opcode::tableswitch)) {
        int64_t count = int64_t{s4_at(operands + 8)} - s4_at(operands + 4) + 1;
        pc = operands + 12 + 4 * count;
      } else {
        pc = operands + 8 + 8 * size_t(s4_at(operands + 4));
      }
    } else if (opcode == uint8_t(Opcode::wide)) {
      pc += bytes[pc + 1] == uint8_t(Opcode::iinc) ? 6 : 4;
    } else {
      pc += opcode_info(opcode).length;
    }
  }
  return opcodes;
}

bool has_opcode(const Code& code, Opcode opcode) {
  auto opcodes = opcodes_of(code);
  return std::find(opcodes.begin(), opcodes.end(), uint8_t(opcode)) != opcodes.end();
}

// The line of the first source line containing `marker` (1-based).
int source_line_of(const fs::path& source, std::string_view marker) {
  std::ifstream in(source);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find(marker) != std::string::npos) return number;
  }
  return -1;
}

uint16_t read_u2(const std::vector<uint8_t>& bytes, size_t at) {
  return static_cast<uint16_t>((bytes[at] << 8) | bytes[at + 1]);
}

// ---------------------------------------------------------------------------------------------
// A tiny class-file assembler for hand-made (mostly broken) classes.

class ClassBuilder {
 public:
  struct CodeSpec {
    uint16_t max_stack = 2;
    uint16_t max_locals = 2;
    std::vector<uint8_t> bytecode;
    std::vector<std::array<uint16_t, 4>> handlers;  // start, end, handler, catch type
  };

  // Entries #1..#4 are always: Utf8 this name, Class #1, Utf8 super name, Class #3.
  explicit ClassBuilder(std::string this_name = "Foo",
                        std::string super_name = "java/lang/Object") {
    this_class = class_ref(this_name);
    super_class = super_name.empty() ? 0 : class_ref(super_name);
  }

  uint16_t raw_constant(std::vector<uint8_t> bytes, int slots = 1) {
    pool_.insert(pool_.end(), bytes.begin(), bytes.end());
    uint16_t index = next_index_;
    next_index_ = static_cast<uint16_t>(next_index_ + slots);
    return index;
  }
  uint16_t utf8(std::string_view text) {
    std::vector<uint8_t> bytes = {1};
    put_u2(bytes, static_cast<uint16_t>(text.size()));
    bytes.insert(bytes.end(), text.begin(), text.end());
    return raw_constant(bytes);
  }
  uint16_t indexed(uint8_t tag, uint16_t index) {
    std::vector<uint8_t> bytes = {tag};
    put_u2(bytes, index);
    return raw_constant(bytes);
  }
  uint16_t indexed2(uint8_t tag, uint16_t first, uint16_t second) {
    std::vector<uint8_t> bytes = {tag};
    put_u2(bytes, first);
    put_u2(bytes, second);
    return raw_constant(bytes);
  }
  uint16_t class_ref(std::string_view name) { return indexed(7, utf8(name)); }
  uint16_t string(std::string_view text) { return indexed(8, utf8(text)); }
  uint16_t integer(int32_t value) {
    std::vector<uint8_t> bytes = {3};
    put_u4(bytes, static_cast<uint32_t>(value));
    return raw_constant(bytes);
  }
  uint16_t long_constant(int64_t value) {
    std::vector<uint8_t> bytes = {5};
    put_u4(bytes, static_cast<uint32_t>(uint64_t(value) >> 32));
    put_u4(bytes, static_cast<uint32_t>(value));
    return raw_constant(bytes, 2);
  }
  uint16_t name_and_type(std::string_view name, std::string_view descriptor) {
    return indexed2(12, utf8(name), utf8(descriptor));
  }
  uint16_t member_ref(uint8_t tag, std::string_view owner, std::string_view name,
                      std::string_view descriptor) {
    uint16_t owner_index = class_ref(owner);
    return indexed2(tag, owner_index, name_and_type(name, descriptor));
  }
  uint16_t method_handle(uint8_t kind, uint16_t reference) {
    std::vector<uint8_t> bytes = {15, kind};
    put_u2(bytes, reference);
    return raw_constant(bytes);
  }

  void add_field(uint16_t flags, std::string_view name, std::string_view descriptor,
                 std::vector<std::vector<uint8_t>> attributes = {}) {
    put_u2(fields_, flags);
    put_u2(fields_, utf8(name));
    put_u2(fields_, utf8(descriptor));
    put_attributes(fields_, attributes);
    ++field_count_;
  }

  void add_method(uint16_t flags, std::string_view name, std::string_view descriptor,
                  std::optional<CodeSpec> code, std::vector<std::vector<uint8_t>> attributes = {}) {
    put_u2(methods_, flags);
    put_u2(methods_, utf8(name));
    put_u2(methods_, utf8(descriptor));
    if (code) {
      std::vector<uint8_t> body;
      put_u2(body, code->max_stack);
      put_u2(body, code->max_locals);
      put_u4(body, static_cast<uint32_t>(code->bytecode.size()));
      body.insert(body.end(), code->bytecode.begin(), code->bytecode.end());
      put_u2(body, static_cast<uint16_t>(code->handlers.size()));
      for (const auto& handler : code->handlers) {
        for (uint16_t value : handler) put_u2(body, value);
      }
      put_u2(body, 0);  // no nested attributes
      attributes.insert(attributes.begin(), attribute("Code", body));
    }
    put_attributes(methods_, attributes);
    ++method_count_;
  }

  // A simple static method with the given code.
  void add_static_method(std::string_view name, std::string_view descriptor, CodeSpec code) {
    add_method(kAccPublic | kAccStatic, name, descriptor, std::move(code));
  }

  // name_index (resolved now) + u4 length + body
  std::vector<uint8_t> attribute(std::string_view name, const std::vector<uint8_t>& body,
                                 std::optional<uint32_t> declared_length = std::nullopt) {
    std::vector<uint8_t> bytes;
    put_u2(bytes, utf8(name));
    put_u4(bytes, declared_length.value_or(static_cast<uint32_t>(body.size())));
    bytes.insert(bytes.end(), body.begin(), body.end());
    return bytes;
  }

  void add_class_attribute(std::vector<uint8_t> attribute_bytes) {
    class_attributes_.push_back(std::move(attribute_bytes));
  }

  std::vector<uint8_t> build() const {
    std::vector<uint8_t> out;
    put_u4(out, 0xCAFEBABE);
    put_u2(out, minor);
    put_u2(out, major);
    put_u2(out, next_index_);
    out.insert(out.end(), pool_.begin(), pool_.end());
    put_u2(out, access_flags);
    put_u2(out, this_class);
    put_u2(out, super_class);
    put_u2(out, static_cast<uint16_t>(interfaces.size()));
    for (uint16_t index : interfaces) put_u2(out, index);
    put_u2(out, field_count_);
    out.insert(out.end(), fields_.begin(), fields_.end());
    put_u2(out, method_count_);
    out.insert(out.end(), methods_.begin(), methods_.end());
    put_attributes(out, class_attributes_);
    return out;
  }

  static void put_u2(std::vector<uint8_t>& out, uint16_t value) {
    out.push_back(static_cast<uint8_t>(value >> 8));
    out.push_back(static_cast<uint8_t>(value));
  }
  static void put_u4(std::vector<uint8_t>& out, uint32_t value) {
    put_u2(out, static_cast<uint16_t>(value >> 16));
    put_u2(out, static_cast<uint16_t>(value));
  }

  uint16_t minor = 0;
  uint16_t major = 61;
  uint16_t access_flags = kAccPublic | kAccSuper;
  uint16_t this_class = 0;
  uint16_t super_class = 0;
  std::vector<uint16_t> interfaces;

 private:
  static void put_attributes(std::vector<uint8_t>& out,
                             const std::vector<std::vector<uint8_t>>& attributes) {
    put_u2(out, static_cast<uint16_t>(attributes.size()));
    for (const auto& attribute : attributes)
      out.insert(out.end(), attribute.begin(), attribute.end());
  }

  std::vector<uint8_t> pool_;
  uint16_t next_index_ = 1;
  std::vector<uint8_t> fields_, methods_;
  uint16_t field_count_ = 0, method_count_ = 0;
  std::vector<std::vector<uint8_t>> class_attributes_;
};

using CodeSpec = ClassBuilder::CodeSpec;

// Parses with the bytecode check on, so that everything accepted here also passed check_code.
ParseResult parse(const std::vector<uint8_t>& bytes, std::string_view hint = "Foo") {
  ParseOptions strict;
  strict.check_bytecode = true;
  return parse_class_file(bytes, hint, strict);
}

// Expects rejection and returns the message (empty if the class was accepted).
std::string rejection(const std::vector<uint8_t>& bytes, std::string_view hint = "Foo") {
  ParseResult result = parse(bytes, hint);
  EXPECT_FALSE(result.file) << "unexpectedly accepted";
  EXPECT_FALSE(result.error.message.empty());
  return result.error.message;
}

// A class whose only method is `public static void m()` with the given code.
std::vector<uint8_t> class_with_code(CodeSpec code, uint16_t major = 61) {
  ClassBuilder builder;
  builder.major = major;
  builder.add_static_method("m", "()V", std::move(code));
  return builder.build();
}

// Rejected by the bytecode check (not by the parser proper); returns the VerifyError text.
std::string verify_error(const std::vector<uint8_t>& bytes) {
  ParseResult result = parse(bytes);
  EXPECT_FALSE(result.file);
  EXPECT_TRUE(result.error.verify_error) << result.error.message;
  EXPECT_TRUE(parse_class_file(bytes, "Foo").file) << "should only fail the bytecode check";
  return result.error.message;
}

// ---------------------------------------------------------------------------------------------
// Real class files from javac 17

TEST(RealClassFiles, RecordPoint) {
  auto file = load_fixture("fx/Point");
  EXPECT_EQ(file->major_version, 61);
  EXPECT_EQ(file->minor_version, 0);
  EXPECT_EQ(file->this_class, "fx/Point");
  EXPECT_EQ(file->class_name(file->this_class_index), "fx/Point");
  EXPECT_EQ(file->super_class, "java/lang/Record");
  EXPECT_EQ(file->access_flags & (kAccPublic | kAccFinal | kAccSuper),
            kAccPublic | kAccFinal | kAccSuper);
  EXPECT_EQ(file->interfaces, std::vector<std::string>{"java/lang/Comparable"});
  EXPECT_EQ(file->signature, "Ljava/lang/Record;Ljava/lang/Comparable<Lfx/Point;>;");
  EXPECT_EQ(file->source_file, "Point.java");

  ASSERT_TRUE(file->record);
  ASSERT_EQ(file->record->size(), 2u);
  EXPECT_EQ((*file->record)[0].name, "x");
  EXPECT_EQ((*file->record)[0].descriptor, "I");
  EXPECT_EQ((*file->record)[1].name, "y");

  const FieldInfo* x = find_field(*file, "x");
  ASSERT_TRUE(x);
  EXPECT_EQ(x->descriptor, "I");
  EXPECT_EQ(x->access_flags, kAccPrivate | kAccFinal);

  EXPECT_TRUE(find_method(*file, "toString", "()Ljava/lang/String;"));
  EXPECT_TRUE(find_method(*file, "hashCode", "()I"));
  EXPECT_TRUE(find_method(*file, "equals", "(Ljava/lang/Object;)Z"));
  EXPECT_TRUE(find_method(*file, "compareTo", "(Lfx/Point;)I"));
  const MethodInfo* bridge = find_method(*file, "compareTo", "(Ljava/lang/Object;)I");
  ASSERT_TRUE(bridge);
  EXPECT_EQ(bridge->access_flags & (kAccBridge | kAccSynthetic), kAccBridge | kAccSynthetic);

  // toString/hashCode/equals are invokedynamic calls bootstrapped by ObjectMethods.bootstrap
  // with (Class, String names, MethodHandle getter...) arguments.
  ASSERT_FALSE(file->bootstrap_methods.empty());
  const BootstrapMethod& bootstrap = file->bootstrap_methods[0];
  const Constant& handle = file->constants[bootstrap.method_handle];
  ASSERT_EQ(handle.tag, ConstantTag::MethodHandle);
  EXPECT_EQ(handle.ref_kind, RefKind::InvokeStatic);
  const Constant& target = file->constants[handle.index1];
  EXPECT_EQ(file->class_name(target.index1), "java/lang/runtime/ObjectMethods");
  EXPECT_EQ(file->nat_name(target.index2), "bootstrap");
  ASSERT_EQ(bootstrap.arguments.size(), 4u);
  EXPECT_EQ(file->constants[bootstrap.arguments[0]].tag, ConstantTag::Class);
  EXPECT_EQ(file->class_name(bootstrap.arguments[0]), "fx/Point");
  const Constant& names = file->constants[bootstrap.arguments[1]];
  ASSERT_EQ(names.tag, ConstantTag::String);
  EXPECT_EQ(file->utf8(names.index1), "x;y");
  const Constant& getter = file->constants[bootstrap.arguments[2]];
  ASSERT_EQ(getter.tag, ConstantTag::MethodHandle);
  EXPECT_EQ(getter.ref_kind, RefKind::GetField);
  EXPECT_EQ(file->constants[getter.index1].tag, ConstantTag::Fieldref);
}

TEST(RealClassFiles, SealedInterfaceAndImplementations) {
  auto shape = load_fixture("fx/Shape");
  EXPECT_EQ(shape->access_flags & (kAccInterface | kAccAbstract), kAccInterface | kAccAbstract);
  EXPECT_EQ(shape->super_class, "java/lang/Object");
  EXPECT_EQ(shape->permitted_subclasses, (std::vector<std::string>{"fx/Circle", "fx/Square"}));
  const MethodInfo* area = find_method(*shape, "area", "()D");
  ASSERT_TRUE(area);
  EXPECT_EQ(area->access_flags, kAccPublic | kAccAbstract);
  EXPECT_FALSE(area->code);

  auto circle = load_fixture("fx/Circle");
  EXPECT_TRUE(circle->access_flags & kAccFinal);
  EXPECT_EQ(circle->interfaces, std::vector<std::string>{"fx/Shape"});
  EXPECT_TRUE(circle->permitted_subclasses.empty());
  auto square = load_fixture("fx/Square");
  EXPECT_FALSE(square->access_flags & kAccFinal);
}

TEST(RealClassFiles, Enum) {
  auto file = load_fixture("fx/Color");
  EXPECT_EQ(file->access_flags & (kAccEnum | kAccFinal), kAccEnum | kAccFinal);
  EXPECT_EQ(file->super_class, "java/lang/Enum");
  EXPECT_EQ(file->signature, "Ljava/lang/Enum<Lfx/Color;>;");
  for (const char* name : {"RED", "GREEN", "BLUE"}) {
    const FieldInfo* field = find_field(*file, name);
    ASSERT_TRUE(field) << name;
    EXPECT_EQ(field->descriptor, "Lfx/Color;");
    EXPECT_EQ(field->access_flags, kAccPublic | kAccStatic | kAccFinal | kAccEnum);
  }
  const FieldInfo* values = find_field(*file, "$VALUES");
  ASSERT_TRUE(values);
  EXPECT_EQ(values->descriptor, "[Lfx/Color;");
  EXPECT_TRUE(values->access_flags & kAccSynthetic);
  const MethodInfo* clinit = find_method(*file, "<clinit>", "()V");
  ASSERT_TRUE(clinit);
  EXPECT_EQ(clinit->access_flags, kAccStatic);
  ASSERT_TRUE(clinit->code);
  EXPECT_TRUE(has_opcode(*clinit->code, Opcode::new_));
  const MethodInfo* init = find_method(*file, "<init>", "(Ljava/lang/String;II)V");
  ASSERT_TRUE(init);
  EXPECT_EQ(init->signature, "(I)V");
  const MethodInfo* next = find_method(*file, "next", "()Lfx/Color;");
  ASSERT_TRUE(next && next->code);
  // javac switches on Color$1.$SwitchMap$fx$Color[ordinal()] with two cases: a lookupswitch.
  EXPECT_TRUE(has_opcode(*next->code, Opcode::lookupswitch));
}

TEST(RealClassFiles, AnnotationTypeWithDefaults) {
  auto file = load_fixture("fx/Marker");
  EXPECT_EQ(file->access_flags & (kAccAnnotation | kAccInterface | kAccAbstract),
            kAccAnnotation | kAccInterface | kAccAbstract);
  EXPECT_EQ(file->interfaces, std::vector<std::string>{"java/lang/annotation/Annotation"});
  // @Retention(RUNTIME) itself: num_annotations = 1, type "Ljava/lang/annotation/Retention;".
  const auto& annotations = file->runtime_visible_annotations;
  ASSERT_GE(annotations.size(), 4u);
  EXPECT_EQ(read_u2(annotations, 0), 1);
  EXPECT_EQ(file->utf8(read_u2(annotations, 2)), "Ljava/lang/annotation/Retention;");

  const MethodInfo* value = find_method(*file, "value", "()Ljava/lang/String;");
  ASSERT_TRUE(value);
  ASSERT_EQ(value->annotation_default.size(), 3u);  // element_value: 's' + const_value_index
  EXPECT_EQ(value->annotation_default[0], 's');
  EXPECT_EQ(file->utf8(read_u2(value->annotation_default, 1)), "dflt");
  const MethodInfo* level = find_method(*file, "level", "()I");
  ASSERT_TRUE(level);
  ASSERT_EQ(level->annotation_default.size(), 3u);
  EXPECT_EQ(level->annotation_default[0], 'I');
  EXPECT_EQ(file->constants[read_u2(level->annotation_default, 1)].int_value, 3);
}

TEST(RealClassFiles, NestedInnerAnonymousAndLocalClasses) {
  auto outer = load_fixture("fx/Outer");
  EXPECT_TRUE(outer->nest_host.empty());
  auto& members = outer->nest_members;
  for (const char* member :
       {"fx/Outer$Inner", "fx/Outer$Nested", "fx/Outer$1", "fx/Outer$1Local"}) {
    EXPECT_NE(std::find(members.begin(), members.end(), member), members.end()) << member;
  }
  EXPECT_FALSE(outer->inner_classes.empty());

  auto inner = load_fixture("fx/Outer$Inner");
  EXPECT_EQ(inner->nest_host, "fx/Outer");
  EXPECT_TRUE(inner->nest_members.empty());
  const FieldInfo* this0 = find_field(*inner, "this$0");
  ASSERT_TRUE(this0);
  EXPECT_EQ(this0->descriptor, "Lfx/Outer;");
  EXPECT_EQ(this0->access_flags & (kAccFinal | kAccSynthetic), kAccFinal | kAccSynthetic);
  bool found_self = false;
  for (const InnerClass& entry : inner->inner_classes) {
    if (inner->class_name(entry.inner_class) != "fx/Outer$Inner") continue;
    found_self = true;
    ASSERT_NE(entry.outer_class, 0);
    EXPECT_EQ(inner->class_name(entry.outer_class), "fx/Outer");
    ASSERT_NE(entry.inner_name, 0);
    EXPECT_EQ(inner->utf8(entry.inner_name), "Inner");
    EXPECT_EQ(entry.access_flags, kAccPublic);
  }
  EXPECT_TRUE(found_self);
  EXPECT_FALSE(inner->enclosing_method);

  auto anonymous = load_fixture("fx/Outer$1");
  ASSERT_TRUE(anonymous->enclosing_method);
  EXPECT_EQ(anonymous->class_name(anonymous->enclosing_method->class_index), "fx/Outer");
  ASSERT_NE(anonymous->enclosing_method->method_index, 0);
  EXPECT_EQ(anonymous->nat_name(anonymous->enclosing_method->method_index), "anonymous");
  EXPECT_EQ(anonymous->nat_descriptor(anonymous->enclosing_method->method_index),
            "()Ljava/lang/Runnable;");
  EXPECT_EQ(anonymous->interfaces, std::vector<std::string>{"java/lang/Runnable"});
  bool found_anonymous_entry = false;
  for (const InnerClass& entry : anonymous->inner_classes) {
    if (anonymous->class_name(entry.inner_class) != "fx/Outer$1") continue;
    found_anonymous_entry = true;
    EXPECT_EQ(entry.outer_class, 0);
    EXPECT_EQ(entry.inner_name, 0);
  }
  EXPECT_TRUE(found_anonymous_entry);

  auto local = load_fixture("fx/Outer$1Local");
  ASSERT_TRUE(local->enclosing_method);
  EXPECT_EQ(local->nat_name(local->enclosing_method->method_index), "local");
}

TEST(RealClassFiles, ConstantsGenericsAnnotationsAndModifiedUtf8) {
  auto file = load_fixture("fx/Constants");
  auto constant_of = [&](const char* name) -> const Constant& {
    const FieldInfo* field = find_field(*file, name);
    EXPECT_TRUE(field) << name;
    EXPECT_NE(field->constant_value, 0) << name;
    return file->constants[field->constant_value];
  };
  EXPECT_EQ(constant_of("ANSWER").tag, ConstantTag::Integer);
  EXPECT_EQ(constant_of("ANSWER").int_value, 42);
  EXPECT_EQ(constant_of("BIG").tag, ConstantTag::Long);
  EXPECT_EQ(constant_of("BIG").long_value, int64_t{1} << 40);
  EXPECT_EQ(constant_of("RATIO").tag, ConstantTag::Float);
  EXPECT_EQ(constant_of("RATIO").int_value, std::bit_cast<int32_t>(1.5f));
  EXPECT_EQ(constant_of("PI_ISH").tag, ConstantTag::Double);
  EXPECT_EQ(constant_of("PI_ISH").long_value, std::bit_cast<int64_t>(3.25));
  EXPECT_EQ(constant_of("FLAG").int_value, 1);
  EXPECT_EQ(constant_of("LETTER").int_value, 'q');
  const Constant& greeting = constant_of("GREETING");
  ASSERT_EQ(greeting.tag, ConstantTag::String);
  std::u16string expected = u"h\u00e9llo ";
  expected.push_back(u'\0');
  expected += u" w\u00f6rld \U0001F600";
  EXPECT_EQ(decode_modified_utf8(file->utf8(greeting.index1)), expected);
  EXPECT_NE(file->utf8(greeting.index1).find("\xC0\x80"), std::string::npos);

  // ConstantValue on an instance field is ignored, as JVMS 4.7.2 requires.
  const FieldInfo* instance_constant = find_field(*file, "instanceConstant");
  ASSERT_TRUE(instance_constant);
  EXPECT_EQ(instance_constant->constant_value, 0);

  const FieldInfo* names = find_field(*file, "names");
  ASSERT_TRUE(names);
  EXPECT_EQ(names->signature, "Ljava/util/List<Ljava/lang/String;>;");
  EXPECT_EQ(names->constant_value, 0);

  const MethodInfo* max = find_method(*file, "max");
  ASSERT_TRUE(max);
  EXPECT_EQ(max->descriptor, "(Ljava/util/List;)Ljava/lang/Comparable;");
  EXPECT_EQ(max->signature, "<T::Ljava/lang/Comparable<TT;>;>(Ljava/util/List<TT;>;)TT;");
  ASSERT_EQ(max->exceptions.size(), 1u);
  EXPECT_EQ(file->class_name(max->exceptions[0]), "java/io/IOException");
  ASSERT_GE(max->runtime_visible_annotations.size(), 4u);
  EXPECT_EQ(read_u2(max->runtime_visible_annotations, 0), 1);
  EXPECT_EQ(file->utf8(read_u2(max->runtime_visible_annotations, 2)), "Lfx/Marker;");

  const MethodInfo* annotated = find_method(*file, "withParameterAnnotation", "(I)I");
  ASSERT_TRUE(annotated);
  ASSERT_GE(annotated->runtime_visible_parameter_annotations.size(), 5u);
  EXPECT_EQ(annotated->runtime_visible_parameter_annotations[0], 1);  // num_parameters
  EXPECT_EQ(read_u2(annotated->runtime_visible_parameter_annotations, 1), 1);
}

TEST(RealClassFiles, LambdasIndyAndBootstrapMethods) {
  auto file = load_fixture("fx/Lambdas");
  bool saw_metafactory = false, saw_concat = false;
  for (const BootstrapMethod& bootstrap : file->bootstrap_methods) {
    const Constant& handle = file->constants[bootstrap.method_handle];
    ASSERT_EQ(handle.tag, ConstantTag::MethodHandle);
    EXPECT_EQ(handle.ref_kind, RefKind::InvokeStatic);
    const Constant& method = file->constants[handle.index1];
    std::string owner = file->class_name(method.index1);
    std::string name = file->nat_name(method.index2);
    if (owner == "java/lang/invoke/LambdaMetafactory" && name == "metafactory") {
      saw_metafactory = true;
      ASSERT_EQ(bootstrap.arguments.size(), 3u);
      EXPECT_EQ(file->constants[bootstrap.arguments[0]].tag, ConstantTag::MethodType);
      EXPECT_EQ(file->constants[bootstrap.arguments[1]].tag, ConstantTag::MethodHandle);
      EXPECT_EQ(file->constants[bootstrap.arguments[2]].tag, ConstantTag::MethodType);
    }
    if (owner == "java/lang/invoke/StringConcatFactory" && name == "makeConcatWithConstants") {
      saw_concat = true;
      ASSERT_EQ(bootstrap.arguments.size(), 1u);
      const Constant& recipe = file->constants[bootstrap.arguments[0]];
      ASSERT_EQ(recipe.tag, ConstantTag::String);
      if (file->utf8(recipe.index1).find(" has ") != std::string::npos) {
        EXPECT_EQ(file->utf8(recipe.index1), "\x01 has \x01 items at \x01");
      }
    }
  }
  EXPECT_TRUE(saw_metafactory);
  EXPECT_TRUE(saw_concat);

  int invokedynamic_constants = 0;
  for (const Constant& constant : file->constants) {
    if (constant.tag != ConstantTag::InvokeDynamic) continue;
    ++invokedynamic_constants;
    EXPECT_LT(constant.index1, file->bootstrap_methods.size());
    EXPECT_TRUE(is_valid_method_descriptor(file->nat_descriptor(constant.index2)));
  }
  EXPECT_GE(invokedynamic_constants, 4);

  const MethodInfo* adder = find_method(*file, "adder");
  ASSERT_TRUE(adder && adder->code);
  EXPECT_TRUE(has_opcode(*adder->code, Opcode::invokedynamic));
  bool has_lookup = false;
  for (const InnerClass& entry : file->inner_classes) {
    has_lookup |= file->class_name(entry.inner_class) == "java/lang/invoke/MethodHandles$Lookup";
  }
  EXPECT_TRUE(has_lookup);
}

TEST(RealClassFiles, CodeLineNumbersSwitchesAndHandlers) {
  auto file = load_fixture("fx/Lambdas");
  const MethodInfo* answer = find_method(*file, "answer", "()I");
  ASSERT_TRUE(answer && answer->code);
  int line = source_line_of(fs::path(ISLET_FIXTURE_SOURCES) / "fx/Lambdas.java", "LINE:answer");
  ASSERT_GT(line, 0);
  ASSERT_FALSE(answer->code->line_numbers.empty());
  EXPECT_EQ(answer->code->line_numbers[0].start_pc, 0);
  EXPECT_EQ(answer->code->line_numbers[0].line_number, line);
  EXPECT_EQ(answer->code->max_stack, 1);
  EXPECT_EQ(answer->code->max_locals, 1);
  EXPECT_EQ(answer->code->bytecode,
            (std::vector<uint8_t>{uint8_t(Opcode::bipush), 42, uint8_t(Opcode::istore_0),
                                  uint8_t(Opcode::iload_0), uint8_t(Opcode::ireturn)}));

  const MethodInfo* dense = find_method(*file, "dense");
  ASSERT_TRUE(dense && dense->code);
  EXPECT_TRUE(has_opcode(*dense->code, Opcode::tableswitch));
  const MethodInfo* sparse = find_method(*file, "sparse");
  ASSERT_TRUE(sparse && sparse->code);
  EXPECT_TRUE(has_opcode(*sparse->code, Opcode::lookupswitch));

  const MethodInfo* guarded = find_method(*file, "guarded");
  ASSERT_TRUE(guarded && guarded->code);
  bool catches_nfe = false, has_finally = false;
  for (const ExceptionHandler& handler : guarded->code->exception_handlers) {
    EXPECT_LT(handler.start_pc, handler.end_pc);
    EXPECT_LT(handler.handler_pc, guarded->code->bytecode.size());
    if (handler.catch_type == 0) {
      has_finally = true;
    } else if (file->class_name(handler.catch_type) == "java/lang/NumberFormatException") {
      catches_nfe = true;
    }
  }
  EXPECT_TRUE(catches_nfe);
  EXPECT_TRUE(has_finally);

  const MethodInfo* mix = find_method(*file, "mix", "(JDI)J");
  ASSERT_TRUE(mix && mix->code);
  EXPECT_EQ(mix->code->max_locals, 2 + 2 + 1 + 2 + 2);
  const MethodInfo* locked = find_method(*file, "locked");
  ASSERT_TRUE(locked && locked->code);
  EXPECT_TRUE(has_opcode(*locked->code, Opcode::monitorenter));
  const MethodInfo* grid = find_method(*file, "grid");
  ASSERT_TRUE(grid && grid->code);
  EXPECT_TRUE(has_opcode(*grid->code, Opcode::multianewarray));
  EXPECT_TRUE(has_opcode(*grid->code, Opcode::anewarray));
}

TEST(RealClassFiles, EveryFixtureParsesAndPassesTheCodeCheck) {
  int classes = 0, methods_with_code = 0;
  for (const auto& entry : fs::recursive_directory_iterator(ISLET_CLASSFILE_FIXTURES)) {
    if (entry.path().extension() != ".class") continue;
    auto bytes = read_file_bytes(entry.path());
    ParseResult result = parse_class_file(bytes, entry.path().stem().string());
    ASSERT_TRUE(result.file) << entry.path() << ": " << result.error.message;
    ++classes;
    for (const MethodInfo& method : result.file->methods) {
      if (!method.code) continue;
      ++methods_with_code;
      auto error = check_code(*result.file, method);
      EXPECT_FALSE(error) << error->message;
    }
  }
  EXPECT_GE(classes, 14);
  EXPECT_GE(methods_with_code, 40);
}

// Every class of the JDK's java.base module (read from its jmod, a zip behind a 4-byte header):
// thousands of real class files exercising every attribute and instruction javac emits.
TEST(RealClassFiles, EveryClassInJavaBaseParses) {
  fs::path jmod = fs::path(ISLET_HOTSPOT_HOME) / "jmods/java.base.jmod";
  if (!fs::exists(jmod)) GTEST_SKIP() << "no " << jmod;
  auto bytes = read_file_bytes(jmod);
  ASSERT_GT(bytes.size(), 4u);
  ASSERT_EQ(std::memcmp(bytes.data(), "JM\x01\x00", 4), 0);
  std::string error;
  auto archive = ZipArchive::open_memory(std::span(bytes).subspan(4), &error);
  ASSERT_TRUE(archive) << error;
  int parsed = 0, failed = 0;
  for (const std::string& name : archive->entry_names()) {
    constexpr std::string_view kPrefix = "classes/", kSuffix = ".class";
    if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix)) continue;
    std::string internal_name =
        name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
    auto contents = archive->read(name);
    ASSERT_TRUE(contents) << name;
    ParseResult result = parse(*contents, internal_name);  // with the bytecode check
    if (!result.file) {
      if (++failed <= 10) ADD_FAILURE() << result.error.message;
      continue;
    }
    if (internal_name != "module-info") {
      EXPECT_EQ(result.file->this_class, internal_name);
    }
    ++parsed;
  }
  EXPECT_EQ(failed, 0);
  EXPECT_GT(parsed, 5000);
}

// ---------------------------------------------------------------------------------------------
// Hand-made classes: what must be accepted, and the messages for what must not.

TEST(HandMade, MinimalClassParses) {
  ClassBuilder builder;
  builder.add_static_method("m", "()V", {.max_stack = 0, .max_locals = 0, .bytecode = {0xb1}});
  ParseResult result = parse(builder.build());
  ASSERT_TRUE(result.file) << result.error.message;
  EXPECT_EQ(result.file->this_class, "Foo");
  EXPECT_EQ(result.file->super_class, "java/lang/Object");
  ASSERT_EQ(result.file->methods.size(), 1u);
  EXPECT_EQ(result.file->methods[0].code->bytecode, std::vector<uint8_t>{0xb1});
}

TEST(HandMade, BadMagic) {
  auto bytes = ClassBuilder().build();
  bytes[3] = 0xBF;
  EXPECT_EQ(rejection(bytes), "Incompatible magic value 3405691583 in class file Foo (offset 0)");
  EXPECT_EQ(rejection(std::vector<uint8_t>{}),
            "Truncated class file Foo: magic at offset 0 needs 4 more bytes");
}

TEST(HandMade, VersionsOutsideTheSupportedRange) {
  auto with_version = [](uint16_t major, uint16_t minor) {
    ClassBuilder builder;
    builder.major = major;
    builder.minor = minor;
    return builder.build();
  };
  ParseResult too_new = parse(with_version(70, 0), "com/example/Foo");
  ASSERT_FALSE(too_new.file);
  EXPECT_TRUE(too_new.error.unsupported_version);
  EXPECT_EQ(too_new.error.message,
            "com.example.Foo has been compiled by a more recent version of the Java Runtime "
            "(class file version 70.0), this version of the Java Runtime only recognizes class "
            "file versions up to 61.0");

  ParseResult too_old = parse(with_version(44, 0));
  EXPECT_TRUE(too_old.error.unsupported_version);
  EXPECT_EQ(too_old.error.message,
            "Foo (class file version 44.0) was compiled with an invalid major version");

  ParseResult preview = parse(with_version(61, 65535));
  EXPECT_TRUE(preview.error.unsupported_version);
  EXPECT_EQ(preview.error.message,
            "Preview features are not enabled for Foo (class file version 61.65535). Try "
            "running with '--enable-preview'");

  ParseResult other_preview = parse(with_version(65, 65535));
  EXPECT_TRUE(other_preview.error.unsupported_version);
  EXPECT_NE(other_preview.error.message.find("compiled with preview features that are "
                                             "unsupported"),
            std::string::npos);

  ParseResult bad_minor = parse(with_version(60, 3));
  EXPECT_TRUE(bad_minor.error.unsupported_version);
  EXPECT_EQ(bad_minor.error.message,
            "Foo (class file version 60.3) was compiled with an invalid non-zero minor version");
}

TEST(HandMade, VersionsInsideTheSupportedRange) {
  for (uint16_t major : {45, 49, 50, 52, 55, 61, 62, 65, 69}) {
    ClassBuilder builder;
    builder.major = major;
    ParseResult result = parse(builder.build());
    EXPECT_TRUE(result.file) << major << ": " << result.error.message;
  }
  ClassBuilder old_minor;  // before Java 12 any minor version is fine
  old_minor.major = 50;
  old_minor.minor = 3;
  EXPECT_TRUE(parse(old_minor.build()).file);

  // A real javac-17 class relabelled as Java 25 (69.0) still parses.
  auto bytes = fixture_bytes("fx/Lambdas");
  bytes[6] = 0;
  bytes[7] = 69;
  ParseResult relabelled = parse(bytes, "fx/Lambdas");
  ASSERT_TRUE(relabelled.file) << relabelled.error.message;
  EXPECT_EQ(relabelled.file->major_version, 69);
}

TEST(HandMade, TruncatedConstantPoolEntryNamesEntryAndOffset) {
  auto bytes = ClassBuilder().build();
  // Entry #1 is Utf8 "Foo" at offset 10: tag and length fit, the three bytes of text do not.
  bytes.resize(13);
  EXPECT_EQ(rejection(bytes),
            "Truncated class file Foo: constant pool entry #1 at offset 10 needs 3 more bytes");
}

TEST(HandMade, ConstantPoolIndexOutOfRangeOrOfTheWrongTag) {
  ClassBuilder out_of_range;
  out_of_range.this_class = 99;
  std::string message = rejection(out_of_range.build());
  EXPECT_EQ(message.rfind("Illegal constant pool index 99 for this_class in class file Foo", 0), 0u)
      << message;

  ClassBuilder wrong_tag;
  wrong_tag.this_class = 1;  // the Utf8 "Foo", not the Class
  message = rejection(wrong_tag.build());
  EXPECT_NE(message.find("constant pool entry #1 is Utf8, expected Class"), std::string::npos)
      << message;

  ClassBuilder bad_class_entry;  // a Class constant whose name index points at itself
  bad_class_entry.indexed(7, 5);
  message = rejection(bad_class_entry.build());
  EXPECT_NE(message.find("constant pool entry #5 is Class, expected Utf8"), std::string::npos)
      << message;

  ClassBuilder bad_methodref;  // Methodref whose "class" is a String
  bad_methodref.indexed2(10, bad_methodref.string("x"), bad_methodref.name_and_type("m", "()V"));
  message = rejection(bad_methodref.build());
  EXPECT_NE(message.find("is String, expected Class"), std::string::npos) << message;

  ClassBuilder zero_index;
  zero_index.indexed(8, 0);
  message = rejection(zero_index.build());
  EXPECT_NE(message.find("Illegal constant pool index 0"), std::string::npos) << message;

  ClassBuilder unknown_tag;
  unknown_tag.raw_constant({2, 0, 0});
  message = rejection(unknown_tag.build());
  EXPECT_EQ(message.rfind("Unknown constant tag 2 in class file Foo (offset ", 0), 0u) << message;

  ClassBuilder long_in_last_slot;  // the pool count claims one slot too few for the Long
  long_in_last_slot.long_constant(7);
  auto bytes = long_in_last_slot.build();
  bytes[9] = static_cast<uint8_t>(bytes[9] - 1);
  message = rejection(bytes);
  EXPECT_NE(message.find("Long constant in the last slot"), std::string::npos) << message;
}

TEST(HandMade, ConstantTagsNeedTheirClassFileVersion) {
  ClassBuilder builder;
  builder.major = 50;
  builder.indexed(16, builder.utf8("()V"));  // MethodType needs 51
  std::string message = rejection(builder.build());
  EXPECT_NE(message.find("does not support constant tag 16"), std::string::npos) << message;
}

TEST(HandMade, InvalidModifiedUtf8) {
  for (std::string bad : {std::string("a\0b", 3), std::string("\xF0\x9F\x98\x80"),
                          std::string("\xC3"), std::string("\x80")}) {
    ClassBuilder builder;
    uint16_t index = builder.utf8(bad);
    std::string message = rejection(builder.build());
    EXPECT_NE(message.find("Illegal UTF8 string in constant pool entry #" + std::to_string(index)),
              std::string::npos)
        << message;
  }
}

TEST(HandMade, BadNamesAndDescriptors) {
  {
    ClassBuilder builder;
    builder.add_field(kAccPublic, "f", "X");
    EXPECT_NE(rejection(builder.build()).find("Field \"f\" has illegal signature \"X\""),
              std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.add_field(kAccPublic, "a.b", "I");
    EXPECT_NE(rejection(builder.build()).find("Illegal field name \"a.b\""), std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.add_method(kAccPublic | kAccAbstract, "m", "(I", std::nullopt);
    builder.access_flags |= kAccAbstract;
    EXPECT_NE(rejection(builder.build()).find("has illegal signature \"(I\""), std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.add_method(kAccPublic, "<init>", "()I", CodeSpec{.bytecode = {0x03, 0xac}});
    EXPECT_NE(rejection(builder.build()).find("Method \"<init>\" has illegal signature"),
              std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.add_method(kAccPublic, "<other>", "()V", CodeSpec{.bytecode = {0xb1}});
    EXPECT_NE(rejection(builder.build()).find("Illegal method name \"<other>\""),
              std::string::npos);
  }
  {
    ClassBuilder builder;  // a Methodref naming <clinit>
    builder.member_ref(10, "Foo", "<clinit>", "()V");
    EXPECT_NE(rejection(builder.build()).find("Bad method name \"<clinit>\""), std::string::npos);
  }
  {
    ClassBuilder builder;  // a Fieldref with a method descriptor
    builder.member_ref(9, "Foo", "f", "()V");
    EXPECT_NE(rejection(builder.build()).find("Illegal field signature \"()V\""),
              std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.class_ref("java.lang.String");
    EXPECT_NE(rejection(builder.build()).find("Illegal class name \"java.lang.String\""),
              std::string::npos);
  }
}

TEST(HandMade, InitializerRules) {
  {
    ClassBuilder builder;  // Java 7+: <clinit> must be static
    builder.add_method(0, "<clinit>", "()V", CodeSpec{.bytecode = {0xb1}});
    EXPECT_NE(rejection(builder.build()).find("Method <clinit> is not static"), std::string::npos);
  }
  {
    ClassBuilder builder;  // before Java 7 the flags of <clinit> do not matter
    builder.major = 50;
    builder.add_method(kAccPublic, "<clinit>", "()V", CodeSpec{.bytecode = {0xb1}});
    ParseResult result = parse(builder.build());
    ASSERT_TRUE(result.file) << result.error.message;
    EXPECT_EQ(result.file->methods[0].access_flags, kAccStatic);
  }
  {
    ClassBuilder builder;
    builder.add_method(kAccStatic, "<init>", "()V", CodeSpec{.bytecode = {0xb1}});
    EXPECT_NE(rejection(builder.build()).find("Method <init> has illegal modifiers: 0x8"),
              std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.access_flags = kAccPublic | kAccInterface | kAccAbstract;
    builder.add_method(kAccPublic, "<init>", "()V", CodeSpec{.bytecode = {0xb1}});
    EXPECT_NE(rejection(builder.build()).find("Interface cannot have a method named <init>"),
              std::string::npos);
  }
}

TEST(HandMade, AccessFlagRules) {
  {
    ClassBuilder builder;
    builder.access_flags = kAccPublic | kAccFinal | kAccAbstract;
    EXPECT_NE(rejection(builder.build()).find("Illegal class modifiers 0x411"), std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.add_field(kAccPublic | kAccPrivate, "f", "I");
    EXPECT_NE(rejection(builder.build()).find("Illegal field modifiers 0x3"), std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.add_method(kAccAbstract | kAccFinal, "m", "()V", std::nullopt);
    EXPECT_NE(rejection(builder.build()).find("Method m has illegal modifiers"), std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.access_flags = kAccPublic | kAccInterface | kAccAbstract;
    builder.add_field(kAccPublic | kAccStatic, "f", "I");  // interface fields must be final
    EXPECT_NE(rejection(builder.build()).find("Illegal field modifiers"), std::string::npos);
  }
}

TEST(HandMade, ClassStructureRules) {
  {
    ClassBuilder builder("Foo", "");  // only java/lang/Object may lack a superclass
    EXPECT_NE(rejection(builder.build()).find("Invalid superclass index 0"), std::string::npos);
  }
  {
    ClassBuilder builder("java/lang/Object", "");
    ParseResult result = parse(builder.build(), "java/lang/Object");
    ASSERT_TRUE(result.file) << result.error.message;
    EXPECT_TRUE(result.file->super_class.empty());
    EXPECT_EQ(result.file->super_class_index, 0);
  }
  {
    ClassBuilder builder;
    uint16_t runnable = builder.class_ref("java/lang/Runnable");
    builder.interfaces = {runnable, runnable};
    EXPECT_NE(rejection(builder.build()).find("Duplicate interface name \"java/lang/Runnable\""),
              std::string::npos);
  }
  {
    ClassBuilder builder("Foo", "Bar");
    builder.access_flags = kAccPublic | kAccInterface | kAccAbstract;
    EXPECT_NE(rejection(builder.build()).find("Interfaces must have java.lang.Object"),
              std::string::npos);
  }
}

TEST(HandMade, DuplicateMembers) {
  {
    ClassBuilder builder;
    builder.add_field(kAccPublic, "f", "I");
    builder.add_field(kAccPublic, "f", "J");  // same name, other type: legal
    builder.add_field(kAccPrivate, "f", "I");
    EXPECT_NE(rejection(builder.build()).find("Duplicate field name \"f\" with signature \"I\""),
              std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.add_static_method("m", "()V", {.bytecode = {0xb1}});
    builder.add_static_method("m", "(I)V", {.bytecode = {0xb1}});
    builder.add_static_method("m", "()V", {.bytecode = {0xb1}});
    EXPECT_NE(rejection(builder.build()).find("Duplicate method name \"m\" with signature \"()V\""),
              std::string::npos);
  }
}

TEST(HandMade, CodeAttributeRules) {
  {
    ClassBuilder builder;
    builder.add_method(kAccPublic | kAccStatic, "m", "()V", std::nullopt);
    EXPECT_NE(rejection(builder.build()).find("Absent Code attribute in method m"),
              std::string::npos);
  }
  {
    ClassBuilder builder;
    builder.access_flags |= kAccAbstract;
    builder.add_method(kAccPublic | kAccAbstract, "m", "()V", CodeSpec{.bytecode = {0xb1}});
    EXPECT_NE(rejection(builder.build()).find("Code attribute in native or abstract method"),
              std::string::npos);
  }
  EXPECT_NE(rejection(class_with_code({.bytecode = {}})).find("Invalid method Code length 0"),
            std::string::npos);
  {
    ClassBuilder builder;  // instance method (int,long): needs 1 + 1 + 2 locals
    builder.add_method(kAccPublic, "m", "(IJ)V", CodeSpec{.max_locals = 3, .bytecode = {0xb1}});
    EXPECT_NE(rejection(builder.build()).find("Arguments can't fit into locals"),
              std::string::npos);
  }
  EXPECT_NE(rejection(class_with_code({.bytecode = {0x00, 0xb1}, .handlers = {{1, 1, 0, 0}}}))
                .find("Illegal exception table range"),
            std::string::npos);
  EXPECT_NE(rejection(class_with_code({.bytecode = {0x00, 0xb1}, .handlers = {{0, 1, 5, 0}}}))
                .find("Illegal exception table handler"),
            std::string::npos);
}

TEST(HandMade, AttributeLengthMustMatchContents) {
  {
    ClassBuilder builder;  // SourceFile is exactly two bytes; declare three
    uint16_t name = builder.utf8("Foo.java");
    builder.add_class_attribute(builder.attribute("SourceFile", {0, uint8_t(name), 0}));
    EXPECT_NE(rejection(builder.build())
                  .find("SourceFile attribute of class declares length 3 but its contents use "
                        "only 2 bytes"),
              std::string::npos);
  }
  {
    ClassBuilder builder;  // ... or one
    builder.add_class_attribute(builder.attribute("SourceFile", {0}));
    EXPECT_NE(rejection(builder.build())
                  .find("SourceFile attribute of class declares length 1 but its contents need "
                        "1 more bytes"),
              std::string::npos);
  }
  {
    ClassBuilder builder;  // a length beyond the end of the file is truncation
    builder.add_class_attribute(builder.attribute("Whatever", {1, 2, 3}, 1000));
    EXPECT_NE(rejection(builder.build()).find("Truncated class file Foo: attribute 'Whatever'"),
              std::string::npos);
  }
  {
    ClassBuilder builder;  // unknown attributes are skipped whatever they contain
    builder.add_class_attribute(builder.attribute("Whatever", {1, 2, 3}));
    builder.add_class_attribute(
        builder.attribute("SourceFile", {0, uint8_t(builder.utf8("F.java"))}));
    ParseResult result = parse(builder.build());
    ASSERT_TRUE(result.file) << result.error.message;
    EXPECT_EQ(result.file->source_file, "F.java");
  }
  {
    ClassBuilder builder;
    uint16_t name = builder.utf8("Foo.java");
    builder.add_class_attribute(builder.attribute("SourceFile", {0, uint8_t(name)}));
    builder.add_class_attribute(builder.attribute("SourceFile", {0, uint8_t(name)}));
    EXPECT_NE(rejection(builder.build()).find("Multiple SourceFile attributes"), std::string::npos);
  }
}

TEST(HandMade, TrailingBytes) {
  auto bytes = ClassBuilder().build();
  size_t end = bytes.size();
  bytes.push_back(0);
  EXPECT_EQ(rejection(bytes),
            "Extra bytes (1) at the end in class file Foo (offset " + std::to_string(end) + ")");
}

TEST(HandMade, MethodHandleConstants) {
  auto message_for = [](uint16_t major, auto add_constants) {
    ClassBuilder builder;
    builder.major = major;
    add_constants(builder);
    ParseResult result = parse(builder.build());
    return result.file ? std::string() : result.error.message;
  };
  EXPECT_NE(
      message_for(61,
                  [](ClassBuilder& b) { b.method_handle(10, b.member_ref(10, "Foo", "m", "()V")); })
          .find("Bad method handle kind 10"),
      std::string::npos);
  EXPECT_NE(message_for(61,
                        [](ClassBuilder& b) {
                          b.method_handle(
                              1, b.member_ref(10, "Foo", "m", "()V"));  // GetField -> Methodref
                        })
                .find("kind 1 cannot refer to a Methodref"),
            std::string::npos);
  EXPECT_NE(message_for(61,
                        [](ClassBuilder& b) {
                          b.method_handle(8,
                                          b.member_ref(10, "Foo", "m", "()V"));  // NewInvokeSpecial
                        })
                .find("kind 8 cannot refer to method \"m\""),
            std::string::npos);
  EXPECT_NE(
      message_for(
          61, [](ClassBuilder& b) { b.method_handle(5, b.member_ref(10, "Foo", "<init>", "()V")); })
          .find("kind 5 cannot refer to method \"<init>\""),
      std::string::npos);
  // InvokeStatic of an interface method needs Java 8.
  EXPECT_NE(
      message_for(51,
                  [](ClassBuilder& b) { b.method_handle(6, b.member_ref(11, "Foo", "m", "()V")); })
          .find("kind 6 cannot refer to a InterfaceMethodref"),
      std::string::npos);
  EXPECT_EQ(message_for(52,
                        [](ClassBuilder& b) {
                          b.method_handle(6, b.member_ref(11, "Foo", "m", "()V"));
                          b.method_handle(8, b.member_ref(10, "Foo", "<init>", "()V"));
                          b.method_handle(4, b.member_ref(9, "Foo", "f", "I"));
                        }),
            "");
}

TEST(HandMade, InvokeDynamicNeedsBootstrapMethods) {
  ClassBuilder builder;
  builder.indexed2(18, 0, builder.name_and_type("run", "()Ljava/lang/Runnable;"));
  EXPECT_NE(rejection(builder.build()).find("Missing BootstrapMethods attribute"),
            std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// The structural bytecode check

TEST(CodeCheck, BranchIntoTheMiddleOfAnInstruction) {
  // 0: iconst_0  1: ifeq -> 5 (inside sipush)  4: sipush 1  7: pop  8: return
  EXPECT_EQ(verify_error(class_with_code(
                {.bytecode = {0x03, 0x99, 0x00, 0x04, 0x11, 0x00, 0x01, 0x57, 0xb1}})),
            "Illegal target of jump or branch in method Foo.m()V at offset 1");
  // A branch before the start of the code.
  EXPECT_EQ(verify_error(class_with_code({.bytecode = {0xa7, 0xff, 0xff}})),
            "Illegal target of jump or branch in method Foo.m()V at offset 0");
}

TEST(CodeCheck, OperandStackBounds) {
  EXPECT_EQ(
      verify_error(class_with_code({.max_stack = 1, .bytecode = {0x03, 0x03, 0x57, 0x57, 0xb1}})),
      "Operand stack overflow in method Foo.m()V at offset 1");
  EXPECT_EQ(verify_error(class_with_code({.max_stack = 1, .bytecode = {0x57, 0xb1}})),
            "Operand stack underflow in method Foo.m()V at offset 0");
  // lconst_0 needs two slots.
  EXPECT_EQ(verify_error(class_with_code({.max_stack = 1, .bytecode = {0x09, 0x58, 0xb1}})),
            "Operand stack overflow in method Foo.m()V at offset 0");
  // The same code with enough room passes.
  EXPECT_TRUE(parse(class_with_code({.max_stack = 2, .bytecode = {0x09, 0x58, 0xb1}})).file);
  // Paths that meet with different depths.
  // 0: iconst_0  1: ifeq -> 6  4: iconst_1  5: nop  6: return   (depth 0 vs 1 at 6)
  EXPECT_EQ(verify_error(class_with_code({.bytecode = {0x03, 0x99, 0x00, 0x05, 0x04, 0x00, 0xb1}})),
            "Inconsistent stack height 1 != 0 in method Foo.m()V at offset 6");
}

TEST(CodeCheck, StackEffectsOfInvokesAndFieldsComeFromDescriptors) {
  ClassBuilder builder;
  uint16_t method = builder.member_ref(10, "Foo", "take", "(JLjava/lang/String;)D");
  uint16_t field = builder.member_ref(9, "Foo", "f", "J");
  builder.add_static_method("take", "(JLjava/lang/String;)D",
                            {.max_stack = 2, .max_locals = 3, .bytecode = {0x0e, 0xaf}});
  // lconst_0, aconst_null, invokestatic take (pops 3, pushes 2), pop2, getstatic f (pushes 2),
  // pop2, return
  std::vector<uint8_t> code = {0x09, 0x01,           0xb8, 0,   uint8_t(method), 0x58, 0xb2,
                               0,    uint8_t(field), 0x58, 0xb1};
  builder.add_static_method("m", "()V", {.max_stack = 3, .max_locals = 0, .bytecode = code});
  ParseResult ok = parse(builder.build());
  EXPECT_TRUE(ok.file) << ok.error.message;

  ClassBuilder tight;  // the same with max_stack 2 overflows at aconst_null
  method = tight.member_ref(10, "Foo", "take", "(JLjava/lang/String;)D");
  tight.add_static_method("m", "()V",
                          {.max_stack = 2,
                           .max_locals = 0,
                           .bytecode = {0x09, 0x01, 0xb8, 0, uint8_t(method), 0x58, 0xb1}});
  EXPECT_EQ(verify_error(tight.build()), "Operand stack overflow in method Foo.m()V at offset 1");
}

TEST(CodeCheck, LocalVariableIndexes) {
  EXPECT_EQ(verify_error(class_with_code({.max_locals = 1, .bytecode = {0x1b, 0x57, 0xb1}})),
            "Illegal local variable number 1 in method Foo.m()V at offset 0");
  // lload_0 reads locals 0 and 1.
  EXPECT_EQ(verify_error(class_with_code({.max_locals = 1, .bytecode = {0x1e, 0x58, 0xb1}})),
            "Illegal local variable number 0 in method Foo.m()V at offset 0");
  // wide iinc 300
  EXPECT_EQ(verify_error(class_with_code(
                {.max_locals = 300, .bytecode = {0xc4, 0x84, 0x01, 0x2c, 0x00, 0x01, 0xb1}})),
            "Illegal local variable number 300 in method Foo.m()V at offset 0");
  EXPECT_TRUE(parse(class_with_code({.max_locals = 301,
                                     .bytecode = {0xc4, 0x84, 0x01, 0x2c, 0x00, 0x01, 0xb1}}))
                  .file);
  // wide of an instruction that has no wide form
  EXPECT_EQ(verify_error(class_with_code({.bytecode = {0xc4, 0x57, 0xb1}})),
            "Bad wide instruction in method Foo.m()V at offset 0");
}

TEST(CodeCheck, ReservedOpcodesTruncationAndFallingOffTheEnd) {
  EXPECT_EQ(verify_error(class_with_code({.bytecode = {0xcb}})),
            "Bad instruction: cb in method Foo.m()V at offset 0");
  EXPECT_EQ(verify_error(class_with_code({.bytecode = {0x00, 0xca}})),
            "Bad instruction: ca in method Foo.m()V at offset 1");
  EXPECT_EQ(verify_error(class_with_code({.bytecode = {0x00, 0x11, 0x00}})),
            "Instruction runs past the end of the code in method Foo.m()V at offset 1");
  EXPECT_EQ(verify_error(class_with_code({.bytecode = {0x03, 0x57}})),
            "Control flow falls through code end in method Foo.m()V at offset 1");
}

TEST(CodeCheck, ConstantPoolOperandTags) {
  {
    ClassBuilder builder;
    uint16_t field = builder.member_ref(9, "Foo", "f", "I");
    builder.add_static_method("m", "()V", {.bytecode = {0xb8, 0, uint8_t(field), 0xb1}});
    EXPECT_EQ(verify_error(builder.build()), "Illegal type at constant pool entry " +
                                                 std::to_string(field) +
                                                 " in method Foo.m()V at offset 0");
  }
  {
    ClassBuilder builder;  // ldc of a Long needs ldc2_w
    uint16_t value = builder.long_constant(5);
    builder.add_static_method("m", "()V", {.bytecode = {0x12, uint8_t(value), 0x57, 0xb1}});
    EXPECT_NE(verify_error(builder.build()).find("Illegal type at constant pool entry"),
              std::string::npos);
  }
  {
    ClassBuilder builder;  // ldc of a String, ldc2_w of a Long: fine
    uint16_t text = builder.string("hi");
    uint16_t value = builder.long_constant(5);
    builder.add_static_method(
        "m", "()V", {.bytecode = {0x12, uint8_t(text), 0x57, 0x14, 0, uint8_t(value), 0x58, 0xb1}});
    ParseResult result = parse(builder.build());
    EXPECT_TRUE(result.file) << result.error.message;
  }
  {
    ClassBuilder builder;  // invokeinterface with a wrong count byte
    uint16_t method = builder.member_ref(11, "java/lang/Runnable", "run", "()V");
    builder.add_static_method("m", "()V",
                              {.bytecode = {0x01, 0xb9, 0, uint8_t(method), 2, 0, 0xb1}});
    EXPECT_NE(
        verify_error(builder.build()).find("Inconsistent args count operand in invokeinterface"),
        std::string::npos);
  }
  {
    ClassBuilder builder;  // new of an array class
    uint16_t array = builder.class_ref("[I");
    builder.add_static_method("m", "()V", {.bytecode = {0xbb, 0, uint8_t(array), 0x57, 0xb1}});
    EXPECT_NE(verify_error(builder.build()).find("Illegal new instruction"), std::string::npos);
  }
  {
    ClassBuilder builder;  // invokevirtual of <init>
    uint16_t init = builder.member_ref(10, "Foo", "<init>", "()V");
    builder.add_static_method("m", "()V", {.bytecode = {0x01, 0xb6, 0, uint8_t(init), 0xb1}});
    EXPECT_NE(verify_error(builder.build()).find("Illegal call to internal method <init>"),
              std::string::npos);
  }
  EXPECT_NE(verify_error(class_with_code({.bytecode = {0x03, 0xbc, 3, 0x57, 0xb1}}))
                .find("Illegal newarray instruction"),
            std::string::npos);
  EXPECT_NE(verify_error(class_with_code({.bytecode = {0x12, 0x63, 0x57, 0xb1}}))
                .find("Illegal constant pool index 99"),
            std::string::npos);
}

TEST(CodeCheck, Switches) {
  // 0: iconst_0  1: tableswitch, 2 bytes of padding, default/low/high at 4, two offsets at 16;
  // every target is pc 1 + 23 = 24: return
  std::vector<uint8_t> table = {0x03, 0xaa, 0, 0, 0, 0, 0,  23, 0, 0, 0,  0,   0,
                                0,    0,    1, 0, 0, 0, 23, 0,  0, 0, 23, 0xb1};
  ParseResult ok = parse(class_with_code({.bytecode = table}));
  ASSERT_TRUE(ok.file) << ok.error.message;

  auto bad_padding = table;
  bad_padding[2] = 1;
  EXPECT_NE(verify_error(class_with_code({.bytecode = bad_padding}))
                .find("Nonzero padding byte in lookupswitch or tableswitch"),
            std::string::npos);
  // Before Java 7 padding bytes may be anything.
  EXPECT_TRUE(parse(class_with_code({.bytecode = bad_padding}, 50)).file);

  auto bad_target = table;
  bad_target[19] = 22;  // first case -> pc 23, inside the switch's own operands
  EXPECT_EQ(verify_error(class_with_code({.bytecode = bad_target})),
            "Illegal target of jump or branch in method Foo.m()V at offset 1");

  // lookupswitch keys must be sorted: 0: iconst_0 1: lookupswitch (pad 2) default +27, 2 pairs
  std::vector<uint8_t> lookup = {0x03, 0xab, 0, 0, 0,  0, 0, 27, 0, 0, 0, 2, 0,  0,   0,
                                 5,    0,    0, 0, 27, 0, 0, 0,  4, 0, 0, 0, 27, 0xb1};
  EXPECT_NE(verify_error(class_with_code({.bytecode = lookup})).find("keys are not sorted"),
            std::string::npos);
  lookup[23] = 6;
  EXPECT_TRUE(parse(class_with_code({.bytecode = lookup})).file);
}

TEST(CodeCheck, ExceptionHandlersMustStartAtInstructions) {
  // 0: sipush 1  3: pop  4: return; handler at 1 (inside sipush)
  EXPECT_EQ(verify_error(class_with_code(
                {.bytecode = {0x11, 0, 1, 0x57, 0xb1}, .handlers = {{0, 3, 1, 0}}})),
            "Illegal exception table handler in method Foo.m()V at offset 1");
  EXPECT_EQ(verify_error(class_with_code(
                {.bytecode = {0x11, 0, 1, 0x57, 0xb1}, .handlers = {{0, 2, 4, 0}}})),
            "Illegal exception table range in method Foo.m()V at offset 0");
  // A well-formed handler: 0: aconst_null 1: athrow  2: astore_0 (handler, depth 1) 3: return
  ParseResult ok = parse(class_with_code({.max_stack = 1,
                                          .max_locals = 1,
                                          .bytecode = {0x01, 0xbf, 0x4b, 0xb1},
                                          .handlers = {{0, 2, 2, 0}}}));
  EXPECT_TRUE(ok.file) << ok.error.message;
  // The handler's exception needs a stack slot.
  EXPECT_EQ(verify_error(class_with_code({.max_stack = 0,
                                          .max_locals = 1,
                                          .bytecode = {0x00, 0xb1, 0x4b, 0xb1},
                                          .handlers = {{0, 1, 2, 0}}})),
            "Operand stack overflow in method Foo.m()V at offset 2");
}

TEST(CodeCheck, SubroutinesOnlyBeforeJava7) {
  // 0: jsr -> 4  3: return  4: astore_0  5: ret 0
  std::vector<uint8_t> code = {0xa8, 0x00, 0x04, 0xb1, 0x4b, 0xa9, 0x00};
  EXPECT_NE(verify_error(class_with_code({.max_stack = 1, .max_locals = 1, .bytecode = code}))
                .find("jsr and ret are not allowed"),
            std::string::npos);
  ParseResult old = parse(class_with_code({.max_stack = 1, .max_locals = 1, .bytecode = code}, 49));
  EXPECT_TRUE(old.file) << old.error.message;
}

TEST(CodeCheck, RunsSeparatelyUnlessRequestedFromTheParser) {
  auto bytes = class_with_code({.max_stack = 1, .bytecode = {0x57, 0xb1}});
  ParseResult result = parse_class_file(bytes, "Foo");  // structural checks only
  ASSERT_TRUE(result.file);
  auto error = check_code(*result.file, result.file->methods[0]);
  ASSERT_TRUE(error);
  EXPECT_TRUE(error->verify_error);
  EXPECT_EQ(error->offset, 0u);
  EXPECT_EQ(error->message, "Operand stack underflow in method Foo.m()V at offset 0");
}

// ---------------------------------------------------------------------------------------------
// Robustness: truncation everywhere, random mutation

TEST(Robustness, TruncationAtEveryOffsetIsAnError) {
  for (const char* name : {"fx/Lambdas", "fx/Point", "fx/Constants", "fx/Outer$Inner"}) {
    auto bytes = fixture_bytes(name);
    std::string prefix = "Truncated class file " + external_class_name(name) + ": ";
    for (size_t length = 0; length < bytes.size(); ++length) {
      ParseResult result = parse_class_file(std::span(bytes.data(), length), name);
      ASSERT_FALSE(result.file) << name << " accepted when cut at " << length;
      ASSERT_EQ(result.error.message.rfind(prefix, 0), 0u)
          << name << " cut at " << length << ": " << result.error.message;
      ASSERT_LE(result.error.offset, length);
    }
    EXPECT_TRUE(parse_class_file(bytes, name).file);
  }
}

TEST(Robustness, RandomMutationsNeverCrash) {
  std::vector<std::vector<uint8_t>> originals;
  for (const char* name : {"fx/Lambdas", "fx/Point", "fx/Color", "fx/Constants", "fx/Outer"}) {
    originals.push_back(fixture_bytes(name));
  }
  std::mt19937 random(20240611);  // fixed seed: the same mutants on every run
  constexpr int kMutants = 20000;
  int accepted = 0, rejected = 0, verify_errors = 0;
  for (int i = 0; i < kMutants; ++i) {
    std::vector<uint8_t> bytes = originals[random() % originals.size()];
    int edits = 1 + static_cast<int>(random() % 4);
    for (int e = 0; e < edits && !bytes.empty(); ++e) {
      size_t at = random() % bytes.size();
      switch (random() % 7) {
        case 0:
          bytes[at] = static_cast<uint8_t>(random());
          break;
        case 1:
          bytes[at] ^= static_cast<uint8_t>(1u << (random() % 8));
          break;
        case 2:
          bytes[at] = (random() % 2) ? 0x00 : 0xFF;
          break;
        case 3:
          bytes[at] = static_cast<uint8_t>(bytes[at] + ((random() % 2) ? 1 : -1));
          break;
        case 4:
          bytes.resize(at);
          break;
        case 5:
          bytes.insert(bytes.begin() + at, static_cast<uint8_t>(random()));
          break;
        default:
          bytes.erase(bytes.begin() + at);
          break;
      }
    }
    ParseResult result = parse(bytes, "fx/Mutant");
    if (result.file) {
      ++accepted;
      // Whatever was accepted must be internally consistent enough to walk.
      for (const MethodInfo& method : result.file->methods) {
        ASSERT_TRUE(parse_method_descriptor(method.descriptor)) << method.descriptor;
        if (method.code) {
          ASSERT_FALSE(check_code(*result.file, method));
        }
      }
    } else {
      ++rejected;
      verify_errors += result.error.verify_error;
      ASSERT_FALSE(result.error.message.empty());
    }
  }
  EXPECT_EQ(accepted + rejected, kMutants);
  EXPECT_GT(rejected, kMutants / 2);
  EXPECT_GT(accepted, 0);       // some mutations are harmless (e.g. in a string's text)
  EXPECT_GT(verify_errors, 0);  // some land in bytecode and are caught by the code check
}

}  // namespace
}  // namespace islet::classfile
