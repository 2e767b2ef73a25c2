// JNI functions that call Java and access fields: GetMethodID/GetStaticMethodID, NewObject*,
// Call<Type>Method*, CallNonvirtual<Type>Method*, CallStatic<Type>Method* (plain, A and V
// forms), GetFieldID/GetStaticFieldID and Get/Set(Static)<Type>Field.
#include <atomic>
#include <cstdarg>
#include <string>

#include "jni/access_config.hpp"
#include "jni/function_support.hpp"
#include "runtime/allocation.hpp"
#include "runtime/resolver.hpp"

namespace islet::jni {

using classfile::BasicType;
using runtime::Field;

namespace {

// --- Method and field lookup -----------------------------------------------------------------

bool is_initializer_name(std::string_view name) { return name == "<init>" || name == "<clinit>"; }

// HotSpot's JNI method lookup: constructors only in the class itself; otherwise the class and
// its superclasses (java.lang.Object for interfaces too), then the superinterfaces.
Method* find_method(Class* klass, std::string_view name, std::string_view signature) {
  if (is_initializer_name(name)) return klass->is_array() ? nullptr : klass->find_declared_method(name, signature);
  for (Class* c = klass; c != nullptr; c = c->super) {
    if (Method* m = c->find_declared_method(name, signature)) return m;
  }
  if (klass->is_interface() || klass->is_array()) {
    Class* object = klass->super;
    while (object != nullptr && object->super != nullptr) object = object->super;
    if (object != nullptr) {
      if (Method* m = object->find_declared_method(name, signature)) return m;
    }
  }
  for (Class* interface : klass->all_interfaces) {
    Method* m = interface->find_declared_method(name, signature);
    if (m != nullptr && !m->is_static()) return m;
  }
  return nullptr;
}

jmethodID get_method_id(JNIEnv* env, jclass clazz, const char* name, const char* sig, bool is_static) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* klass = class_of_ref(thread, clazz);
  if (klass == nullptr || name == nullptr || sig == nullptr) return nullptr;
  std::string message = std::string(is_static ? "static " : "") + (klass->is_primitive() ? std::string(1, static_cast<char>(klass->element_type)) : (klass->is_array() ? klass->name : "L" + klass->name + ";")) + "." + name + sig;
  if (klass->is_primitive()) {
    throw_jni(thread, WellKnown::NoSuchMethodError, message);
    return nullptr;
  }
  // HotSpot initializes the class before handing out method IDs.
  if (!runtime::ensure_initialized(thread, klass)) return nullptr;
  Method* method = find_method(klass, name, sig);
  if (method == nullptr || method->is_static() != is_static) {
    throw_jni(thread, WellKnown::NoSuchMethodError, message);
    return nullptr;
  }
  const AccessConfig* closed = thread->isolate()->jni().closed_world();
  if (closed != nullptr && !closed->allows_method(method)) {
    throw_jni(thread, WellKnown::NoSuchMethodError, closed->method_not_registered(method, message));
    return nullptr;
  }
  return to_id(method);
}

jmethodID JNICALL GetMethodID(JNIEnv* env, jclass clazz, const char* name, const char* sig) {
  return get_method_id(env, clazz, name, sig, false);
}

jmethodID JNICALL GetStaticMethodID(JNIEnv* env, jclass clazz, const char* name, const char* sig) {
  return get_method_id(env, clazz, name, sig, true);
}

// Instance fields: the class, then its superclasses. Static fields: JVMS 5.4.3.2 order (the
// class, its superinterfaces, its superclass), counting only static ones.
Field* find_field(Class* klass, std::string_view name, std::string_view signature, bool is_static) {
  for (Class* c = klass; c != nullptr; c = c->super) {
    Field* f = c->find_declared_field(name, signature);
    if (f != nullptr && f->is_static() == is_static) return f;
    if (!is_static) continue;
    for (Class* interface : c->interfaces) {
      if (Field* g = find_field(interface, name, signature, true)) return g;
    }
  }
  return nullptr;
}

jfieldID get_field_id(JNIEnv* env, jclass clazz, const char* name, const char* sig, bool is_static) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* klass = class_of_ref(thread, clazz);
  if (klass == nullptr || name == nullptr || sig == nullptr) return nullptr;
  if (!runtime::ensure_initialized(thread, klass)) return nullptr;
  Field* field = klass->is_array() || klass->is_primitive() ? nullptr : find_field(klass, name, sig, is_static);
  if (field == nullptr) {
    // HotSpot's wording differs between the two lookups.
    throw_jni(thread, WellKnown::NoSuchFieldError,
              is_static ? std::string(name) : klass->external_name() + "." + name + " " + sig);
    return nullptr;
  }
  const AccessConfig* closed = thread->isolate()->jni().closed_world();
  if (closed != nullptr && !closed->allows_field(field)) {
    std::string holder = AccessConfig::java_name(field->holder);
    throw_jni(thread, WellKnown::NoSuchFieldError,
              closed->member_not_registered("fields", holder, name, holder + "." + name + " " + sig));
    return nullptr;
  }
  // An inherited static (an interface constant, say) lives in a class the lookup may not have
  // initialized; islet sets ConstantValue fields when it initializes, HotSpot when it links.
  if (is_static && !runtime::ensure_initialized(thread, field->holder)) return nullptr;
  return to_id(field);
}

