// The native-method table: every built-in table registered once per isolate, looked up by
// "class.name descriptor" when a native method is first called.
#include "natives/native_registry.hpp"

namespace islet::natives {

namespace {
std::string key_of(std::string_view class_name, std::string_view name, std::string_view descriptor) {
  std::string key;
  key.reserve(class_name.size() + name.size() + descriptor.size() + 2);
  key.append(class_name).append(".").append(name).append(" ").append(descriptor);
  return key;
}
}  // namespace

NativeRegistry::NativeRegistry() {
  for (auto table : {lang_natives(), class_natives(), loader_natives(), system_natives(), throwable_natives(),
                     number_natives(), io_natives(), file_natives(), buffer_natives(),
                     reflect_natives(), invoke_natives(), polyglot_natives(),
                     jni_library_natives(), jni_access_natives(), thread_natives(), atomic_natives()}) {
    add(table.first, table.second);
  }
}

void NativeRegistry::add(const NativeEntry* entries, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    table_[key_of(entries[i].class_name, entries[i].name, entries[i].descriptor)] = entries[i].function;
  }
}

NativeFunction NativeRegistry::find(std::string_view class_name, std::string_view name,
                                    std::string_view descriptor) const {
  auto it = table_.find(key_of(class_name, name, descriptor));
  return it == table_.end() ? nullptr : it->second;
}

}  // namespace islet::natives
