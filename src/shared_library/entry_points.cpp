// Finding @CEntryPoint methods in class files and checking that each can be a C function
// (entry_points.hpp): the annotation's elements (JVMS 4.7.16), the signature's C types, names.
#include "shared_library/entry_points.hpp"

#include <cstdint>
#include <cctype>
#include <optional>
#include <unordered_map>

#include "classfile/class_file.hpp"
#include "classfile/descriptor.hpp"

namespace islet::shared_library {

namespace {

using classfile::ClassFile;
using classfile::MethodInfo;

constexpr std::string_view kCEntryPoint = "Lorg/graalvm/nativeimage/c/function/CEntryPoint;";
constexpr std::string_view kFatalExceptionHandler =
    "Lorg/graalvm/nativeimage/c/function/CEntryPoint$FatalExceptionHandler;";
constexpr std::string_view kNoBuiltin = "NO_BUILTIN";

// Every Java type an entry point may take or return. GraalVM's headers spell Java's boolean as
// int and long as long long int; words are pointers, except the integer words.
constexpr CrossingType kCrossingTypes[] = {
    {"Z", "int", "jboolean", "Boolean", false},
    {"B", "char", "jbyte", "Byte", false},
    {"C", "unsigned short", "jchar", "Char", false},
    {"S", "short", "jshort", "Short", false},
    {"I", "int", "jint", "Int", false},
    {"J", "long long int", "jlong", "Long", false},
    {"F", "float", "jfloat", "Float", false},
    {"D", "double", "jdouble", "Double", false},
    {"V", "void", "void", "Void", false},  // results only
    {"Lorg/graalvm/nativeimage/IsolateThread;", "graal_isolatethread_t*", "jobject", "Object", true},
    {"Lorg/graalvm/nativeimage/Isolate;", "graal_isolate_t*", "jobject", "Object", true},
    {"Lorg/graalvm/nativeimage/c/type/CCharPointer;", "char*", "jobject", "Object", true},
    {"Lorg/graalvm/nativeimage/c/type/VoidPointer;", "void*", "jobject", "Object", true},
    {"Lorg/graalvm/word/PointerBase;", "void*", "jobject", "Object", true},
    {"Lorg/graalvm/word/ComparableWord;", "void*", "jobject", "Object", true},
    {"Lorg/graalvm/word/WordBase;", "void*", "jobject", "Object", true},
    {"Lorg/graalvm/word/SignedWord;", "ptrdiff_t", "jobject", "Object", true},
    {"Lorg/graalvm/word/UnsignedWord;", "size_t", "jobject", "Object", true},
};

constexpr std::string_view kIsolateToThread = "(Lorg/graalvm/nativeimage/Isolate;)Lorg/graalvm/nativeimage/IsolateThread;";
constexpr Builtin kBuiltins[] = {
    {"CREATE_ISOLATE", "IsolateThread ()", {"()Lorg/graalvm/nativeimage/IsolateThread;"},
     "graal_isolatethread_t* thread = NULL;", "islet_image_create_isolate(&image, NULL, NULL, &thread) == 0 ? thread : NULL"},
    {"TEAR_DOWN_ISOLATE", "int or void (IsolateThread)",
     {"(Lorg/graalvm/nativeimage/IsolateThread;)I", "(Lorg/graalvm/nativeimage/IsolateThread;)V"}, "",
     "islet_isolate_functions()->tear_down_isolate(p0)"},
    {"ATTACH_THREAD", "IsolateThread (Isolate)", {kIsolateToThread}, "graal_isolatethread_t* thread = NULL;",
     "islet_isolate_functions()->attach_thread(p0, &thread) == 0 ? thread : NULL"},
    {"DETACH_THREAD", "int or void (IsolateThread)",
     {"(Lorg/graalvm/nativeimage/IsolateThread;)I", "(Lorg/graalvm/nativeimage/IsolateThread;)V"}, "",
     "islet_isolate_functions()->detach_thread(p0)"},
    {"GET_CURRENT_THREAD", "IsolateThread (Isolate)", {kIsolateToThread}, "",
     "islet_isolate_functions()->get_current_thread(p0)"},
    {"GET_ISOLATE", "Isolate (IsolateThread)", {"(Lorg/graalvm/nativeimage/IsolateThread;)Lorg/graalvm/nativeimage/Isolate;"},
     "", "islet_isolate_functions()->get_isolate(p0)"},
};

const Builtin* builtin_named(std::string_view name) {
  for (const Builtin& builtin : kBuiltins) {
    if (builtin.name == name) return &builtin;
  }
  return nullptr;
}

const CrossingType* crossing_type(std::string_view descriptor) {
  for (const CrossingType& type : kCrossingTypes) {
    if (type.descriptor == descriptor) return &type;
  }
  return nullptr;
}

// The field descriptors of a (valid) method descriptor's parameters, and of its result.
std::vector<std::string_view> parameter_descriptors(std::string_view descriptor) {
  std::vector<std::string_view> parameters;
  size_t i = 1;
  while (descriptor[i] != ')') {
    size_t start = i;
    while (descriptor[i] == '[') ++i;
    if (descriptor[i] == 'L') i = descriptor.find(';', i);
    ++i;
    parameters.push_back(descriptor.substr(start, i - start));
  }
  return parameters;
}

std::string_view result_descriptor(std::string_view descriptor) { return descriptor.substr(descriptor.find(')') + 1); }

// --- The annotation ---------------------------------------------------------------------------

struct CEntryPointValues {
  std::string name;
  std::vector<std::string> documentation;
  std::string builtin{kNoBuiltin};
  std::string exception_handler{kFatalExceptionHandler};
};

// Reads annotation bytes; any out-of-range read or bad constant index makes it fail (the class
// file parser has checked the attribute's length, not its inside).
class AnnotationReader {
 public:
  AnnotationReader(const ClassFile& file, const std::vector<uint8_t>& bytes) : file_(file), bytes_(bytes) {}

