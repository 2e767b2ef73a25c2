// JNI array and direct-buffer functions: GetArrayLength, object arrays, New<Type>Array,
// Get/Release<Type>ArrayElements (always copies, so JNI_COMMIT and JNI_ABORT behave as on
// HotSpot), Get/Set<Type>ArrayRegion, Get/ReleasePrimitiveArrayCritical (the collector never
// moves objects: the array's own storage, pinned until released), and direct byte buffers.
#include <cstdlib>
#include <cstring>
#include <string>

#include "jni/function_support.hpp"
#include "runtime/allocation.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/resolver.hpp"

namespace islet::jni {

using classfile::BasicType;
using runtime::ArrayObject;
using runtime::ClassLoaderData;

namespace {

runtime::ArrayObject* array_of(jobject ref) { return static_cast<ArrayObject*>(resolve(ref)); }

jsize JNICALL GetArrayLength(JNIEnv* env, jarray array) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  ArrayObject* a = array_of(array);
  return a == nullptr ? 0 : a->length;
}

// --- Object arrays -----------------------------------------------------------------------------

jobjectArray JNICALL NewObjectArray(JNIEnv* env, jsize len, jclass clazz, jobject init) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* element = class_of_ref(thread, clazz);
  if (element == nullptr) return nullptr;
  Class* array_class = runtime::array_class_of(thread, element);
  if (array_class == nullptr) return nullptr;
  ArrayObject* array = runtime::new_array(thread, array_class, len);
  if (array == nullptr) return nullptr;
  if (Object* initial = resolve(init)) {
    for (jsize i = 0; i < len; ++i) array->at<Object*>(i) = initial;
  }
  return local_ref<jobjectArray>(thread, array);
}

void throw_index(VMThread* thread, jsize index, int32_t length) {
  throw_jni(thread, WellKnown::ArrayIndexOutOfBoundsException,
            "Index " + std::to_string(index) + " out of bounds for length " + std::to_string(length));
}

jobject JNICALL GetObjectArrayElement(JNIEnv* env, jobjectArray array, jsize index) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  ArrayObject* a = array_of(array);
  if (a == nullptr) return nullptr;
  if (index < 0 || index >= a->length) {
    throw_index(thread, index, a->length);
    return nullptr;
  }
  return local_ref(thread, a->at<Object*>(index));
}

// HotSpot's ArrayStoreException text: "type mismatch: can not store java.lang.String to
// java.lang.Integer[2]", with "[]" for each further dimension.
std::string store_mismatch_message(Object* value, Class* array_class, jsize index) {
  Class* bottom = array_class;
  int dimensions = 0;
  while (bottom->is_array()) {
    bottom = bottom->component;
    ++dimensions;
  }
  std::string text = "type mismatch: can not store " + value->klass->external_name() + " to " +
                     bottom->external_name() + "[" + std::to_string(index) + "]";
  for (int i = 1; i < dimensions; ++i) text += "[]";
  return text;
}

void JNICALL SetObjectArrayElement(JNIEnv* env, jobjectArray array, jsize index, jobject val) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  ArrayObject* a = array_of(array);
  if (a == nullptr) return;
  if (index < 0 || index >= a->length) {
    throw_index(thread, index, a->length);
    return;
  }
  Object* value = resolve(val);
  if (value != nullptr && !value->klass->is_subclass_of(a->klass->component)) {
    throw_jni(thread, WellKnown::ArrayStoreException, store_mismatch_message(value, a->klass, index));
    return;
  }
  a->at<Object*>(index) = value;
}

// --- Primitive arrays --------------------------------------------------------------------------

template <typename T>
constexpr BasicType basic_type_of() {
  if constexpr (std::is_same_v<T, jboolean>) return BasicType::Boolean;
  else if constexpr (std::is_same_v<T, jbyte>) return BasicType::Byte;
  else if constexpr (std::is_same_v<T, jchar>) return BasicType::Char;
  else if constexpr (std::is_same_v<T, jshort>) return BasicType::Short;
  else if constexpr (std::is_same_v<T, jint>) return BasicType::Int;
  else if constexpr (std::is_same_v<T, jlong>) return BasicType::Long;
  else if constexpr (std::is_same_v<T, jfloat>) return BasicType::Float;
  else return BasicType::Double;
}