jfieldID JNICALL GetFieldID(JNIEnv* env, jclass clazz, const char* name, const char* sig) {
  return get_field_id(env, clazz, name, sig, false);
}

jfieldID JNICALL GetStaticFieldID(JNIEnv* env, jclass clazz, const char* name, const char* sig) {
  return get_field_id(env, clazz, name, sig, true);
}

// --- Arguments -------------------------------------------------------------------------------

// Java arguments of a call from C: variadic (promoted to int/double) or a jvalue array.
struct VariadicArguments {
  va_list* list;
  Slot next(char type) {
    switch (type) {
      case 'Z': return Slot::of_int(static_cast<jboolean>(va_arg(*list, jint)) != 0);
      case 'B': return Slot::of_int(static_cast<jbyte>(va_arg(*list, jint)));
      case 'C': return Slot::of_int(static_cast<jchar>(va_arg(*list, jint)));
      case 'S': return Slot::of_int(static_cast<jshort>(va_arg(*list, jint)));
      case 'I': return Slot::of_int(va_arg(*list, jint));
      case 'J': return Slot::of_long(va_arg(*list, jlong));
      case 'F': return Slot::of_float(static_cast<jfloat>(va_arg(*list, jdouble)));
      case 'D': return Slot::of_double(va_arg(*list, jdouble));
      default: return Slot::of_ref(resolve(va_arg(*list, jobject)));
    }
  }
};

struct ArrayArguments {
  const jvalue* values;
  Slot next(char type) {
    const jvalue& v = *values++;
    switch (type) {
      case 'Z': return Slot::of_int(v.z != 0);
      case 'B': return Slot::of_int(v.b);
      case 'C': return Slot::of_int(v.c);
      case 'S': return Slot::of_int(v.s);
      case 'I': return Slot::of_int(v.i);
      case 'J': return Slot::of_long(v.j);
      case 'F': return Slot::of_float(v.f);
      case 'D': return Slot::of_double(v.d);
      default: return Slot::of_ref(resolve(v.l));
    }
  }
};

enum class CallKind { Virtual, Nonvirtual, Static };

// Converts the arguments by the method's descriptor and calls it. With no receiver for an
// instance call, NullPointerException.
template <typename Arguments>
Slot invoke(VMThread* thread, CallKind kind, jobject receiver, jmethodID id, Arguments arguments) {
  Method* method = from_id(id);
  if (method == nullptr) return Slot::zero();
  Slot args[classfile::kMaxArgumentSlots + 1];
  size_t count = 0;
  if (kind != CallKind::Static) {
    Object* self = resolve(receiver);
    if (self == nullptr) {
      runtime::throw_new_no_message(thread, WellKnown::NullPointerException);
      return Slot::zero();
    }
    args[count++] = Slot::of_ref(self);
  }
  for (const char* d = method->descriptor.c_str() + 1; *d != ')';) {
    char type = *d;
    args[count++] = arguments.next(type);
    if (type == 'J' || type == 'D') args[count++] = Slot::zero();
    while (*d == '[') ++d;
    if (*d == 'L') {
      while (*d != ';') ++d;
    }
    ++d;
  }
  bool dispatch = kind == CallKind::Virtual && !method->is_private() && !method->is_initializer();
  return call_java(thread, method, std::span<const Slot>(args, count), dispatch);
}

