// Natives of java.nio.DirectMemory and org.graalvm.word.impl.NativeMemory: memory outside the
// Java heap, for direct byte buffers and for the word API's C pointers (CCharPointer,
// CTypeConversion, UnmanagedMemory). Multi-byte accesses are unaligned and in the machine's byte
// order; the Java side swaps bytes for the buffer's order. Addresses come from Java and are
// trusted (the buffer classes check every index against the capacity, the word API refuses null
// pointers, before calling).
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"

namespace islet::natives {

namespace {

void* at(int64_t address) { return reinterpret_cast<void*>(static_cast<uintptr_t>(address)); }

template <typename T>
T load(int64_t address) {
  T value;
  std::memcpy(&value, at(address), sizeof(T));
  return value;
}

template <typename T>
void store(int64_t address, T value) {
  std::memcpy(at(address), &value, sizeof(T));
}

// Zeroed memory, as ByteBuffer.allocateDirect promises, owned by the buffer `owner`: the
// collector frees it once the owner (and so every view, which references it) is unreachable.
// 0 when the system has none left.
int64_t allocate(VMThread* thread, Object* owner, int64_t size) {
  void* p = std::calloc(static_cast<size_t>(size > 0 ? size : 1), 1);
  if (p != nullptr) thread->isolate()->collector().free_with(owner, p);
  return static_cast<int64_t>(reinterpret_cast<uintptr_t>(p));
}

int32_t get_byte(VMThread*, int64_t address) { return load<int8_t>(address); }
void put_byte(VMThread*, int64_t address, int32_t value) { store<int8_t>(address, static_cast<int8_t>(value)); }
int32_t get_short(VMThread*, int64_t address) { return load<int16_t>(address); }
void put_short(VMThread*, int64_t address, int32_t value) { store<int16_t>(address, static_cast<int16_t>(value)); }
int32_t get_int(VMThread*, int64_t address) { return load<int32_t>(address); }
void put_int(VMThread*, int64_t address, int32_t value) { store<int32_t>(address, value); }
int64_t get_long(VMThread*, int64_t address) { return load<int64_t>(address); }
void put_long(VMThread*, int64_t address, int64_t value) { store<int64_t>(address, value); }

void copy_to_array(VMThread* thread, int64_t address, ArrayObject* dst, int32_t off, int32_t len) {
  if (!null_check(thread, dst)) return;
  std::memcpy(dst->data<uint8_t>() + off, at(address), static_cast<size_t>(len));
}

void copy_from_array(VMThread* thread, ArrayObject* src, int32_t off, int64_t address, int32_t len) {
  if (!null_check(thread, src)) return;
  std::memcpy(at(address), src->data<uint8_t>() + off, static_cast<size_t>(len));
}

void copy_memory(VMThread*, int64_t from, int64_t to, int64_t len) {
  std::memmove(at(to), at(from), static_cast<size_t>(len));
}

// The C library's allocator, so that C code may free what Java allocated (UnmanagedMemory).
int64_t address_of(void* p) { return static_cast<int64_t>(reinterpret_cast<uintptr_t>(p)); }
int64_t c_malloc(VMThread*, int64_t size) { return address_of(std::malloc(static_cast<size_t>(size))); }
int64_t c_calloc(VMThread*, int64_t size) { return address_of(std::calloc(static_cast<size_t>(size), 1)); }
void c_free(VMThread*, int64_t address) { std::free(at(address)); }
int64_t c_strlen(VMThread*, int64_t address) {
  return static_cast<int64_t>(std::strlen(static_cast<const char*>(at(address))));
}

bool big_endian(VMThread*) {
  const uint16_t probe = 1;
  uint8_t first;
  std::memcpy(&first, &probe, 1);
  return first == 0;
}

constexpr const char* kClass = "java/nio/DirectMemory";
constexpr const char* kWordMemory = "org/graalvm/word/impl/NativeMemory";

constexpr NativeEntry kEntries[] = {
    {kClass, "allocate0", "(Ljava/lang/Object;J)J", adapt<&allocate>()},
    {kClass, "getByte0", "(J)I", adapt<&get_byte>()},
    {kClass, "putByte0", "(JI)V", adapt<&put_byte>()},
    {kClass, "getShort0", "(J)I", adapt<&get_short>()},
    {kClass, "putShort0", "(JI)V", adapt<&put_short>()},
    {kClass, "getInt0", "(J)I", adapt<&get_int>()},
    {kClass, "putInt0", "(JI)V", adapt<&put_int>()},
    {kClass, "getLong0", "(J)J", adapt<&get_long>()},
    {kClass, "putLong0", "(JJ)V", adapt<&put_long>()},
    {kClass, "copyToArray0", "(J[BII)V", adapt<&copy_to_array>()},
    {kClass, "copyFromArray0", "([BIJI)V", adapt<&copy_from_array>()},
    {kClass, "copyMemory0", "(JJJ)V", adapt<&copy_memory>()},
    {kClass, "isBigEndian0", "()Z", adapt<&big_endian>()},
    {kWordMemory, "getByte0", "(J)I", adapt<&get_byte>()},
    {kWordMemory, "putByte0", "(JI)V", adapt<&put_byte>()},
    {kWordMemory, "copyToArray0", "(J[BII)V", adapt<&copy_to_array>()},
    {kWordMemory, "copyFromArray0", "([BIJI)V", adapt<&copy_from_array>()},
    {kWordMemory, "strlen0", "(J)J", adapt<&c_strlen>()},
    {kWordMemory, "malloc0", "(J)J", adapt<&c_malloc>()},
    {kWordMemory, "calloc0", "(J)J", adapt<&c_calloc>()},
    {kWordMemory, "free0", "(J)V", adapt<&c_free>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> buffer_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