  bool failed() const { return failed_; }

  uint16_t u2() {
    if (position_ + 2 > bytes_.size()) return fail();
    uint16_t value = static_cast<uint16_t>(bytes_[position_] << 8 | bytes_[position_ + 1]);
    position_ += 2;
    return value;
  }

  uint8_t u1() {
    if (position_ + 1 > bytes_.size()) return fail();
    return bytes_[position_++];
  }

  const std::string& utf8(uint16_t index) {
    static const std::string kNone;
    if (index == 0 || index >= file_.constants.size() || file_.constants[index].tag != classfile::ConstantTag::Utf8) {
      fail();
      return kNone;
    }
    return file_.utf8(index);
  }

  // One element_value; strings, enum constants and class literals are returned as text, arrays
  // of strings appended to *strings; everything else is skipped.
  std::string element_value(std::vector<std::string>* strings) {
    uint8_t tag = u1();
    switch (tag) {
      case 's': return utf8(u2());
      case 'e': u2(); return utf8(u2());  // type, then the constant's name
      case 'c': return utf8(u2());
      case '@': skip_annotation(); return {};
      case '[': {
        uint16_t count = u2();
        for (uint16_t i = 0; i < count && !failed_; ++i) {
          std::string value = element_value(nullptr);
          if (strings != nullptr) strings->push_back(value);
        }
        return {};
      }
      case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z': u2(); return {};
      default: fail(); return {};
    }
  }

  void skip_annotation() {
    u2();  // type
    uint16_t pairs = u2();
    for (uint16_t i = 0; i < pairs && !failed_; ++i) {
      u2();
      element_value(nullptr);
    }
  }

 private:
  uint8_t fail() {
    failed_ = true;
    position_ = bytes_.size();
    return 0;
  }