template <typename T>
T from_slot(VMThread* thread, Slot value) {
  if constexpr (std::is_same_v<T, jobject>) return local_ref(thread, value.l);
  else if constexpr (std::is_same_v<T, jboolean>) return static_cast<jboolean>(value.i != 0);
  else if constexpr (std::is_same_v<T, jlong>) return value.j;
  else if constexpr (std::is_same_v<T, jfloat>) return value.f;
  else if constexpr (std::is_same_v<T, jdouble>) return value.d;
  else return static_cast<T>(value.i);
}

template <typename T, CallKind kind>
T call_v(JNIEnv* env, jobject receiver, jmethodID id, va_list args) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  va_list copy;
  va_copy(copy, args);
  Slot result = invoke(thread, kind, receiver, id, VariadicArguments{&copy});
  va_end(copy);
  if constexpr (!std::is_void_v<T>) return from_slot<T>(thread, result);
}

template <typename T, CallKind kind>
T call_a(JNIEnv* env, jobject receiver, jmethodID id, const jvalue* args) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Slot result = invoke(thread, kind, receiver, id, ArrayArguments{args});
  if constexpr (!std::is_void_v<T>) return from_slot<T>(thread, result);
}

// The three forms for each result type and call kind. The variadic form hands its va_list on;
// BODY is RETURNING_BODY, or VOID_BODY for void methods.
#define RETURNING_BODY(jtype, kind, receiver)                          \
  va_list args;                                                        \
  va_start(args, id);                                                  \
  jtype result = call_v<jtype, kind>(env, receiver, id, args);         \
  va_end(args);                                                        \
  return result;
#define VOID_BODY(jtype, kind, receiver)                               \
  va_list args;                                                        \
  va_start(args, id);                                                  \
  call_v<jtype, kind>(env, receiver, id, args);                        \
  va_end(args);

#define DEFINE_CALLS(Type, jtype, BODY)                                                              \
  jtype JNICALL Call##Type##Method(JNIEnv* env, jobject obj, jmethodID id, ...) {                    \
    BODY(jtype, CallKind::Virtual, obj)                                                              \
  }                                                                                                  \
  jtype JNICALL Call##Type##MethodV(JNIEnv* env, jobject obj, jmethodID id, va_list args) {          \
    return call_v<jtype, CallKind::Virtual>(env, obj, id, args);                                     \
  }                                                                                                  \
  jtype JNICALL Call##Type##MethodA(JNIEnv* env, jobject obj, jmethodID id, const jvalue* args) {    \
    return call_a<jtype, CallKind::Virtual>(env, obj, id, args);                                     \
  }                                                                                                  \
  jtype JNICALL CallNonvirtual##Type##Method(JNIEnv* env, jobject obj, jclass, jmethodID id, ...) {  \
    BODY(jtype, CallKind::Nonvirtual, obj)                                                           \
  }                                                                                                  \
  jtype JNICALL CallNonvirtual##Type##MethodV(JNIEnv* env, jobject obj, jclass, jmethodID id,        \
                                              va_list args) {                                        \
    return call_v<jtype, CallKind::Nonvirtual>(env, obj, id, args);                                  \
  }                                                                                                  \
  jtype JNICALL CallNonvirtual##Type##MethodA(JNIEnv* env, jobject obj, jclass, jmethodID id,        \
                                              const jvalue* args) {                                  \
    return call_a<jtype, CallKind::Nonvirtual>(env, obj, id, args);                                  \
  }                                                                                                  \
  jtype JNICALL CallStatic##Type##Method(JNIEnv* env, jclass, jmethodID id, ...) {                   \
    BODY(jtype, CallKind::Static, nullptr)                                                           \
  }                                                                                                  \
  jtype JNICALL CallStatic##Type##MethodV(JNIEnv* env, jclass, jmethodID id, va_list args) {         \
    return call_v<jtype, CallKind::Static>(env, nullptr, id, args);                                  \
  }                                                                                                  \
  jtype JNICALL CallStatic##Type##MethodA(JNIEnv* env, jclass, jmethodID id, const jvalue* args) {   \
    return call_a<jtype, CallKind::Static>(env, nullptr, id, args);                                  \
  }

