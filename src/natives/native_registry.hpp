// The table of the class library's native methods (C++ functions), keyed by class, name and
// descriptor. Natives are written as ordinary typed C++ functions
//     int32_t object_hash_code(VMThread*, Object* self);
// and `adapt<&fn>` generates the trampoline that unpacks interpreter slots into those parameters,
// so no native handles raw slot arrays.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include "runtime/klass.hpp"
#include "runtime/object.hpp"
#include "runtime/value.hpp"

namespace islet::natives {

using runtime::ArrayObject;
using runtime::NativeFunction;
using runtime::Object;
using runtime::Slot;
using runtime::VMThread;

namespace detail {

template <typename T>
constexpr int slot_count() {
  return (std::is_same_v<T, int64_t> || std::is_same_v<T, double>) ? 2 : 1;
}

template <typename T>
T from_slot(const Slot& s) {
  if constexpr (std::is_same_v<T, int32_t>) return s.i;
  else if constexpr (std::is_same_v<T, int64_t>) return s.j;
  else if constexpr (std::is_same_v<T, float>) return s.f;
  else if constexpr (std::is_same_v<T, double>) return s.d;
  else if constexpr (std::is_same_v<T, bool>) return s.i != 0;
  else if constexpr (std::is_pointer_v<T>) return static_cast<T>(s.l);
  else static_assert(sizeof(T) == 0, "unsupported native parameter type");
}

template <typename T>
Slot to_slot(T value) {
  if constexpr (std::is_same_v<T, int32_t>) return Slot::of_int(value);
  else if constexpr (std::is_same_v<T, bool>) return Slot::of_int(value ? 1 : 0);
  else if constexpr (std::is_same_v<T, int64_t>) return Slot::of_long(value);
  else if constexpr (std::is_same_v<T, float>) return Slot::of_float(value);
  else if constexpr (std::is_same_v<T, double>) return Slot::of_double(value);
  else if constexpr (std::is_pointer_v<T>) return Slot::of_ref(value);
  else static_assert(sizeof(T) == 0, "unsupported native return type");
}

template <auto Fn, typename R, typename... Args>
Slot trampoline(VMThread* thread, Slot* args) {
  constexpr std::array<int, sizeof...(Args) + 1> offsets = [] {
    std::array<int, sizeof...(Args) + 1> o{};
    int sizes[] = {slot_count<Args>()..., 0};
    for (size_t i = 0; i < sizeof...(Args); ++i) o[i + 1] = o[i] + sizes[i];
    return o;
  }();
  return [&]<size_t... I>(std::index_sequence<I...>) {
    if constexpr (std::is_void_v<R>) {
      Fn(thread, from_slot<Args>(args[offsets[I]])...);
      return Slot::zero();
    } else {
      return to_slot<R>(Fn(thread, from_slot<Args>(args[offsets[I]])...));
    }
  }(std::index_sequence_for<Args...>{});
}

template <auto Fn, typename R, typename... Args>
constexpr NativeFunction make_trampoline(R (*)(VMThread*, Args...)) {
  return &trampoline<Fn, R, Args...>;
}

}  // namespace detail

// The slot-level trampoline for a typed native function.
template <auto Fn>
constexpr NativeFunction adapt() {
  return detail::make_trampoline<Fn>(Fn);
}

struct NativeEntry {
  const char* class_name;  // internal form
  const char* name;
  const char* descriptor;
  NativeFunction function;
};

class NativeRegistry {
 public:
  NativeRegistry();  // registers every built-in table (see register_*.cpp)
  NativeFunction find(std::string_view class_name, std::string_view name,
                      std::string_view descriptor) const;
  void add(const NativeEntry* entries, size_t count);

 private:
  std::unordered_map<std::string, NativeFunction> table_;
};

// Each natives_*.cpp file exposes its table through one of these.
std::pair<const NativeEntry*, size_t> lang_natives();
std::pair<const NativeEntry*, size_t> class_natives();
std::pair<const NativeEntry*, size_t> loader_natives();
std::pair<const NativeEntry*, size_t> system_natives();
std::pair<const NativeEntry*, size_t> throwable_natives();
std::pair<const NativeEntry*, size_t> number_natives();
std::pair<const NativeEntry*, size_t> io_natives();
std::pair<const NativeEntry*, size_t> file_natives();
std::pair<const NativeEntry*, size_t> buffer_natives();
std::pair<const NativeEntry*, size_t> reflect_natives();
std::pair<const NativeEntry*, size_t> invoke_natives();
std::pair<const NativeEntry*, size_t> polyglot_natives();  // src/polyglot/
std::pair<const NativeEntry*, size_t> jni_library_natives();  // src/jni/library_loading.cpp
std::pair<const NativeEntry*, size_t> jni_access_natives();   // src/jni/runtime_jni_access.cpp
std::pair<const NativeEntry*, size_t> thread_natives();
std::pair<const NativeEntry*, size_t> atomic_natives();

}  // namespace islet::natives
