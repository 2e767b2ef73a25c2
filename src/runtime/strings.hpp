// Java strings as the VM sees them: creating java.lang.String objects from C++ text, reading them
// back, and the isolate's intern table. Layout per classlib/README.md: byte[] value + coder
// (LATIN1 = one byte per char, UTF16 = two bytes per char, little-endian).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace islet::runtime {

class VMThread;
struct Object;

Object* new_string(VMThread* thread, std::u16string_view chars);
Object* new_string_from_modified_utf8(VMThread* thread, std::string_view bytes);
Object* new_string_from_utf8(VMThread* thread, std::string_view utf8);
Object* new_string_from_latin1(VMThread* thread, std::string_view latin1);

std::u16string string_to_utf16(VMThread* thread, Object* string);
std::string string_to_utf8(VMThread* thread, Object* string);
int32_t string_length(VMThread* thread, Object* string);

// The isolate's interned strings (String.intern and string constants).
class StringTable {
 public:
  // The canonical string equal to `chars`, created on first request. Null on allocation failure.
  Object* intern(VMThread* thread, std::u16string_view chars);
  Object* intern(VMThread* thread, Object* string);

  // Every interned string; without the lock, so only with the world stopped.
  template <typename Visitor>
  void for_each_unlocked(Visitor&& visit) const {
    for (const auto& [chars, string] : table_) visit(string);
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::u16string, Object*> table_;
};

}  // namespace islet::runtime