template <typename T, typename ArrayRef>
ArrayRef JNICALL new_array(JNIEnv* env, jsize len) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  return local_ref<ArrayRef>(thread, runtime::new_primitive_array(thread, basic_type_of<T>(), len));
}

template <typename T, typename ArrayRef>
T* JNICALL get_elements(JNIEnv* env, ArrayRef array, jboolean* isCopy) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  ArrayObject* a = array_of(array);
  if (a == nullptr) return nullptr;
  size_t bytes = static_cast<size_t>(a->length) * sizeof(T);
  auto* copy = static_cast<T*>(std::malloc(bytes == 0 ? 1 : bytes));
  if (copy == nullptr) {
    runtime::throw_new(thread, WellKnown::OutOfMemoryError, "");
    return nullptr;
  }
  std::memcpy(copy, a->data<T>(), bytes);
  if (isCopy != nullptr) *isCopy = JNI_TRUE;
  return copy;
}

template <typename T, typename ArrayRef>
void JNICALL release_elements(JNIEnv* env, ArrayRef array, T* elems, jint mode) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  ArrayObject* a = array_of(array);
  if (a != nullptr && mode != JNI_ABORT) {
    std::memcpy(a->data<T>(), elems, static_cast<size_t>(a->length) * sizeof(T));
  }
  if (mode != JNI_COMMIT) std::free(elems);
}

// HotSpot's bounds check and messages for the region functions.
bool check_region(VMThread* thread, jsize start, jsize len, int32_t length) {
  if (len < 0) {
    throw_jni(thread, WellKnown::ArrayIndexOutOfBoundsException, "Length " + std::to_string(len) + " is negative");
    return false;
  }
  if (start < 0 || start > length - len) {
    throw_jni(thread, WellKnown::ArrayIndexOutOfBoundsException,
              "Array region " + std::to_string(start) + ".." + std::to_string(int64_t{start} + len) +
                  " out of bounds for length " + std::to_string(length));
    return false;
  }
  return true;
}

template <typename T, typename ArrayRef>
void JNICALL get_region(JNIEnv* env, ArrayRef array, jsize start, jsize len, T* buf) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  ArrayObject* a = array_of(array);
  if (a == nullptr || !check_region(thread, start, len, a->length)) return;
  std::memcpy(buf, a->data<T>() + start, static_cast<size_t>(len) * sizeof(T));
}

template <typename T, typename ArrayRef>
void JNICALL set_region(JNIEnv* env, ArrayRef array, jsize start, jsize len, const T* buf) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  ArrayObject* a = array_of(array);
  if (a == nullptr || !check_region(thread, start, len, a->length)) return;
  std::memcpy(a->data<T>() + start, buf, static_cast<size_t>(len) * sizeof(T));  // raw, as HotSpot
}

void* JNICALL GetPrimitiveArrayCritical(JNIEnv* env, jarray array, jboolean* isCopy) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  ArrayObject* a = array_of(array);
  if (a == nullptr) return nullptr;
  thread->jni().locals.pin(a);  // alive until released, whatever happens to the handles
  if (isCopy != nullptr) *isCopy = JNI_FALSE;
  return a->data<void>();
}

void JNICALL ReleasePrimitiveArrayCritical(JNIEnv* env, jarray array, void* carray, jint mode) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  ArrayObject* a = array_of(array);
  if (a != nullptr) thread->jni().locals.unpin(a);  // never a copy: nothing to write back
}

// --- Direct buffers ------------------------------------------------------------------------------

struct BufferFields {
  Class* direct_class = nullptr;  // java.nio.DirectByteBuffer: every direct buffer is one
  uint32_t address = 0;
  uint32_t capacity = 0;
};