DEFINE_CALLS(Object, jobject, RETURNING_BODY)
DEFINE_CALLS(Boolean, jboolean, RETURNING_BODY)
DEFINE_CALLS(Byte, jbyte, RETURNING_BODY)
DEFINE_CALLS(Char, jchar, RETURNING_BODY)
DEFINE_CALLS(Short, jshort, RETURNING_BODY)
DEFINE_CALLS(Int, jint, RETURNING_BODY)
DEFINE_CALLS(Long, jlong, RETURNING_BODY)
DEFINE_CALLS(Float, jfloat, RETURNING_BODY)
DEFINE_CALLS(Double, jdouble, RETURNING_BODY)
DEFINE_CALLS(Void, void, VOID_BODY)
#undef RETURNING_BODY
#undef VOID_BODY
#undef DEFINE_CALLS

// --- NewObject -------------------------------------------------------------------------------

// Allocates an instance of `clazz` (initialized, instantiable) for a constructor call.
Object* allocate_for_constructor(VMThread* thread, jclass clazz) {
  Class* klass = class_of_ref(thread, clazz);
  if (klass == nullptr) return nullptr;
  if (klass->is_abstract() || klass->is_interface() || klass->is_array() || klass->is_primitive()) {
    throw_jni(thread, "java/lang/InstantiationException", klass->external_name());
    return nullptr;
  }
  if (!runtime::ensure_initialized(thread, klass)) return nullptr;
  return runtime::new_instance(thread, klass);
}

template <typename Arguments>
jobject construct(JNIEnv* env, jclass clazz, jmethodID id, Arguments arguments) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* object = allocate_for_constructor(thread, clazz);
  if (object == nullptr) return nullptr;
  jobject handle = local_ref(thread, object);
  invoke(thread, CallKind::Nonvirtual, handle, id, arguments);
  if (thread->has_pending_exception()) {
    thread->jni().locals.destroy(reinterpret_cast<Object**>(handle));
    return nullptr;
  }
  return handle;
}

jobject JNICALL NewObjectV(JNIEnv* env, jclass clazz, jmethodID id, va_list args) {
  va_list copy;
  va_copy(copy, args);
  jobject result = construct(env, clazz, id, VariadicArguments{&copy});
  va_end(copy);
  return result;
}

jobject JNICALL NewObject(JNIEnv* env, jclass clazz, jmethodID id, ...) {
  va_list args;
  va_start(args, id);
  jobject result = construct(env, clazz, id, VariadicArguments{&args});
  va_end(args);
  return result;
}

jobject JNICALL NewObjectA(JNIEnv* env, jclass clazz, jmethodID id, const jvalue* args) {
  return construct(env, clazz, id, ArrayArguments{args});
}

// --- Fields ----------------------------------------------------------------------------------

// A field of a type, as JNI stores it: instance fields have their natural width; static cells
// hold narrow types widened to int (see interp's putstatic).
template <typename T>
T load(const void* address, bool is_volatile) {
  return std::atomic_ref<T>(*static_cast<T*>(const_cast<void*>(address)))
      .load(is_volatile ? std::memory_order_seq_cst : std::memory_order_relaxed);
}

template <typename T>
void store(void* address, T value, bool is_volatile) {
  std::atomic_ref<T>(*static_cast<T*>(address))
      .store(value, is_volatile ? std::memory_order_seq_cst : std::memory_order_relaxed);
}

// The C type a JNI value of T is stored as in an instance field, and in a static cell.
template <typename T>
using StaticCell = std::conditional_t<(sizeof(T) < 4), int32_t, T>;

template <typename T>
T normalize(T value) {
  if constexpr (std::is_same_v<T, jboolean>) return static_cast<jboolean>(value & 1);
  else return value;
}

