// Queries on Class and Method metadata: names, member lookup by name, subtype tests and
// interface dispatch. Nothing here allocates or throws.
#include "runtime/klass.hpp"

#include <algorithm>

namespace islet::runtime {

int Method::line_number_at(uint32_t bci) const {
  if (info == nullptr || !info->code) return -1;
  // LineNumberTable entries are not sorted in general; the applicable entry is the one with the
  // largest start_pc not beyond bci.
  int best_pc = -1;
  int line = -1;
  for (const classfile::LineNumber& entry : info->code->line_numbers) {
    if (entry.start_pc <= bci && static_cast<int>(entry.start_pc) > best_pc) {
      best_pc = entry.start_pc;
      line = entry.line_number;
    }
  }
  return line;
}

std::string Method::external_name() const { return holder->external_name() + "." + name; }

std::string Class::external_name() const {
  std::string result = name;
  std::replace(result.begin(), result.end(), '/', '.');
  return result;
}

std::string_view Class::package_name() const {
  std::string_view n = name;
  if (is_array()) {
    size_t dims = n.find_first_not_of('[');
    if (dims == std::string_view::npos || n[dims] != 'L') return {};
    n = n.substr(dims + 1, n.size() - dims - 2);
  }
  size_t slash = n.rfind('/');
  return slash == std::string_view::npos ? std::string_view{} : n.substr(0, slash);
}

Field* Class::find_declared_field(std::string_view field_name, std::string_view descriptor) {
  for (Field& f : fields) {
    if (f.name == field_name && f.descriptor == descriptor) return &f;
  }
  return nullptr;
}

Method* Class::find_declared_method(std::string_view method_name, std::string_view descriptor) {
  for (Method& m : methods) {
    if (m.name == method_name && m.descriptor == descriptor) return &m;
  }
  return nullptr;
}

bool Class::implements(const Class* interface) const {
  for (const Class* i : all_interfaces) {
    if (i == interface) return true;
  }
  return false;
}

bool Class::is_subclass_of(const Class* other) const {
  if (this == other) return true;
  if (other->is_interface()) {
    if (is_array()) {
      return other->name == "java/lang/Cloneable" || other->name == "java/io/Serializable";
    }
    return implements(other);
  }
  if (is_array()) {
    if (other->is_array()) {
      const Class* mine = component;
      const Class* theirs = other->component;
      if (mine->is_primitive() || theirs->is_primitive()) return mine == theirs;
      return mine->is_subclass_of(theirs);
    }
    return other->super == nullptr && !other->is_primitive() && other->name == "java/lang/Object";
  }
  if (other->is_array() || other->is_primitive() || is_primitive()) return false;
  size_t depth = other->primary_supers.size();
  return primary_supers.size() >= depth && primary_supers[depth - 1] == other;
}

Method* Class::itable_lookup(const Method* interface_method) const {
  const Class* interface = interface_method->holder;
  for (const ItableBlock& block : itables) {
    if (block.interface == interface) {
      return block.methods[static_cast<size_t>(interface_method->itable_index)];
    }
  }
  return nullptr;
}

}  // namespace islet::runtime