BufferFields buffer_fields(VMThread* thread) {
  BufferFields fields;
  ClassLoaderData& boot = thread->isolate()->boot_loader();
  Class* buffer_class = runtime::load_class(thread, boot, "java/nio/Buffer");
  Class* direct_class = runtime::load_class(thread, boot, "java/nio/DirectByteBuffer");
  runtime::Field* address = buffer_class ? buffer_class->find_declared_field("address", "J") : nullptr;
  runtime::Field* capacity = buffer_class ? buffer_class->find_declared_field("capacity", "I") : nullptr;
  if (direct_class == nullptr || address == nullptr || capacity == nullptr) return fields;
  fields.direct_class = direct_class;
  fields.address = address->offset;
  fields.capacity = capacity->offset;
  return fields;
}

// The direct buffer `buf` refers to, or null (a heap buffer or not a buffer at all).
Object* direct_buffer(VMThread* thread, jobject buf, const BufferFields& fields) {
  Object* object = resolve(buf);
  if (object == nullptr || fields.direct_class == nullptr || !object->klass->is_subclass_of(fields.direct_class)) {
    return nullptr;
  }
  return object;
}

jobject JNICALL NewDirectByteBuffer(JNIEnv* env, void* address, jlong capacity) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* direct = runtime::load_class(thread, thread->isolate()->boot_loader(), "java/nio/DirectByteBuffer");
  Method* ctor = direct ? direct->find_declared_method("<init>", "(JI)V") : nullptr;
  if (ctor == nullptr || !runtime::ensure_initialized(thread, direct)) return nullptr;
  Object* buffer = runtime::new_instance(thread, direct);
  if (buffer == nullptr) return nullptr;
  // As in HotSpot 17, the package-private constructor takes an int capacity.
  Slot args[] = {Slot::of_ref(buffer), Slot::of_long(static_cast<int64_t>(reinterpret_cast<uintptr_t>(address))),
                 Slot::zero(), Slot::of_int(static_cast<jint>(capacity))};
  call_java(thread, ctor, args, false);
  return thread->has_pending_exception() ? nullptr : local_ref(thread, buffer);
}

void* JNICALL GetDirectBufferAddress(JNIEnv* env, jobject buf) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  BufferFields fields = buffer_fields(thread);
  Object* buffer = direct_buffer(thread, buf, fields);
  return buffer == nullptr ? nullptr
                           : reinterpret_cast<void*>(static_cast<uintptr_t>(buffer->field_at<int64_t>(fields.address)));
}

jlong JNICALL GetDirectBufferCapacity(JNIEnv* env, jobject buf) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  BufferFields fields = buffer_fields(thread);
  Object* buffer = direct_buffer(thread, buf, fields);
  return buffer == nullptr ? -1 : buffer->field_at<int32_t>(fields.capacity);
}

}  // namespace

void fill_array_functions(JNINativeInterface_& t) {
  t.GetArrayLength = GetArrayLength;
  t.NewObjectArray = NewObjectArray;
  t.GetObjectArrayElement = GetObjectArrayElement;
  t.SetObjectArrayElement = SetObjectArrayElement;
#define FILL_ARRAYS(Type, jtype)                                                  \
  t.New##Type##Array = new_array<jtype, jtype##Array>;                            \
  t.Get##Type##ArrayElements = get_elements<jtype, jtype##Array>;                 \
  t.Release##Type##ArrayElements = release_elements<jtype, jtype##Array>;         \
  t.Get##Type##ArrayRegion = get_region<jtype, jtype##Array>;                     \
  t.Set##Type##ArrayRegion = set_region<jtype, jtype##Array>;
  FILL_ARRAYS(Boolean, jboolean)
  FILL_ARRAYS(Byte, jbyte)
  FILL_ARRAYS(Char, jchar)
  FILL_ARRAYS(Short, jshort)
  FILL_ARRAYS(Int, jint)
  FILL_ARRAYS(Long, jlong)
  FILL_ARRAYS(Float, jfloat)
  FILL_ARRAYS(Double, jdouble)
#undef FILL_ARRAYS
  t.GetPrimitiveArrayCritical = GetPrimitiveArrayCritical;
  t.ReleasePrimitiveArrayCritical = ReleasePrimitiveArrayCritical;
  t.NewDirectByteBuffer = NewDirectByteBuffer;
  t.GetDirectBufferAddress = GetDirectBufferAddress;
  t.GetDirectBufferCapacity = GetDirectBufferCapacity;
}

}  // namespace islet::jni
