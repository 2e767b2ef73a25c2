// Natives of jdk.internal.misc.Unsafe: sequentially consistent atomic access to fields and array
// elements by (base object, byte offset), the machinery under java.util.concurrent.atomic,
// VarHandle and the locks. The Java side checks bounds, nulls and types before calling.
//
// An offset either addresses an instance field or array element (`base` is the object), or, when
// kStaticFieldBit is set, a static field (`base` is the Class mirror and the rest of the offset
// indexes Class::statics). Reference stores need no collector barrier: the collector is
// non-moving and stops the world.
#include <atomic>
#include <cstdint>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/strings.hpp"

namespace islet::natives {

namespace {

constexpr int64_t kStaticFieldBit = int64_t{1} << 40;
constexpr auto kOrder = std::memory_order_seq_cst;

// The storage behind (base, offset); null with NullPointerException pending if base is null.
template <typename T>
T* address(VMThread* thread, Object* base, int64_t offset) {
  if (!null_check(thread, base)) return nullptr;
  char* start = reinterpret_cast<char*>(base);
  if (offset & kStaticFieldBit) {
    start = reinterpret_cast<char*>(class_of_mirror(thread, base)->statics.get());
    offset &= ~kStaticFieldBit;
  }
  return reinterpret_cast<T*>(start + offset);
}

// T is the stored type (int8_t ... int64_t, Object*), J the type Java passes (int32_t for the
// narrow ones, which the Java side narrows or widens as its declared type requires).
template <typename T, typename J>
J get_volatile(VMThread* thread, Object* base, int64_t offset) {
  T* p = address<T>(thread, base, offset);
  return p ? static_cast<J>(std::atomic_ref<T>(*p).load(kOrder)) : J{};
}

template <typename T, typename J>
void put_volatile(VMThread* thread, Object* base, int64_t offset, J value) {
  if (T* p = address<T>(thread, base, offset)) std::atomic_ref<T>(*p).store(static_cast<T>(value), kOrder);
}

template <typename T, typename J>
bool compare_and_set(VMThread* thread, Object* base, int64_t offset, J expected, J value) {
  T* p = address<T>(thread, base, offset);
  if (p == nullptr) return false;
  T witness = static_cast<T>(expected);
  return std::atomic_ref<T>(*p).compare_exchange_strong(witness, static_cast<T>(value), kOrder);
}

template <typename T, typename J>
J compare_and_exchange(VMThread* thread, Object* base, int64_t offset, J expected, J value) {
  T* p = address<T>(thread, base, offset);
  if (p == nullptr) return J{};
  T witness = static_cast<T>(expected);
  std::atomic_ref<T>(*p).compare_exchange_strong(witness, static_cast<T>(value), kOrder);
  return static_cast<J>(witness);
}

template <typename T, typename J>
J get_and_set(VMThread* thread, Object* base, int64_t offset, J value) {
  T* p = address<T>(thread, base, offset);
  return p ? static_cast<J>(std::atomic_ref<T>(*p).exchange(static_cast<T>(value), kOrder)) : J{};
}

// Two's-complement wrap-around, as Java's int and long addition.
template <typename T, typename J>
J get_and_add(VMThread* thread, Object* base, int64_t offset, J delta) {
  T* p = address<T>(thread, base, offset);
  return p ? static_cast<J>(std::atomic_ref<T>(*p).fetch_add(static_cast<T>(delta), kOrder)) : J{};
}

void full_fence(VMThread*) { std::atomic_thread_fence(std::memory_order_seq_cst); }
void load_fence(VMThread*) { std::atomic_thread_fence(std::memory_order_acquire); }
void store_fence(VMThread*) { std::atomic_thread_fence(std::memory_order_release); }

// The offset of the field `name` declared by `klass` itself, or -1 if it declares none of that
// kind; static offsets carry kStaticFieldBit.
int64_t field_offset(VMThread* thread, Object* mirror, Object* name, bool want_static) {
  if (!null_check(thread, mirror) || !null_check(thread, name)) return -1;
  Class* klass = class_of_mirror(thread, mirror);
  std::string wanted = runtime::string_to_utf8(thread, name);
  for (const runtime::Field& field : klass->fields) {
    if (field.name == wanted && field.is_static() == want_static) {
      return want_static ? (kStaticFieldBit | field.offset) : field.offset;
    }
  }
  return -1;
}

int64_t object_field_offset(VMThread* thread, Object* mirror, Object* name) {
  return field_offset(thread, mirror, name, false);
}

int64_t static_field_offset(VMThread* thread, Object* mirror, Object* name) {
  return field_offset(thread, mirror, name, true);
}

int32_t array_base_offset(VMThread*, Object*) { return runtime::ArrayObject::kArrayDataOffset; }

int32_t array_index_scale(VMThread* thread, Object* array_mirror) {
  if (!null_check(thread, array_mirror)) return 0;
  Class* klass = class_of_mirror(thread, array_mirror);
  return klass->is_array() ? static_cast<int32_t>(klass->array_element_size()) : 0;
}

#define UNSAFE "jdk/internal/misc/Unsafe"
#define OBJ "Ljava/lang/Object;"

// One row per access mode and width; the narrow widths travel as int.
#define ATOMIC_ROWS(Name, T, J, JD)                                                                      \
  {UNSAFE, "get" Name "Volatile", "(" OBJ "J)" JD, adapt<&get_volatile<T, J>>()},                        \
  {UNSAFE, "put" Name "Volatile", "(" OBJ "J" JD ")V", adapt<&put_volatile<T, J>>()},                    \
  {UNSAFE, "compareAndSet" Name, "(" OBJ "J" JD JD ")Z", adapt<&compare_and_set<T, J>>()},               \
  {UNSAFE, "compareAndExchange" Name, "(" OBJ "J" JD JD ")" JD, adapt<&compare_and_exchange<T, J>>()},   \
  {UNSAFE, "getAndSet" Name, "(" OBJ "J" JD ")" JD, adapt<&get_and_set<T, J>>()}

#define ADD_ROW(Name, T, J, JD) \
  {UNSAFE, "getAndAdd" Name, "(" OBJ "J" JD ")" JD, adapt<&get_and_add<T, J>>()}

constexpr NativeEntry kEntries[] = {
    ATOMIC_ROWS("Byte", int8_t, int32_t, "I"),
    ATOMIC_ROWS("Short", int16_t, int32_t, "I"),
    ATOMIC_ROWS("Int", int32_t, int32_t, "I"),
    ATOMIC_ROWS("Long", int64_t, int64_t, "J"),
    ATOMIC_ROWS("Reference", Object*, Object*, OBJ),
    ADD_ROW("Byte", int8_t, int32_t, "I"),
    ADD_ROW("Short", int16_t, int32_t, "I"),
    ADD_ROW("Int", int32_t, int32_t, "I"),
    ADD_ROW("Long", int64_t, int64_t, "J"),
    {UNSAFE, "fullFence", "()V", adapt<&full_fence>()},
    {UNSAFE, "loadFence", "()V", adapt<&load_fence>()},
    {UNSAFE, "storeFence", "()V", adapt<&store_fence>()},
    {UNSAFE, "objectFieldOffset1", "(Ljava/lang/Class;Ljava/lang/String;)J", adapt<&object_field_offset>()},
    {UNSAFE, "staticFieldOffset1", "(Ljava/lang/Class;Ljava/lang/String;)J", adapt<&static_field_offset>()},
    {UNSAFE, "arrayBaseOffset0", "(Ljava/lang/Class;)I", adapt<&array_base_offset>()},
    {UNSAFE, "arrayIndexScale0", "(Ljava/lang/Class;)I", adapt<&array_index_scale>()},
};

#undef ADD_ROW
#undef ATOMIC_ROWS
#undef OBJ
#undef UNSAFE

}  // namespace

std::pair<const NativeEntry*, size_t> atomic_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