template <typename T>
T get_field(JNIEnv* env, jobject obj, jfieldID id) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* object = resolve(obj);
  Field* field = from_id(id);
  if (object == nullptr || field == nullptr) return T{};
  if constexpr (std::is_same_v<T, jobject>) {
    return local_ref(thread, load<Object*>(&object->field_at<char>(field->offset), field->is_volatile()));
  } else {
    return load<T>(&object->field_at<char>(field->offset), field->is_volatile());
  }
}

template <typename T>
void set_field(JNIEnv* env, jobject obj, jfieldID id, T value) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* object = resolve(obj);
  Field* field = from_id(id);
  if (object == nullptr || field == nullptr) return;
  if constexpr (std::is_same_v<T, jobject>) {
    store<Object*>(&object->field_at<char>(field->offset), resolve(value), field->is_volatile());
  } else {
    store<T>(&object->field_at<char>(field->offset), normalize(value), field->is_volatile());
  }
}

void* static_cell(Field* field) { return &field->holder->statics[field->offset / sizeof(Slot)]; }

template <typename T>
T get_static_field(JNIEnv* env, jclass, jfieldID id) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Field* field = from_id(id);
  if (field == nullptr) return T{};
  if constexpr (std::is_same_v<T, jobject>) {
    return local_ref(thread, load<Object*>(static_cell(field), field->is_volatile()));
  } else {
    return static_cast<T>(load<StaticCell<T>>(static_cell(field), field->is_volatile()));
  }
}

template <typename T>
void set_static_field(JNIEnv* env, jclass, jfieldID id, T value) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Field* field = from_id(id);
  if (field == nullptr) return;
  if constexpr (std::is_same_v<T, jobject>) {
    store<Object*>(static_cell(field), resolve(value), field->is_volatile());
  } else {
    store<StaticCell<T>>(static_cell(field), static_cast<StaticCell<T>>(normalize(value)), field->is_volatile());
  }
}

}  // namespace

void fill_call_functions(JNINativeInterface_& t) {
  t.GetMethodID = GetMethodID;
  t.GetStaticMethodID = GetStaticMethodID;
  t.NewObject = NewObject;
  t.NewObjectV = NewObjectV;
  t.NewObjectA = NewObjectA;
#define FILL_CALLS(Type)                                     \
  t.Call##Type##Method = Call##Type##Method;                 \
  t.Call##Type##MethodV = Call##Type##MethodV;               \
  t.Call##Type##MethodA = Call##Type##MethodA;               \
  t.CallNonvirtual##Type##Method = CallNonvirtual##Type##Method;   \
  t.CallNonvirtual##Type##MethodV = CallNonvirtual##Type##MethodV; \
  t.CallNonvirtual##Type##MethodA = CallNonvirtual##Type##MethodA; \
  t.CallStatic##Type##Method = CallStatic##Type##Method;     \
  t.CallStatic##Type##MethodV = CallStatic##Type##MethodV;   \
  t.CallStatic##Type##MethodA = CallStatic##Type##MethodA;
  FILL_CALLS(Object)
  FILL_CALLS(Boolean)
  FILL_CALLS(Byte)
  FILL_CALLS(Char)
  FILL_CALLS(Short)
  FILL_CALLS(Int)
  FILL_CALLS(Long)
  FILL_CALLS(Float)
  FILL_CALLS(Double)
  FILL_CALLS(Void)
#undef FILL_CALLS
}

void fill_field_functions(JNINativeInterface_& t) {
  t.GetFieldID = GetFieldID;
  t.GetStaticFieldID = GetStaticFieldID;
#define FILL_FIELDS(Type, jtype)                                  \
  t.Get##Type##Field = get_field<jtype>;                          \
  t.Set##Type##Field = set_field<jtype>;                          \
  t.GetStatic##Type##Field = get_static_field<jtype>;             \
  t.SetStatic##Type##Field = set_static_field<jtype>;
  FILL_FIELDS(Object, jobject)
  FILL_FIELDS(Boolean, jboolean)
  FILL_FIELDS(Byte, jbyte)
  FILL_FIELDS(Char, jchar)
  FILL_FIELDS(Short, jshort)
  FILL_FIELDS(Int, jint)
  FILL_FIELDS(Long, jlong)
  FILL_FIELDS(Float, jfloat)
  FILL_FIELDS(Double, jdouble)
#undef FILL_FIELDS
}

}  // namespace islet::jni
