// Reading jni-config.json files (nlohmann-json) and answering closed-world lookups (see
// access_config.hpp). The format is GraalVM's reflection configuration: an array of
//   {"name": "pkg.Cls", "methods": [{"name": "m", "parameterTypes": ["int", "java.lang.String"]}],
//    "fields": [{"name": "f"}], "allDeclaredMethods": true, ...}
#include "jni/access_config.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "classfile/descriptor.hpp"

namespace islet::jni {

using runtime::Class;
using runtime::Field;
using runtime::Method;

namespace {

// "java.lang.String", "int[]", and the JVM spellings "[I", "[Ljava.lang.String;" all become
// the source spelling Class.getTypeName() would show.
std::string normalize_type_name(std::string name) {
  if (!name.empty() && name.front() == '[') {
    std::replace(name.begin(), name.end(), '.', '/');
    return classfile::external_type_name(name);
  }
  return name;
}

// Line and column (1-based) of a byte offset in `text`.
std::pair<size_t, size_t> line_and_column(const std::string& text, size_t offset) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

bool flag(const nlohmann::json& entry, const char* key) {
  auto it = entry.find(key);
  return it != entry.end() && it->is_boolean() && it->get<bool>();
}

}  // namespace

std::unique_ptr<AccessConfig> AccessConfig::load(const std::vector<std::string>& files, std::string* error) {
  auto config = std::unique_ptr<AccessConfig>(new AccessConfig());
  config->sources_ = files;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      *error = "JNI configuration file " + file + ": cannot be read";
      return nullptr;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    nlohmann::json root;
    try {
      root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
      auto [line, column] = line_and_column(text, e.byte == 0 ? 0 : e.byte - 1);
      std::string what = e.what();
      size_t detail = what.find("syntax error");
      *error = "JNI configuration file " + file + ": malformed JSON at line " + std::to_string(line) + ", column " +
               std::to_string(column) + (detail != std::string::npos ? ": " + what.substr(detail) : "");
      return nullptr;
    }
    auto fail = [&](const std::string& why) {
      *error = "JNI configuration file " + file + ": " + why;
      return nullptr;
    };
    if (!root.is_array()) return fail("expected an array of class entries");
    for (size_t i = 0; i < root.size(); ++i) {
      const nlohmann::json& entry = root[i];
      std::string where = "entry " + std::to_string(i + 1);
      if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string()) {
        return fail(where + " has no \"name\" string");
      }
      ClassEntry& c = config->entry_named(entry["name"].get<std::string>());
      c.all_declared_methods |= flag(entry, "allDeclaredMethods");
      c.all_public_methods |= flag(entry, "allPublicMethods");
      c.all_declared_constructors |= flag(entry, "allDeclaredConstructors");
      c.all_public_constructors |= flag(entry, "allPublicConstructors");
      c.all_declared_fields |= flag(entry, "allDeclaredFields");
      c.all_public_fields |= flag(entry, "allPublicFields");
      if (entry.contains("methods")) {
        if (!entry["methods"].is_array()) return fail(where + ": \"methods\" must be an array");
        for (const nlohmann::json& m : entry["methods"]) {
          if (!m.is_object() || !m.contains("name") || !m["name"].is_string()) {
            return fail(where + ": a method has no \"name\" string");
          }
          MethodEntry method{m["name"].get<std::string>(), true, {}};
          if (m.contains("parameterTypes")) {
            if (!m["parameterTypes"].is_array()) return fail(where + ": \"parameterTypes\" must be an array");
            method.any_parameters = false;
            for (const nlohmann::json& p : m["parameterTypes"]) {
              if (!p.is_string()) return fail(where + ": parameter types must be strings");
              method.parameter_types.push_back(normalize_type_name(p.get<std::string>()));
            }
          }
          c.methods.push_back(std::move(method));
        }
      }
      if (entry.contains("fields")) {
        if (!entry["fields"].is_array()) return fail(where + ": \"fields\" must be an array");
        for (const nlohmann::json& f : entry["fields"]) {
          if (!f.is_object() || !f.contains("name") || !f["name"].is_string()) {
            return fail(where + ": a field has no \"name\" string");
          }
          c.fields.insert(f["name"].get<std::string>());
        }
      }
    }
  }
  return config;
}

AccessConfig::ClassEntry& AccessConfig::entry_named(std::string_view java_name) {
  return classes_[normalize_type_name(std::string(java_name))];
}

