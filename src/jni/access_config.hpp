// The closed world of JNI (seed 003, GraalVM Native Image's jni-config.json): which classes,
// methods and fields native code may look up by name (FindClass, Get(Static)MethodID,
// Get(Static)FieldID). Read from -Xjni:config= files and filled by RuntimeJNIAccess.register from
// --features= classes at start-up; enforced under -Xjni:closed.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/klass.hpp"

namespace islet::jni {

class AccessConfig {
 public:
  // Reads and merges the files; null with `error` naming the file (and line and column for
  // malformed JSON) if one cannot be used.
  static std::unique_ptr<AccessConfig> load(const std::vector<std::string>& files, std::string* error);

  // RuntimeJNIAccess.register from a feature, while features run at start-up (single-threaded,
  // before any lookup can race with it): the entries a JSON file would make. `source` names the
  // feature in the messages of closed-world errors.
  void add_source(std::string source);
  void register_class(std::string_view java_name);
  void register_method(std::string_view java_class, std::string name, std::vector<std::string> parameter_types);
  void register_field(std::string_view java_class, std::string name);

  // Names in Java source spelling: "java.lang.String", "int[]", "Outer$Inner".
  bool allows_class_name(std::string_view java_name) const { return classes_.find(java_name) != classes_.end(); }
  bool allows_method(const runtime::Method* method) const;
  bool allows_field(const runtime::Field* field) const;

  // The messages of the errors a closed-world lookup throws.
  std::string class_not_registered(std::string_view java_name) const;
  std::string method_not_registered(const runtime::Method* method, std::string_view lookup_text) const;
  std::string member_not_registered(std::string_view kind, std::string_view java_class, std::string_view name,
                                    std::string_view lookup_text) const;

  // The Java source spelling of a class: "java.lang.String", "int[]", "java.lang.String[][]".
  static std::string java_name(const runtime::Class* klass);
  // The parameter types of a method descriptor in that spelling.
  static std::vector<std::string> java_parameter_types(std::string_view descriptor);

 private:
  struct MethodEntry {
    std::string name;
    bool any_parameters = true;  // no "parameterTypes": every overload
    std::vector<std::string> parameter_types;
  };
  struct ClassEntry {
    bool all_declared_methods = false, all_public_methods = false;
    bool all_declared_constructors = false, all_public_constructors = false;
    bool all_declared_fields = false, all_public_fields = false;
    std::vector<MethodEntry> methods;
    std::set<std::string> fields;
  };

  const ClassEntry* entry_for(const runtime::Class* klass) const;
  ClassEntry& entry_named(std::string_view java_name);
  std::string sources_text() const;

  std::vector<std::string> sources_;  // the files read, then "feature <class>" for each feature
  std::map<std::string, ClassEntry, std::less<>> classes_;  // by Java name
};

}  // namespace islet::jni
