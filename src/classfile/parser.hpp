// The class-file parser's shared state. Its work is split by concern: class_file_parser.cpp
// (entry point, header, class structure, fields, methods, messages), constant_pool_parser.cpp
// and attribute_parser.cpp. Private to classfile/.
#pragma once

#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "classfile/byte_reader.hpp"
#include "classfile/class_file.hpp"

namespace islet::classfile::detail {

// Thrown for every format error found while parsing; parse_class_file catches it, so it never
// leaves the parser. Exceptions keep the ~200 places that can fail free of status plumbing;
// they are only thrown on bad input, never on the success path.
struct ParseFailure {
  FormatError error;
};

// Class-file major versions at which features appear (JVMS table 4.1-A).
inline constexpr uint16_t kJava5 = 49;  // Signature, annotations, EnclosingMethod, enums
inline constexpr uint16_t kJava6 = 50;
inline constexpr uint16_t kJava7 = 51;   // invokedynamic, MethodHandle; jsr/ret forbidden
inline constexpr uint16_t kJava8 = 52;   // interface static/private methods via InterfaceMethodref
inline constexpr uint16_t kJava9 = 53;   // Module, Package
inline constexpr uint16_t kJava11 = 55;  // Dynamic constants, NestHost/NestMembers
inline constexpr uint16_t kJava12 = 56;  // minor version must be 0 or 65535
inline constexpr uint16_t kJava16 = 60;  // Record
inline constexpr uint16_t kJava17 = 61;  // PermittedSubclasses

class ClassFileParser {
 public:
  ClassFileParser(std::span<const uint8_t> bytes, std::string_view name_hint,
                  const ParseOptions& options);
  ParseResult parse();  // never throws

  // --- used across the parser's files ---

  // What is being read right now, for "needs N more bytes" messages when the input ends early.
  struct Item {
    Item() = default;
    Item(const char* kind, size_t offset, long index = -1, std::string_view name = {})
        : kind(kind), index(index), name(name), offset(offset) {}
    const char* kind = "header";
    long index = -1;        // shown as "#index" when >= 0
    std::string_view name;  // shown as "'name'" when non-empty (points into the pool)
    size_t offset = 0;
  };
  // Sets the current item for its lifetime. While an exception unwinds it leaves the innermost
  // item in place, because the handler in parse() runs after unwinding and reports that item.
  class ItemScope {
   public:
    ItemScope(ClassFileParser& parser, Item item)
        : parser_(parser), saved_(parser.item_), exceptions_at_entry_(std::uncaught_exceptions()) {
      parser.item_ = item;
    }
    ~ItemScope() {
      if (std::uncaught_exceptions() == exceptions_at_entry_) parser_.item_ = saved_;
    }
    ItemScope(const ItemScope&) = delete;
    ItemScope& operator=(const ItemScope&) = delete;

   private:
    ClassFileParser& parser_;
    Item saved_;
    int exceptions_at_entry_;
  };

  // "<problem> in class file Foo (offset N)"
  [[noreturn]] void fail(size_t offset, std::string_view problem) const;
  // Messages the spec words without an offset (UnsupportedClassVersionError).
  [[noreturn]] void fail_unsupported_version(std::string message) const;
  std::string class_name_for_messages() const;
  uint16_t major() const { return file_->major_version; }

  // Reads a constant-pool index and checks that it is in range and, unless `expected` is
  // Unusable, that the entry has that tag. `what` names the reference in messages.
  uint16_t read_constant_index(ByteReader& reader, ConstantTag expected, std::string_view what);
  // As above, but 0 ("none") is also accepted.
  uint16_t read_optional_constant_index(ByteReader& reader, ConstantTag expected,
                                        std::string_view what);
  // Checks an index already read at `offset`.
  void check_constant_index(uint16_t index, ConstantTag expected, std::string_view what,
                            size_t offset) const;
  bool constant_has_tag(uint16_t index, ConstantTag expected) const;
  const Constant& constant(uint16_t index) const { return file_->constants[index]; }

  // Attributes: calls `handle(name, body)` for each; `handle` returns false for attributes it
  // does not know, which are skipped. A known attribute must consume exactly its declared length.
  using AttributeHandler = std::function<bool(std::string_view name, ByteReader& body)>;
  void parse_attributes(ByteReader& reader, const char* owner, const AttributeHandler& handle);

 private:
  friend class ItemScope;

  void parse_header();
  // constant_pool_parser.cpp
  void parse_constant_pool();
  void read_constant(ByteReader& reader, uint16_t index, Constant& entry);
  void check_constant_pool_references() const;
  void check_constant_references(uint16_t index) const;
  void check_member_ref(uint16_t index, const Constant& entry) const;
  void check_method_handle(uint16_t index, const Constant& entry) const;
  void check_bootstrap_references() const;
  // class_file_parser.cpp
  void parse_class_structure();
  void parse_fields();
  void parse_methods();
  void check_field_flags(uint16_t flags, size_t offset, std::string_view name) const;
  uint16_t check_method_flags(uint16_t flags, size_t offset, std::string_view name) const;
  void check_bytecode() const;
  // attribute_parser.cpp
  void parse_field_attributes(ByteReader& reader, FieldInfo& field);
  void parse_method_attributes(ByteReader& reader, MethodInfo& method);
  Code parse_code(ByteReader& body, const MethodInfo& method);
  void parse_class_attributes(ByteReader& reader);
  void parse_bootstrap_methods(ByteReader& body);
  void parse_inner_classes(ByteReader& body, size_t attribute_offset);
  void parse_record(ByteReader& body);
  std::vector<std::string> parse_class_list(ByteReader& body, std::string_view what);
  std::string read_utf8_attribute(ByteReader& body, std::string_view what);
  // Fails if an attribute that may appear at most once (per owner) was already seen.
  void at_most_once(bool& seen, std::string_view attribute) const;

  ByteReader reader_;
  std::string name_hint_;
  ParseOptions options_;
  std::unique_ptr<ClassFile> file_;
  std::vector<uint32_t> constant_offsets_;  // where each pool entry starts, for messages
  Item item_;
};

}  // namespace islet::classfile::detail