void AccessConfig::add_source(std::string source) {
  if (std::find(sources_.begin(), sources_.end(), source) == sources_.end()) sources_.push_back(std::move(source));
}

void AccessConfig::register_class(std::string_view java_name) { entry_named(java_name); }

void AccessConfig::register_method(std::string_view java_class, std::string name,
                                   std::vector<std::string> parameter_types) {
  for (std::string& type : parameter_types) type = normalize_type_name(std::move(type));
  entry_named(java_class).methods.push_back({std::move(name), false, std::move(parameter_types)});
}

void AccessConfig::register_field(std::string_view java_class, std::string name) {
  entry_named(java_class).fields.insert(std::move(name));
}

std::string AccessConfig::java_name(const Class* klass) {
  if (klass->is_primitive()) return klass->name;
  if (klass->is_array()) return classfile::external_type_name(klass->name);
  return classfile::external_class_name(klass->name);
}

std::vector<std::string> AccessConfig::java_parameter_types(std::string_view descriptor) {
  std::vector<std::string> types;
  auto parsed = classfile::parse_method_descriptor(descriptor);
  if (!parsed) return types;
  for (const classfile::FieldType& p : parsed->params) {
    std::string field_descriptor;
    if (p.type == classfile::BasicType::Object) {
      field_descriptor = "L" + std::string(p.class_name) + ";";
    } else if (p.type == classfile::BasicType::Array) {
      field_descriptor = std::string(p.class_name);
    } else {
      field_descriptor = std::string(1, static_cast<char>(p.type));
    }
    types.push_back(classfile::external_type_name(field_descriptor));
  }
  return types;
}

const AccessConfig::ClassEntry* AccessConfig::entry_for(const Class* klass) const {
  auto it = classes_.find(java_name(klass));
  return it == classes_.end() ? nullptr : &it->second;
}

bool AccessConfig::allows_method(const Method* method) const {
  const ClassEntry* entry = entry_for(method->holder);
  if (entry == nullptr) return false;
  if (method->name == "<init>") {
    if (entry->all_declared_constructors || (entry->all_public_constructors && method->is_public())) return true;
  } else if (entry->all_declared_methods || (entry->all_public_methods && method->is_public())) {
    return true;
  }
  std::vector<std::string> types;
  bool types_known = false;
  for (const MethodEntry& m : entry->methods) {
    if (m.name != method->name) continue;
    if (m.any_parameters) return true;
    if (!types_known) {
      types = java_parameter_types(method->descriptor);
      types_known = true;
    }
    if (m.parameter_types == types) return true;
  }
  return false;
}

bool AccessConfig::allows_field(const Field* field) const {
  const ClassEntry* entry = entry_for(field->holder);
  if (entry == nullptr) return false;
  bool is_public = field->access_flags & 0x0001;
  return entry->all_declared_fields || (entry->all_public_fields && is_public) || entry->fields.count(field->name) > 0;
}

std::string AccessConfig::sources_text() const {
  if (sources_.empty()) return "no -Xjni:config= file was given";
  std::string text = "configuration: ";
  for (size_t i = 0; i < sources_.size(); ++i) text += (i == 0 ? "" : ", ") + sources_[i];
  return text;
}

std::string AccessConfig::class_not_registered(std::string_view java_name) const {
  return std::string(java_name) + " is not registered for JNI access (-Xjni:closed; " + sources_text() +
         "): add {\"name\": \"" + std::string(java_name) + "\"}";
}

std::string AccessConfig::method_not_registered(const Method* method, std::string_view lookup_text) const {
  std::string types;
  for (const std::string& t : java_parameter_types(method->descriptor)) types += (types.empty() ? "\"" : ", \"") + t + "\"";
  return std::string(lookup_text) + " is not registered for JNI access (-Xjni:closed; " + sources_text() +
         "): add {\"name\": \"" + method->name + "\", \"parameterTypes\": [" + types + "]} to the \"methods\" of " +
         java_name(method->holder);
}

std::string AccessConfig::member_not_registered(std::string_view kind, std::string_view java_class,
                                                std::string_view name, std::string_view lookup_text) const {
  return std::string(lookup_text) + " is not registered for JNI access (-Xjni:closed; " + sources_text() +
         "): add {\"name\": \"" + std::string(name) + "\"} to the \"" + std::string(kind) + "\" of " +
         std::string(java_class);
}

}  // namespace islet::jni
