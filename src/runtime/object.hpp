// Object layout: every Java object starts with a two-word header (class pointer, status word);
// arrays add a 32-bit length and their elements start at a fixed 8-aligned offset.
//
// The status word carries the identity hash (high 32 bits, set once, never moved) and the lock
// state (low 32 bits, see monitor.hpp). Keeping the hash out of the lock bits means locking never
// has to displace it, which keeps both paths a single CAS.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace islet::runtime {

struct Class;

struct Object {
  Class* klass;
  std::atomic<uint64_t> status;

  template <typename T>
  T& field_at(uint32_t offset) {
    return *reinterpret_cast<T*>(reinterpret_cast<char*>(this) + offset);
  }
  template <typename T>
  const T& field_at(uint32_t offset) const {
    return *reinterpret_cast<const T*>(reinterpret_cast<const char*>(this) + offset);
  }
};

constexpr uint32_t kObjectHeaderSize = 16;

struct ArrayObject : Object {
  int32_t length;
  int32_t padding_;

  template <typename T>
  T* data() { return reinterpret_cast<T*>(reinterpret_cast<char*>(this) + kArrayDataOffset); }
  template <typename T>
  const T* data() const {
    return reinterpret_cast<const T*>(reinterpret_cast<const char*>(this) + kArrayDataOffset);
  }
  template <typename T>
  T& at(int32_t index) { return data<T>()[index]; }

  static constexpr uint32_t kArrayDataOffset = 24;
};

static_assert(sizeof(ArrayObject) == ArrayObject::kArrayDataOffset);

inline ArrayObject* as_array(Object* o) { return static_cast<ArrayObject*>(o); }

}  // namespace islet::runtime
