// Allocation of instances and arrays through the isolate's heap, with the Java-visible failures
// (OutOfMemoryError, NegativeArraySizeException) raised here, in one place.
#include "runtime/allocation.hpp"

#include <cstring>
#include <limits>

#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

namespace {

// Building the error allocates too. When that fails, or when the heap runs out again while
// the error is being built, the thread throws the isolate's preallocated error (no stack
// trace), as HotSpot does, instead of recursing.
void throw_out_of_memory(VMThread* thread, const char* what) {
  Object* fallback = thread->isolate()->preallocated_out_of_memory_error();
  if (thread->building_out_of_memory_error() || fallback == nullptr) {
    if (fallback != nullptr) thread->set_pending_exception(fallback);
    return;
  }
  thread->set_building_out_of_memory_error(true);
  throw_new(thread, WellKnown::OutOfMemoryError, what);
  thread->set_building_out_of_memory_error(false);
  if (!thread->has_pending_exception()) thread->set_pending_exception(fallback);
}

void* allocate_or_throw(VMThread* thread, size_t bytes, const char* what) {
  void* memory = thread->isolate()->heap().allocate(thread->allocation_cache(), bytes);
  if (memory == nullptr) throw_out_of_memory(thread, what);
  return memory;
}

}  // namespace

uint8_t element_size_log2(BasicType type) {
  switch (type) {
    case BasicType::Boolean: case BasicType::Byte:
      return 0;
    case BasicType::Char: case BasicType::Short:
      return 1;
    case BasicType::Int: case BasicType::Float:
      return 2;
    default:
      return 3;
  }
}

size_t instance_bytes(const Class* klass) { return klass->instance_size; }

size_t array_bytes(const Class* array_class, int32_t length) {
  return ArrayObject::kArrayDataOffset + (static_cast<size_t>(length) << array_class->element_size_log2);
}

Object* new_instance(VMThread* thread, Class* klass) {
  auto* object = static_cast<Object*>(allocate_or_throw(thread, klass->instance_size, "Java heap space"));
  if (object == nullptr) return nullptr;
  object->klass = klass;
  return object;
}

ArrayObject* new_array(VMThread* thread, Class* array_class, int32_t length) {
  if (length < 0) {
    throw_new(thread, WellKnown::NegativeArraySizeException, std::to_string(length));
    return nullptr;
  }
  // HotSpot's limit for array lengths, beyond which it reports the VM limit instead of heap.
  constexpr int32_t kMaxArrayLength = std::numeric_limits<int32_t>::max() - 2;
  if (length > kMaxArrayLength) {
    throw_out_of_memory(thread, "Requested array size exceeds VM limit");
    return nullptr;
  }
  auto* array = static_cast<ArrayObject*>(
      allocate_or_throw(thread, array_bytes(array_class, length), "Java heap space"));
  if (array == nullptr) return nullptr;
  array->klass = array_class;
  array->length = length;
  return array;
}

ArrayObject* new_primitive_array(VMThread* thread, BasicType element_type, int32_t length) {
  Class* element = thread->isolate()->primitive_class(element_type);
  Class* array_class = array_class_of(thread, element);
  return array_class ? new_array(thread, array_class, length) : nullptr;
}

ArrayObject* new_object_array(VMThread* thread, Class* element_class, int32_t length) {
  Class* array_class = array_class_of(thread, element_class);
  return array_class ? new_array(thread, array_class, length) : nullptr;
}

Object* clone_object(VMThread* thread, Object* original) {
  Class* klass = original->klass;
  size_t bytes = klass->is_array() ? array_bytes(klass, as_array(original)->length) : klass->instance_size;
  auto* copy = static_cast<Object*>(allocate_or_throw(thread, bytes, "Java heap space"));
  if (copy == nullptr) return nullptr;
  std::memcpy(reinterpret_cast<char*>(copy) + sizeof(Class*),
              reinterpret_cast<const char*>(original) + sizeof(Class*), bytes - sizeof(Class*));
  copy->klass = klass;
  copy->status.store(0, std::memory_order_relaxed);  // fresh identity: no hash, unlocked
  return copy;
}

}  // namespace islet::runtime