  const ClassFile& file_;
  const std::vector<uint8_t>& bytes_;
  size_t position_ = 0;
  bool failed_ = false;
};

// The method's @CEntryPoint, if it has one (nullopt also for a malformed annotation, with *error).
std::optional<CEntryPointValues> c_entry_point_of(const ClassFile& file, const MethodInfo& method, std::string* error) {
  if (method.runtime_visible_annotations.empty()) return std::nullopt;
  AnnotationReader reader(file, method.runtime_visible_annotations);
  uint16_t count = reader.u2();
  for (uint16_t i = 0; i < count && !reader.failed(); ++i) {
    if (reader.utf8(reader.u2()) != kCEntryPoint) {
      uint16_t pairs = reader.u2();
      for (uint16_t p = 0; p < pairs && !reader.failed(); ++p) {
        reader.u2();
        reader.element_value(nullptr);
      }
      continue;
    }
    CEntryPointValues values;
    uint16_t pairs = reader.u2();
    for (uint16_t p = 0; p < pairs && !reader.failed(); ++p) {
      std::string element = reader.utf8(reader.u2());
      std::vector<std::string> strings;
      std::string value = reader.element_value(&strings);
      if (element == "name") values.name = value;
      if (element == "documentation") values.documentation = strings;
      if (element == "builtin") values.builtin = value;
      if (element == "exceptionHandler") values.exception_handler = value;
    }
    if (reader.failed()) break;
    return values;
  }
  if (reader.failed()) *error = "malformed annotations";
  return std::nullopt;
}

// --- Names ------------------------------------------------------------------------------------

uint64_t rotate_left(uint64_t value, int bits) { return (value << bits) | (value >> (64 - bits)); }

uint64_t final_mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

uint64_t little_endian_word(const uint8_t* bytes, size_t count) {
  uint64_t word = 0;
  for (size_t i = 0; i < count; ++i) word |= uint64_t{bytes[i]} << (8 * i);
  return word;
}

// MurmurHash3_x64_128 with seed 0 (Austin Appleby's public-domain algorithm), as GraalVM's Digest.
std::pair<uint64_t, uint64_t> murmur3_128(std::string_view text) {
  constexpr uint64_t c1 = 0x87c37b91114253d5ULL, c2 = 0x4cf5ad432745937fULL;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  size_t length = text.size();
  uint64_t h1 = 0, h2 = 0;
  size_t blocks = length / 16;
  for (size_t i = 0; i < blocks; ++i) {
    uint64_t k1 = little_endian_word(bytes + 16 * i, 8), k2 = little_endian_word(bytes + 16 * i + 8, 8);
    h1 ^= rotate_left(k1 * c1, 31) * c2;
    h1 = (rotate_left(h1, 27) + h2) * 5 + 0x52dce729;
    h2 ^= rotate_left(k2 * c2, 33) * c1;
    h2 = (rotate_left(h2, 31) + h1) * 5 + 0x38495ab5;
  }
  size_t tail = length & 15;
  const uint8_t* rest = bytes + 16 * blocks;
  if (tail > 8) h2 ^= rotate_left(little_endian_word(rest + 8, tail - 8) * c2, 33) * c1;
  if (tail > 0) h1 ^= rotate_left(little_endian_word(rest, tail < 8 ? tail : 8) * c1, 31) * c2;
  h1 ^= length;
  h2 ^= length;
  h1 += h2;
  h2 += h1;
  h1 = final_mix(h1);
  h2 = final_mix(h2);
  h1 += h2;
  h2 += h1;
  return {h1, h2};
}

// Eleven base-62 digits, least significant first (2^64 < 62^11), as GraalVM's Digest encodes.
void append_base62(std::string* out, uint64_t value) {
  static constexpr char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  for (int i = 0; i < 11; ++i) {
    out->push_back(kDigits[value % 62]);
    value /= 62;
  }
}

// Class.getName() of a field descriptor: "int", "java.lang.String", "[I".
std::string class_name_of(std::string_view descriptor) {
  if (descriptor.size() > 1 && descriptor[0] == 'L') {
    return classfile::external_class_name(descriptor.substr(1, descriptor.size() - 2));
  }
  if (descriptor[0] == '[') return classfile::external_class_name(descriptor);
  return classfile::external_type_name(descriptor);
}

bool is_c_identifier(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

// --- Checking a method --------------------------------------------------------------------------

std::string java_name(const std::string& class_name, const MethodInfo& method) {
  return classfile::method_signature_for_messages(class_name, method.name, method.descriptor);
}

// The C types of the method's signature, or errors naming the offending parameters.
bool classify_signature(const std::string& class_name, const MethodInfo& method, EntryPoint* entry,
                        std::vector<std::string>* errors) {
  std::string where = "entry point " + java_name(class_name, method);
  std::vector<std::string_view> parameters = parameter_descriptors(method.descriptor);
  if (entry->builtin != nullptr) {
    const Builtin& builtin = *entry->builtin;
    if (method.descriptor != builtin.descriptors[0] && method.descriptor != builtin.descriptors[1]) {
      errors->push_back(where + ": builtin " + std::string(builtin.name) + " must be declared " +
                        std::string(builtin.signature));
      return false;
    }
  } else if (parameters.empty() || crossing_type(parameters[0]) != &isolate_thread_type()) {
    errors->push_back(where + ": the first parameter must be an org.graalvm.nativeimage.IsolateThread "
                              "(C: graal_isolatethread_t*)");
    return false;
  }
  bool ok = true;
  for (std::string_view descriptor : parameters) {
    const CrossingType* type = crossing_type(descriptor);
    if (type == nullptr) {
      errors->push_back(where + ": parameter " + std::to_string(entry->parameters.size() + 1) + " has type " +
                        classfile::external_type_name(descriptor) +
                        ", which has no C equivalent (supported: Java primitives, IsolateThread, Isolate, "
                        "CCharPointer, VoidPointer, PointerBase, ComparableWord, WordBase, SignedWord, UnsignedWord)");
      ok = false;
    }
    entry->parameters.push_back(type);
  }
  std::string_view result = result_descriptor(method.descriptor);
  entry->result = crossing_type(result);
  if (entry->result == nullptr) {
    errors->push_back(where + ": the result type " + classfile::external_type_name(result) +
                      " has no C equivalent (supported: void, Java primitives and the word types)");
    ok = false;
  }
  return ok;
}

void check_method(const ClassFile& file, const MethodInfo& method, EntryPointScan* scan) {
  std::string annotation_error;
  std::optional<CEntryPointValues> values = c_entry_point_of(file, method, &annotation_error);
  std::string where = "entry point " + java_name(file.this_class, method);
  if (!annotation_error.empty()) scan->errors.push_back(java_name(file.this_class, method) + ": " + annotation_error);
  if (!values) return;
  size_t errors_before = scan->errors.size();
  if ((method.access_flags & classfile::kAccStatic) == 0) scan->errors.push_back(where + " must be static");
  const Builtin* builtin = builtin_named(values->builtin);
  if (values->builtin != kNoBuiltin && builtin == nullptr) {
    scan->errors.push_back(where + ": unknown builtin " + values->builtin);
  }
  if (values->exception_handler != kFatalExceptionHandler) {
    scan->errors.push_back(where + ": exception handlers other than CEntryPoint.FatalExceptionHandler are not supported");
  }
  if (!values->name.empty() && !is_c_identifier(values->name)) {
    scan->errors.push_back(where + ": name \"" + values->name + "\" is not a C identifier");
  }
  EntryPoint entry;
  entry.class_name = file.this_class;
  entry.method_name = method.name;
  entry.descriptor = method.descriptor;
  entry.documentation = values->documentation;
  entry.builtin = builtin;
  entry.c_name = values->name.empty() ? default_c_name(file.this_class, method.name, method.descriptor) : values->name;
  if (!classify_signature(file.this_class, method, &entry, &scan->errors)) return;
  if (scan->errors.size() == errors_before) scan->entry_points.push_back(std::move(entry));
}

}  // namespace

const CrossingType& isolate_thread_type() {
  static const CrossingType* const kIsolateThread = crossing_type("Lorg/graalvm/nativeimage/IsolateThread;");
  return *kIsolateThread;
}

std::string default_c_name(std::string_view class_name, std::string_view method_name, std::string_view descriptor) {
  std::string external = classfile::external_class_name(class_name);
  std::string full = external + "." + std::string(method_name) + "(";
  for (std::string_view parameter : parameter_descriptors(descriptor)) full += class_name_of(parameter) + ",";
  full += ")" + class_name_of(result_descriptor(descriptor));
  auto [h1, h2] = murmur3_128(full);
  std::string name = external.substr(external.rfind('.') + 1) + "_" + std::string(method_name) + "_";
  append_base62(&name, h1);
  append_base62(&name, h2);
  // A nested class's '$' (and anything else a C name cannot hold) becomes '_'.
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

EntryPointScan find_entry_points(const std::vector<BundledFile>& files) {
  EntryPointScan scan;
  for (const BundledFile& file : files) {
    if (file.name.size() < 6 || file.name.compare(file.name.size() - 6, 6, ".class") != 0) continue;
    if (file.name == "module-info.class" || file.name.find("META-INF/") == 0) continue;
    std::string_view class_name = std::string_view(file.name).substr(0, file.name.size() - 6);
    classfile::ParseResult parsed = classfile::parse_class_file(file.bytes, class_name);
    if (!parsed.file) {
      scan.warnings.push_back("skipped " + file.name + ": " + parsed.error.message);
      continue;
    }
    for (const MethodInfo& method : parsed.file->methods) check_method(*parsed.file, method, &scan);
  }
  std::unordered_map<std::string, const EntryPoint*> by_name;
  for (const EntryPoint& entry : scan.entry_points) {
    auto [it, inserted] = by_name.emplace(entry.c_name, &entry);
    if (!inserted) {
      scan.errors.push_back("entry points " +
                            classfile::method_signature_for_messages(it->second->class_name, it->second->method_name,
                                                                     it->second->descriptor) +
                            " and " +
                            classfile::method_signature_for_messages(entry.class_name, entry.method_name, entry.descriptor) +
                            " both have the C name " + entry.c_name);
    }
  }
  return scan;
}

}  // namespace islet::shared_library
