// -Xcheck:jni: a second JNI function table. Each slot checks its call the way HotSpot's checked
// JNI does (the calling thread, a pending or unchecked exception, handles, classes, method and
// field IDs, array and string buffers, critical regions), reports misuse with HotSpot's
// messages ("FATAL ERROR in native method: ..." then abort through the isolate's abort hook, or
// "WARNING in native method: ..." and go on), and then calls the plain table's function.
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>
#include <type_traits>

#include "jni/function_support.hpp"

namespace islet::jni {

namespace {

using classfile::BasicType;
using runtime::ArrayObject;
using runtime::Field;

const JNINativeInterface_& plain() { return *native_interface(); }

// Every slot of the table that is not variadic, in table order.
#define ISLET_JNI_PLAIN_SLOTS(X) \
  X(GetVersion) X(DefineClass) X(FindClass) X(FromReflectedMethod) X(FromReflectedField) \
  X(ToReflectedMethod) X(GetSuperclass) X(IsAssignableFrom) X(ToReflectedField) X(Throw) \
  X(ThrowNew) X(ExceptionOccurred) X(ExceptionDescribe) X(ExceptionClear) X(FatalError) \
  X(PushLocalFrame) X(PopLocalFrame) X(NewGlobalRef) X(DeleteGlobalRef) X(DeleteLocalRef) \
  X(IsSameObject) X(NewLocalRef) X(EnsureLocalCapacity) X(AllocObject) X(NewObjectV) X(NewObjectA) \
  X(GetObjectClass) X(IsInstanceOf) X(GetMethodID) X(CallObjectMethodV) X(CallObjectMethodA) \
  X(CallBooleanMethodV) X(CallBooleanMethodA) X(CallByteMethodV) X(CallByteMethodA) \
  X(CallCharMethodV) X(CallCharMethodA) X(CallShortMethodV) X(CallShortMethodA) X(CallIntMethodV) \
  X(CallIntMethodA) X(CallLongMethodV) X(CallLongMethodA) X(CallFloatMethodV) X(CallFloatMethodA) \
  X(CallDoubleMethodV) X(CallDoubleMethodA) X(CallVoidMethodV) X(CallVoidMethodA) \
  X(CallNonvirtualObjectMethodV) X(CallNonvirtualObjectMethodA) X(CallNonvirtualBooleanMethodV) \
  X(CallNonvirtualBooleanMethodA) X(CallNonvirtualByteMethodV) X(CallNonvirtualByteMethodA) \
  X(CallNonvirtualCharMethodV) X(CallNonvirtualCharMethodA) X(CallNonvirtualShortMethodV) \
  X(CallNonvirtualShortMethodA) X(CallNonvirtualIntMethodV) X(CallNonvirtualIntMethodA) \
  X(CallNonvirtualLongMethodV) X(CallNonvirtualLongMethodA) X(CallNonvirtualFloatMethodV) \
  X(CallNonvirtualFloatMethodA) X(CallNonvirtualDoubleMethodV) X(CallNonvirtualDoubleMethodA) \
  X(CallNonvirtualVoidMethodV) X(CallNonvirtualVoidMethodA) X(GetFieldID) X(GetObjectField) \
  X(GetBooleanField) X(GetByteField) X(GetCharField) X(GetShortField) X(GetIntField) \
  X(GetLongField) X(GetFloatField) X(GetDoubleField) X(SetObjectField) X(SetBooleanField) \
  X(SetByteField) X(SetCharField) X(SetShortField) X(SetIntField) X(SetLongField) X(SetFloatField) \
  X(SetDoubleField) X(GetStaticMethodID) X(CallStaticObjectMethodV) X(CallStaticObjectMethodA) \
  X(CallStaticBooleanMethodV) X(CallStaticBooleanMethodA) X(CallStaticByteMethodV) \
  X(CallStaticByteMethodA) X(CallStaticCharMethodV) X(CallStaticCharMethodA) \
  X(CallStaticShortMethodV) X(CallStaticShortMethodA) X(CallStaticIntMethodV) \
  X(CallStaticIntMethodA) X(CallStaticLongMethodV) X(CallStaticLongMethodA) \
  X(CallStaticFloatMethodV) X(CallStaticFloatMethodA) X(CallStaticDoubleMethodV) \
  X(CallStaticDoubleMethodA) X(CallStaticVoidMethodV) X(CallStaticVoidMethodA) X(GetStaticFieldID) \
  X(GetStaticObjectField) X(GetStaticBooleanField) X(GetStaticByteField) X(GetStaticCharField) \
  X(GetStaticShortField) X(GetStaticIntField) X(GetStaticLongField) X(GetStaticFloatField) \
  X(GetStaticDoubleField) X(SetStaticObjectField) X(SetStaticBooleanField) X(SetStaticByteField) \
  X(SetStaticCharField) X(SetStaticShortField) X(SetStaticIntField) X(SetStaticLongField) \
  X(SetStaticFloatField) X(SetStaticDoubleField) X(NewString) X(GetStringLength) X(GetStringChars) \
  X(ReleaseStringChars) X(NewStringUTF) X(GetStringUTFLength) X(GetStringUTFChars) \
  X(ReleaseStringUTFChars) X(GetArrayLength) X(NewObjectArray) X(GetObjectArrayElement) \
  X(SetObjectArrayElement) X(NewBooleanArray) X(NewByteArray) X(NewCharArray) X(NewShortArray) \
  X(NewIntArray) X(NewLongArray) X(NewFloatArray) X(NewDoubleArray) X(GetBooleanArrayElements) \
  X(GetByteArrayElements) X(GetCharArrayElements) X(GetShortArrayElements) X(GetIntArrayElements) \
  X(GetLongArrayElements) X(GetFloatArrayElements) X(GetDoubleArrayElements) \
  X(ReleaseBooleanArrayElements) X(ReleaseByteArrayElements) X(ReleaseCharArrayElements) \
  X(ReleaseShortArrayElements) X(ReleaseIntArrayElements) X(ReleaseLongArrayElements) \
  X(ReleaseFloatArrayElements) X(ReleaseDoubleArrayElements) X(GetBooleanArrayRegion) \
  X(GetByteArrayRegion) X(GetCharArrayRegion) X(GetShortArrayRegion) X(GetIntArrayRegion) \
  X(GetLongArrayRegion) X(GetFloatArrayRegion) X(GetDoubleArrayRegion) X(SetBooleanArrayRegion) \
  X(SetByteArrayRegion) X(SetCharArrayRegion) X(SetShortArrayRegion) X(SetIntArrayRegion) \
  X(SetLongArrayRegion) X(SetFloatArrayRegion) X(SetDoubleArrayRegion) X(RegisterNatives) \
  X(UnregisterNatives) X(MonitorEnter) X(MonitorExit) X(GetJavaVM) X(GetStringRegion) \
  X(GetStringUTFRegion) X(GetPrimitiveArrayCritical) X(ReleasePrimitiveArrayCritical) \
  X(GetStringCritical) X(ReleaseStringCritical) X(NewWeakGlobalRef) X(DeleteWeakGlobalRef) \
  X(ExceptionCheck) X(NewDirectByteBuffer) X(GetDirectBufferAddress) X(GetDirectBufferCapacity) \
  X(GetObjectRefType) X(GetModule) X(IsVirtualThread)
// The variadic ones (Call...Method, CallNonvirtual...Method, CallStatic...Method, NewObject).
#define ISLET_JNI_VARIADIC_SLOTS(X) \
  X(NewObject) X(CallObjectMethod) X(CallBooleanMethod) X(CallByteMethod) X(CallCharMethod) \
  X(CallShortMethod) X(CallIntMethod) X(CallLongMethod) X(CallFloatMethod) X(CallDoubleMethod) \
  X(CallVoidMethod) X(CallNonvirtualObjectMethod) X(CallNonvirtualBooleanMethod) \
  X(CallNonvirtualByteMethod) X(CallNonvirtualCharMethod) X(CallNonvirtualShortMethod) \
  X(CallNonvirtualIntMethod) X(CallNonvirtualLongMethod) X(CallNonvirtualFloatMethod) \
  X(CallNonvirtualDoubleMethod) X(CallNonvirtualVoidMethod) X(CallStaticObjectMethod) \
  X(CallStaticBooleanMethod) X(CallStaticByteMethod) X(CallStaticCharMethod) \
  X(CallStaticShortMethod) X(CallStaticIntMethod) X(CallStaticLongMethod) X(CallStaticFloatMethod) \
  X(CallStaticDoubleMethod) X(CallStaticVoidMethod)

constexpr size_t kSlots = sizeof(JNINativeInterface_) / sizeof(void*);

template <typename Function>
Function plain_slot(size_t index) {
  return reinterpret_cast<Function>(reinterpret_cast<void* const*>(&plain())[index]);
}

// --- What each function allows ---------------------------------------------------------------

struct SlotRules {
  const char* name = "";
  bool exception_allowed = false;  // may be called with an exception pending (JNI spec list)
  bool critical_allowed = false;   // may be called inside a critical region
};

bool name_in(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

SlotRules rules_for(const char* name) {
  std::string_view n = name;
  SlotRules rules;
  rules.name = name;
  bool releases_elements = n.starts_with("Release") && n.ends_with("ArrayElements");
  rules.exception_allowed =
      releases_elements ||
      name_in(n, {"ExceptionOccurred", "ExceptionDescribe", "ExceptionClear", "ExceptionCheck", "ReleaseStringChars",
                  "ReleaseStringUTFChars", "ReleaseStringCritical", "ReleasePrimitiveArrayCritical", "DeleteLocalRef",
                  "DeleteGlobalRef", "DeleteWeakGlobalRef", "MonitorExit", "PushLocalFrame", "PopLocalFrame"});
  rules.critical_allowed = name_in(n, {"GetPrimitiveArrayCritical", "ReleasePrimitiveArrayCritical",
                                       "GetStringCritical", "ReleaseStringCritical"});
  return rules;
}

struct RulesTable {
  SlotRules slots[kSlots];
  RulesTable() {
#define ISLET_RULES(name) slots[offsetof(JNINativeInterface_, name) / sizeof(void*)] = rules_for(#name);
    ISLET_JNI_PLAIN_SLOTS(ISLET_RULES)
    ISLET_JNI_VARIADIC_SLOTS(ISLET_RULES)
#undef ISLET_RULES
  }
};

const SlotRules& rules(size_t index) {
  static const RulesTable table;
  return table.slots[index];
}

#define ISLET_SLOT(name) (offsetof(JNINativeInterface_, name) / sizeof(void*))

// --- Checks every function makes on entry ----------------------------------------------------

// The calling thread must own `env`; a pending exception, an exception check owed since a call
// into Java, and a call inside a critical region are reported as HotSpot reports them.
VMThread* enter(JNIEnv* env, size_t slot) {
  VMThread* thread = thread_of(env);
  // The calling OS thread's VMThread in the env's isolate (it may be attached to several).
  VMThread* current = VMThread::current(thread->isolate());
  if (current == nullptr) fatal_error(nullptr, "Using JNIEnv in non-Java thread");
  if (current != thread) fatal_error(current, "Using JNIEnv in the wrong thread");
  const SlotRules& r = rules(slot);
  ThreadState& state = thread->jni();
  if (state.critical_depth > 0 && !r.critical_allowed) {
    std::fflush(stdout);
    std::fputs("Warning: Calling other JNI functions in the scope of Get/ReleasePrimitiveArrayCritical or "
               "Get/ReleaseStringCritical\n", stdout);
    std::fflush(stdout);
  }
  if (r.exception_allowed) return thread;
  if (state.exception_check_owed_by != nullptr && slot != ISLET_SLOT(GetVersion)) {
    std::string owed = state.exception_check_owed_by;
    state.exception_check_owed_by = nullptr;
    warn(thread, "JNI call made without checking exceptions when required to from " + owed);
  }
  if (thread->has_pending_exception()) warn(thread, "JNI call made with exception pending");
  return thread;
}

// --- Handles and the objects behind them (inside the VM) ---------------------------------------

constexpr const char* kBadRef = "Bad global or local ref passed to JNI";

// A live local handle of this thread (in a frame that has not ended, not deleted), or a live
// global or weak global handle.
bool is_valid_handle(VMThread* thread, jobject ref) {
  if (thread->jni().locals.contains(ref)) return resolve(ref) != nullptr;
  IsolateState& state = thread->isolate()->jni();
  if (state.globals().contains(ref)) return state.globals().is_live(ref);
  if (state.weak_globals().contains(ref)) return state.weak_globals().is_live(ref);
  return false;
}

Object* checked_object(VMThread* thread, jobject ref) {
  if (!is_valid_handle(thread, ref)) fatal_error(thread, kBadRef);
  return resolve(ref);
}

Class* checked_class(VMThread* thread, jclass clazz) {
  if (clazz == nullptr || !is_valid_handle(thread, clazz)) fatal_error(thread, kBadRef);
  Object* mirror = resolve(clazz);
  if (mirror == nullptr || mirror->klass != thread->isolate()->well_known(WellKnown::Class)) {
    fatal_error(thread, "JNI received a class argument that is not a class");
  }
  return class_of_mirror(thread, mirror);
}

ArrayObject* checked_array(VMThread* thread, jobject ref) {
  Object* object = ref == nullptr ? nullptr : checked_object(thread, ref);
  if (object == nullptr || !object->klass->is_array()) fatal_error(thread, "Non-array passed to JNI array operations");
  return static_cast<ArrayObject*>(object);
}

bool is_primitive_array(const ArrayObject* array) {
  BasicType e = array->klass->element_type;
  return e != BasicType::Object && e != BasicType::Array;
}

void check_array_of(VMThread* thread, jobject ref, BasicType element) {
  ArrayObject* array = checked_array(thread, ref);
  if (element == BasicType::Object) {
    if (is_primitive_array(array)) fatal_error(thread, "Object array expected but not received for JNI array operation");
    return;
  }
  if (!is_primitive_array(array)) fatal_error(thread, "Primitive type array expected but not received for JNI array operation");
  if (array->klass->element_type != element) fatal_error(thread, "Array element type mismatch in JNI");
}

// Argument checks chosen by the argument's JNI type; everything else is not checked.
template <typename T>
void check_argument(VMThread*, T) {}
void check_argument(VMThread* thread, jobject ref) {
  if (ref != nullptr) checked_object(thread, ref);
}
void check_argument(VMThread* thread, jclass clazz) { checked_class(thread, clazz); }
void check_argument(VMThread* thread, jstring string) {
  Object* object = string == nullptr ? nullptr : checked_object(thread, string);
  if (object == nullptr || object->klass != thread->isolate()->well_known(WellKnown::String)) {
    fatal_error(thread, "JNI string operation received a non-string");
  }
}
void check_argument(VMThread* thread, jthrowable throwable) {
  Object* object = throwable == nullptr ? nullptr : checked_object(thread, throwable);
  if (object == nullptr || !object->klass->is_subclass_of(thread->isolate()->well_known(WellKnown::Throwable))) {
    fatal_error(thread, "JNI Throw or ThrowNew received a class argument that is not a Throwable or Throwable subclass");
  }
}
void check_argument(VMThread* thread, jarray array) { checked_array(thread, array); }
void check_argument(VMThread* thread, jobjectArray array) { check_array_of(thread, array, BasicType::Object); }
void check_argument(VMThread* thread, jbooleanArray array) { check_array_of(thread, array, BasicType::Boolean); }
void check_argument(VMThread* thread, jbyteArray array) { check_array_of(thread, array, BasicType::Byte); }
void check_argument(VMThread* thread, jcharArray array) { check_array_of(thread, array, BasicType::Char); }
void check_argument(VMThread* thread, jshortArray array) { check_array_of(thread, array, BasicType::Short); }
void check_argument(VMThread* thread, jintArray array) { check_array_of(thread, array, BasicType::Int); }
void check_argument(VMThread* thread, jlongArray array) { check_array_of(thread, array, BasicType::Long); }
void check_argument(VMThread* thread, jfloatArray array) { check_array_of(thread, array, BasicType::Float); }
void check_argument(VMThread* thread, jdoubleArray array) { check_array_of(thread, array, BasicType::Double); }

template <typename... A>
void check_arguments(VMThread* thread, A... args) {
  ThreadInVM in_vm(thread);
  (check_argument(thread, args), ...);
}

// --- The generic wrapper ---------------------------------------------------------------------

template <size_t Index, typename R, typename... A>
R JNICALL checked_function(JNIEnv* env, A... args) {
  VMThread* thread = enter(env, Index);
  check_arguments(thread, args...);
  return plain_slot<R(JNICALL*)(JNIEnv*, A...)>(Index)(env, args...);
}

template <size_t Index, typename R, typename... A>
constexpr auto generic_wrapper(R(JNICALL*)(JNIEnv*, A...)) {
  return &checked_function<Index, R, A...>;
}

// --- Calls into Java -------------------------------------------------------------------------

enum class CallKind { Virtual, Nonvirtual, Static };

constexpr const char* kWrongMethod = "Wrong object class or methodID passed to JNI call";

// The receiver or class, the method ID and its kind (HotSpot crashes on a static ID passed to an
// instance call or the reverse; islet reports it).
VMThread* begin_call(JNIEnv* env, size_t slot, CallKind kind, jobject target, jclass clazz, jmethodID id) {
  VMThread* thread = enter(env, slot);
  ThreadInVM in_vm(thread);
  Method* method = from_id(id);
  if (method == nullptr) fatal_error(thread, kWrongMethod);
  if (kind == CallKind::Static) {
    Class* klass = checked_class(thread, static_cast<jclass>(target));
    if (!method->is_static()) fatal_error(thread, "Non-static method ID passed to JNI");
    if (!klass->is_subclass_of(method->holder)) fatal_error(thread, kWrongMethod);
    return thread;
  }
  if (method->is_static()) fatal_error(thread, "Static method ID passed to JNI");
  if (kind == CallKind::Nonvirtual) checked_class(thread, clazz);
  Object* receiver = target == nullptr ? nullptr : checked_object(thread, target);
  if (receiver != nullptr && !receiver->klass->is_subclass_of(method->holder)) fatal_error(thread, kWrongMethod);
  return thread;
}

// Runs the call; afterwards the native owes an exception check.
template <typename R, typename Call>
R owing_check(VMThread* thread, const char* name, Call&& call) {
  if constexpr (std::is_void_v<R>) {
    call();
    thread->jni().exception_check_owed_by = name;
  } else {
    R result = call();
    thread->jni().exception_check_owed_by = name;
    return result;
  }
}

struct VaListEnd {
  va_list* list;
  ~VaListEnd() { va_end(*list); }
};

#define ISLET_CHECKED_CALLS(Type, jtype)                                                                         \
  jtype JNICALL Call##Type##Method(JNIEnv* env, jobject obj, jmethodID id, ...) {                                \
    va_list args;                                                                                                \
    va_start(args, id);                                                                                          \
    VaListEnd end{&args};                                                                                        \
    VMThread* thread = begin_call(env, ISLET_SLOT(Call##Type##Method), CallKind::Virtual, obj, nullptr, id);     \
    return owing_check<jtype>(thread, "Call" #Type "Method",                                                     \
                              [&] { return plain().Call##Type##MethodV(env, obj, id, args); });                 \
  }                                                                                                              \
  jtype JNICALL Call##Type##MethodV(JNIEnv* env, jobject obj, jmethodID id, va_list args) {                      \
    VMThread* thread = begin_call(env, ISLET_SLOT(Call##Type##MethodV), CallKind::Virtual, obj, nullptr, id);    \
    return owing_check<jtype>(thread, "Call" #Type "MethodV",                                                    \
                              [&] { return plain().Call##Type##MethodV(env, obj, id, args); });                 \
  }                                                                                                              \
  jtype JNICALL Call##Type##MethodA(JNIEnv* env, jobject obj, jmethodID id, const jvalue* args) {                \
    VMThread* thread = begin_call(env, ISLET_SLOT(Call##Type##MethodA), CallKind::Virtual, obj, nullptr, id);    \
    return owing_check<jtype>(thread, "Call" #Type "MethodA",                                                    \
                              [&] { return plain().Call##Type##MethodA(env, obj, id, args); });                 \
  }                                                                                                              \
  jtype JNICALL CallNonvirtual##Type##Method(JNIEnv* env, jobject obj, jclass clazz, jmethodID id, ...) {        \
    va_list args;                                                                                                \
    va_start(args, id);                                                                                          \
    VaListEnd end{&args};                                                                                        \
    VMThread* thread = begin_call(env, ISLET_SLOT(CallNonvirtual##Type##Method), CallKind::Nonvirtual, obj,      \
                                  clazz, id);                                                                    \
    return owing_check<jtype>(thread, "CallNonvirtual" #Type "Method",                                           \
                              [&] { return plain().CallNonvirtual##Type##MethodV(env, obj, clazz, id, args); }); \
  }                                                                                                              \
  jtype JNICALL CallNonvirtual##Type##MethodV(JNIEnv* env, jobject obj, jclass clazz, jmethodID id,              \
                                              va_list args) {                                                    \
    VMThread* thread = begin_call(env, ISLET_SLOT(CallNonvirtual##Type##MethodV), CallKind::Nonvirtual, obj,     \
                                  clazz, id);                                                                    \
    return owing_check<jtype>(thread, "CallNonvirtual" #Type "MethodV",                                          \
                              [&] { return plain().CallNonvirtual##Type##MethodV(env, obj, clazz, id, args); }); \
  }                                                                                                              \
  jtype JNICALL CallNonvirtual##Type##MethodA(JNIEnv* env, jobject obj, jclass clazz, jmethodID id,              \
                                              const jvalue* args) {                                              \
    VMThread* thread = begin_call(env, ISLET_SLOT(CallNonvirtual##Type##MethodA), CallKind::Nonvirtual, obj,     \
                                  clazz, id);                                                                    \
    return owing_check<jtype>(thread, "CallNonvirtual" #Type "MethodA",                                          \
                              [&] { return plain().CallNonvirtual##Type##MethodA(env, obj, clazz, id, args); }); \
  }                                                                                                              \
  jtype JNICALL CallStatic##Type##Method(JNIEnv* env, jclass clazz, jmethodID id, ...) {                         \
    va_list args;                                                                                                \
    va_start(args, id);                                                                                          \
    VaListEnd end{&args};                                                                                        \
    VMThread* thread = begin_call(env, ISLET_SLOT(CallStatic##Type##Method), CallKind::Static, clazz, nullptr,   \
                                  id);                                                                           \
    return owing_check<jtype>(thread, "CallStatic" #Type "Method",                                               \
                              [&] { return plain().CallStatic##Type##MethodV(env, clazz, id, args); });         \
  }                                                                                                              \
  jtype JNICALL CallStatic##Type##MethodV(JNIEnv* env, jclass clazz, jmethodID id, va_list args) {               \
    VMThread* thread = begin_call(env, ISLET_SLOT(CallStatic##Type##MethodV), CallKind::Static, clazz, nullptr,  \
                                  id);                                                                           \
    return owing_check<jtype>(thread, "CallStatic" #Type "MethodV",                                              \
                              [&] { return plain().CallStatic##Type##MethodV(env, clazz, id, args); });         \
  }                                                                                                              \
  jtype JNICALL CallStatic##Type##MethodA(JNIEnv* env, jclass clazz, jmethodID id, const jvalue* args) {         \
    VMThread* thread = begin_call(env, ISLET_SLOT(CallStatic##Type##MethodA), CallKind::Static, clazz, nullptr,  \
                                  id);                                                                           \
    return owing_check<jtype>(thread, "CallStatic" #Type "MethodA",                                              \
                              [&] { return plain().CallStatic##Type##MethodA(env, clazz, id, args); });         \
  }

ISLET_CHECKED_CALLS(Object, jobject)
ISLET_CHECKED_CALLS(Boolean, jboolean)
ISLET_CHECKED_CALLS(Byte, jbyte)
ISLET_CHECKED_CALLS(Char, jchar)
ISLET_CHECKED_CALLS(Short, jshort)
ISLET_CHECKED_CALLS(Int, jint)
ISLET_CHECKED_CALLS(Long, jlong)
ISLET_CHECKED_CALLS(Float, jfloat)
ISLET_CHECKED_CALLS(Double, jdouble)
ISLET_CHECKED_CALLS(Void, void)
#undef ISLET_CHECKED_CALLS

// NewObject: a constructor of the class (an instance method ID; the class must declare it).
VMThread* begin_new_object(JNIEnv* env, size_t slot, jclass clazz, jmethodID id) {
  VMThread* thread = enter(env, slot);
  ThreadInVM in_vm(thread);
  Class* klass = checked_class(thread, clazz);
  Method* method = from_id(id);
  if (method == nullptr || method->is_static() || !klass->is_subclass_of(method->holder)) {
    fatal_error(thread, kWrongMethod);
  }
  return thread;
}

jobject JNICALL NewObject(JNIEnv* env, jclass clazz, jmethodID id, ...) {
  va_list args;
  va_start(args, id);
  VaListEnd end{&args};
  VMThread* thread = begin_new_object(env, ISLET_SLOT(NewObject), clazz, id);
  return owing_check<jobject>(thread, "NewObject", [&] { return plain().NewObjectV(env, clazz, id, args); });
}

jobject JNICALL NewObjectV(JNIEnv* env, jclass clazz, jmethodID id, va_list args) {
  VMThread* thread = begin_new_object(env, ISLET_SLOT(NewObjectV), clazz, id);
  return owing_check<jobject>(thread, "NewObjectV", [&] { return plain().NewObjectV(env, clazz, id, args); });
}

jobject JNICALL NewObjectA(JNIEnv* env, jclass clazz, jmethodID id, const jvalue* args) {
  VMThread* thread = begin_new_object(env, ISLET_SLOT(NewObjectA), clazz, id);
  return owing_check<jobject>(thread, "NewObjectA", [&] { return plain().NewObjectA(env, clazz, id, args); });
}

// --- Exceptions ------------------------------------------------------------------------------

template <size_t Index, typename R>
R JNICALL exception_query(JNIEnv* env) {
  enter(env, Index);
  thread_of(env)->jni().exception_check_owed_by = nullptr;
  return plain_slot<R(JNICALL*)(JNIEnv*)>(Index)(env);
}

jint JNICALL ThrowNew(JNIEnv* env, jclass clazz, const char* message) {
  VMThread* thread = enter(env, ISLET_SLOT(ThrowNew));
  {
    ThreadInVM in_vm(thread);
    Class* klass = checked_class(thread, clazz);
    if (!klass->is_subclass_of(thread->isolate()->well_known(WellKnown::Throwable))) {
      fatal_error(thread, "JNI Throw or ThrowNew received a class argument that is not a Throwable or Throwable subclass");
    }
  }
  return plain().ThrowNew(env, clazz, message);
}

jclass JNICALL FindClass(JNIEnv* env, const char* name) {
  VMThread* thread = enter(env, ISLET_SLOT(FindClass));
  std::string_view n = name == nullptr ? std::string_view() : std::string_view(name);
  if (n.size() > 2 && n.front() == 'L' && n.back() == ';') {
    warn(thread, "JNI FindClass received a bad class descriptor \"" + std::string(n) +
                     "\".  A correct class descriptor has no leading \"L\" or trailing \";\".  Incorrect "
                     "descriptors will not be accepted in future releases.");
  }
  return plain().FindClass(env, name);
}

// --- Fields ----------------------------------------------------------------------------------

bool field_type_matches(const Field* field, BasicType accessor) {
  if (accessor == BasicType::Object) return field->is_reference();
  return field->type == accessor;
}

void check_instance_field(JNIEnv* env, size_t slot, jobject obj, jfieldID id, BasicType accessor) {
  VMThread* thread = enter(env, slot);
  ThreadInVM in_vm(thread);
  Field* field = from_id(id);
  if (field == nullptr) fatal_error(thread, "Wrong field ID passed to JNI");
  if (field->is_static()) fatal_error(thread, "Static field ID passed to JNI");
  Object* object = obj == nullptr ? nullptr : checked_object(thread, obj);
  if (object == nullptr) fatal_error(thread, "Null object passed to JNI");
  // HotSpot reads past the object here; islet refuses.
  if (!object->klass->is_subclass_of(field->holder)) fatal_error(thread, "Wrong field ID passed to JNI");
  if (!field_type_matches(field, accessor)) fatal_error(thread, "Field type (instance) mismatch in JNI get/set field operations");
}

void check_static_field(JNIEnv* env, size_t slot, jclass clazz, jfieldID id, BasicType accessor) {
  VMThread* thread = enter(env, slot);
  ThreadInVM in_vm(thread);
  Class* klass = checked_class(thread, clazz);
  Field* field = from_id(id);
  if (field == nullptr) fatal_error(thread, "Wrong static field ID passed to JNI");
  if (!field->is_static()) fatal_error(thread, "Non-static field ID passed to JNI");
  if (!klass->is_subclass_of(field->holder)) fatal_error(thread, "Wrong static field ID passed to JNI");
  if (!field_type_matches(field, accessor)) fatal_error(thread, "Field type (static) mismatch in JNI get/set field operations");
}

#define ISLET_CHECKED_FIELDS(Type, jtype, basic)                                                   \
  jtype JNICALL Get##Type##Field(JNIEnv* env, jobject obj, jfieldID id) {                          \
    check_instance_field(env, ISLET_SLOT(Get##Type##Field), obj, id, basic);                       \
    return plain().Get##Type##Field(env, obj, id);                                                 \
  }                                                                                                \
  void JNICALL Set##Type##Field(JNIEnv* env, jobject obj, jfieldID id, jtype value) {              \
    check_instance_field(env, ISLET_SLOT(Set##Type##Field), obj, id, basic);                       \
    if constexpr (basic == BasicType::Object) check_arguments(thread_of(env), value);              \
    plain().Set##Type##Field(env, obj, id, value);                                                 \
  }                                                                                                \
  jtype JNICALL GetStatic##Type##Field(JNIEnv* env, jclass clazz, jfieldID id) {                   \
    check_static_field(env, ISLET_SLOT(GetStatic##Type##Field), clazz, id, basic);                 \
    return plain().GetStatic##Type##Field(env, clazz, id);                                         \
  }                                                                                                \
  void JNICALL SetStatic##Type##Field(JNIEnv* env, jclass clazz, jfieldID id, jtype value) {       \
    check_static_field(env, ISLET_SLOT(SetStatic##Type##Field), clazz, id, basic);                 \
    if constexpr (basic == BasicType::Object) check_arguments(thread_of(env), value);              \
    plain().SetStatic##Type##Field(env, clazz, id, value);                                         \
  }

ISLET_CHECKED_FIELDS(Object, jobject, BasicType::Object)
ISLET_CHECKED_FIELDS(Boolean, jboolean, BasicType::Boolean)
ISLET_CHECKED_FIELDS(Byte, jbyte, BasicType::Byte)
ISLET_CHECKED_FIELDS(Char, jchar, BasicType::Char)
ISLET_CHECKED_FIELDS(Short, jshort, BasicType::Short)
ISLET_CHECKED_FIELDS(Int, jint, BasicType::Int)
ISLET_CHECKED_FIELDS(Long, jlong, BasicType::Long)
ISLET_CHECKED_FIELDS(Float, jfloat, BasicType::Float)
ISLET_CHECKED_FIELDS(Double, jdouble, BasicType::Double)
#undef ISLET_CHECKED_FIELDS

// --- Array elements and string chars: what was handed out must come back --------------------

void remember_buffer(VMThread* thread, const void* buffer, const char* kind) {
  if (buffer == nullptr) return;
  CheckedBuffers& buffers = thread->isolate()->jni().checked_buffers();
  std::lock_guard<std::mutex> guard(buffers.mutex);
  buffers.live[buffer] = kind;
}

// True (and forgotten unless `keep`) if `buffer` is a live buffer of this kind.
bool take_buffer(VMThread* thread, const void* buffer, const char* kind, bool keep) {
  CheckedBuffers& buffers = thread->isolate()->jni().checked_buffers();
  std::lock_guard<std::mutex> guard(buffers.mutex);
  auto it = buffers.live.find(buffer);
  if (it == buffers.live.end() || std::strcmp(it->second, kind) != 0) return false;
  if (!keep) buffers.live.erase(it);
  return true;
}

uintptr_t address_of(const void* pointer) { return reinterpret_cast<uintptr_t>(pointer); }

void check_release_elements(VMThread* thread, const char* function, jarray array, const void* elements, jint mode,
                            const char* kind) {
  uintptr_t array_address = address_of(resolve(array));
  if (!take_buffer(thread, elements, kind, true)) {
    std::fflush(stdout);
    std::printf("%s: release array failed bounds check, incorrect pointer returned ? array: 0x%016jx carray: 0x%016jx\n",
                function, static_cast<uintmax_t>(array_address), static_cast<uintmax_t>(address_of(elements)));
    fatal_error(thread, std::string(function) + ": failed bounds check");
  }
  if (mode != 0 && mode != JNI_COMMIT && mode != JNI_ABORT) {
    std::fflush(stdout);
    std::printf("%s: Unrecognized mode %d releasing array 0x%016jx elements 0x%016jx\n", function,
                static_cast<int>(mode), static_cast<uintmax_t>(array_address), static_cast<uintmax_t>(address_of(elements)));
    fatal_error(thread, "Unrecognized array release mode");
  }
  if (mode != JNI_COMMIT) take_buffer(thread, elements, kind, false);
}

#define ISLET_CHECKED_ELEMENTS(Type, jtype)                                                                        \
  jtype* JNICALL Get##Type##ArrayElements(JNIEnv* env, jtype##Array array, jboolean* isCopy) {                    \
    VMThread* thread = enter(env, ISLET_SLOT(Get##Type##ArrayElements));                                         \
    check_arguments(thread, array);                                                                              \
    jtype* elements = plain().Get##Type##ArrayElements(env, array, isCopy);                                      \
    remember_buffer(thread, elements, #Type "ArrayElements");                                                    \
    return elements;                                                                                             \
  }                                                                                                              \
  void JNICALL Release##Type##ArrayElements(JNIEnv* env, jtype##Array array, jtype* elements, jint mode) {        \
    VMThread* thread = enter(env, ISLET_SLOT(Release##Type##ArrayElements));                                     \
    {                                                                                                            \
      ThreadInVM in_vm(thread);                                                                                  \
      check_argument(thread, array);                                                                             \
      check_release_elements(thread, "checked_jni_Release" #Type "ArrayElements", array, elements, mode,         \
                             #Type "ArrayElements");                                                             \
    }                                                                                                            \
    plain().Release##Type##ArrayElements(env, array, elements, mode);                                            \
  }

ISLET_CHECKED_ELEMENTS(Boolean, jboolean)
ISLET_CHECKED_ELEMENTS(Byte, jbyte)
ISLET_CHECKED_ELEMENTS(Char, jchar)
ISLET_CHECKED_ELEMENTS(Short, jshort)
ISLET_CHECKED_ELEMENTS(Int, jint)
ISLET_CHECKED_ELEMENTS(Long, jlong)
ISLET_CHECKED_ELEMENTS(Float, jfloat)
ISLET_CHECKED_ELEMENTS(Double, jdouble)
#undef ISLET_CHECKED_ELEMENTS

void check_release_chars(VMThread* thread, const char* function, jstring string, const void* chars) {
  if (take_buffer(thread, chars, function, false)) return;
  std::fflush(stdout);
  std::printf("%s: release chars failed bounds check. string: 0x%016jx chars: 0x%016jx\n", function,
              static_cast<uintmax_t>(address_of(resolve(string))), static_cast<uintmax_t>(address_of(chars)));
  fatal_error(thread, std::string(function) + ": release chars failed bounds check.");
}

const jchar* JNICALL GetStringChars(JNIEnv* env, jstring string, jboolean* isCopy) {
  VMThread* thread = enter(env, ISLET_SLOT(GetStringChars));
  check_arguments(thread, string);
  const jchar* chars = plain().GetStringChars(env, string, isCopy);
  remember_buffer(thread, chars, "ReleaseStringChars");
  return chars;
}

void JNICALL ReleaseStringChars(JNIEnv* env, jstring string, const jchar* chars) {
  VMThread* thread = enter(env, ISLET_SLOT(ReleaseStringChars));
  {
    ThreadInVM in_vm(thread);
    check_argument(thread, string);
    check_release_chars(thread, "ReleaseStringChars", string, chars);
  }
  plain().ReleaseStringChars(env, string, chars);
}

const char* JNICALL GetStringUTFChars(JNIEnv* env, jstring string, jboolean* isCopy) {
  VMThread* thread = enter(env, ISLET_SLOT(GetStringUTFChars));
  check_arguments(thread, string);
  const char* chars = plain().GetStringUTFChars(env, string, isCopy);
  remember_buffer(thread, chars, "ReleaseStringUTFChars");
  return chars;
}

void JNICALL ReleaseStringUTFChars(JNIEnv* env, jstring string, const char* chars) {
  VMThread* thread = enter(env, ISLET_SLOT(ReleaseStringUTFChars));
  {
    ThreadInVM in_vm(thread);
    check_argument(thread, string);
    check_release_chars(thread, "ReleaseStringUTFChars", string, chars);
  }
  plain().ReleaseStringUTFChars(env, string, chars);
}

// --- Critical regions ------------------------------------------------------------------------

void* JNICALL GetPrimitiveArrayCritical(JNIEnv* env, jarray array, jboolean* isCopy) {
  VMThread* thread = enter(env, ISLET_SLOT(GetPrimitiveArrayCritical));
  {
    ThreadInVM in_vm(thread);
    if (!is_primitive_array(checked_array(thread, array))) {
      fatal_error(thread, "Primitive type array expected but not received for JNI array operation");
    }
  }
  void* elements = plain().GetPrimitiveArrayCritical(env, array, isCopy);
  if (elements != nullptr) ++thread->jni().critical_depth;
  return elements;
}

void JNICALL ReleasePrimitiveArrayCritical(JNIEnv* env, jarray array, void* elements, jint mode) {
  VMThread* thread = enter(env, ISLET_SLOT(ReleasePrimitiveArrayCritical));
  check_arguments(thread, array);
  plain().ReleasePrimitiveArrayCritical(env, array, elements, mode);
  if (thread->jni().critical_depth > 0) --thread->jni().critical_depth;
}

const jchar* JNICALL GetStringCritical(JNIEnv* env, jstring string, jboolean* isCopy) {
  VMThread* thread = enter(env, ISLET_SLOT(GetStringCritical));
  check_arguments(thread, string);
  const jchar* chars = plain().GetStringCritical(env, string, isCopy);
  if (chars != nullptr) ++thread->jni().critical_depth;
  return chars;
}

void JNICALL ReleaseStringCritical(JNIEnv* env, jstring string, const jchar* chars) {
  VMThread* thread = enter(env, ISLET_SLOT(ReleaseStringCritical));
  check_arguments(thread, string);
  plain().ReleaseStringCritical(env, string, chars);
  if (thread->jni().critical_depth > 0) --thread->jni().critical_depth;
}

// GetObjectRefType exists to ask about a handle's validity: it is not validated.
jobjectRefType JNICALL GetObjectRefType(JNIEnv* env, jobject ref) {
  enter(env, ISLET_SLOT(GetObjectRefType));
  return plain().GetObjectRefType(env, ref);
}

JNINativeInterface_ build_checked_interface() {
  JNINativeInterface_ t = plain();
#define ISLET_GENERIC(name) t.name = generic_wrapper<ISLET_SLOT(name)>(plain().name);
  ISLET_JNI_PLAIN_SLOTS(ISLET_GENERIC)
#undef ISLET_GENERIC
#define ISLET_SPECIFIC(name) t.name = name;
#define ISLET_CALL_SLOTS(Type)                                                                      \
  ISLET_SPECIFIC(Call##Type##Method) ISLET_SPECIFIC(Call##Type##MethodV) ISLET_SPECIFIC(Call##Type##MethodA) \
  ISLET_SPECIFIC(CallNonvirtual##Type##Method) ISLET_SPECIFIC(CallNonvirtual##Type##MethodV)              \
  ISLET_SPECIFIC(CallNonvirtual##Type##MethodA) ISLET_SPECIFIC(CallStatic##Type##Method)                  \
  ISLET_SPECIFIC(CallStatic##Type##MethodV) ISLET_SPECIFIC(CallStatic##Type##MethodA)
#define ISLET_FIELD_SLOTS(Type)                                                                     \
  ISLET_SPECIFIC(Get##Type##Field) ISLET_SPECIFIC(Set##Type##Field) ISLET_SPECIFIC(GetStatic##Type##Field) \
  ISLET_SPECIFIC(SetStatic##Type##Field)
  ISLET_CALL_SLOTS(Object) ISLET_CALL_SLOTS(Boolean) ISLET_CALL_SLOTS(Byte) ISLET_CALL_SLOTS(Char)
  ISLET_CALL_SLOTS(Short) ISLET_CALL_SLOTS(Int) ISLET_CALL_SLOTS(Long) ISLET_CALL_SLOTS(Float)
  ISLET_CALL_SLOTS(Double) ISLET_CALL_SLOTS(Void)
  ISLET_FIELD_SLOTS(Object) ISLET_FIELD_SLOTS(Boolean) ISLET_FIELD_SLOTS(Byte) ISLET_FIELD_SLOTS(Char)
  ISLET_FIELD_SLOTS(Short) ISLET_FIELD_SLOTS(Int) ISLET_FIELD_SLOTS(Long) ISLET_FIELD_SLOTS(Float)
  ISLET_FIELD_SLOTS(Double)
#define ISLET_ELEMENT_SLOTS(Type) ISLET_SPECIFIC(Get##Type##ArrayElements) ISLET_SPECIFIC(Release##Type##ArrayElements)
  ISLET_ELEMENT_SLOTS(Boolean) ISLET_ELEMENT_SLOTS(Byte) ISLET_ELEMENT_SLOTS(Char) ISLET_ELEMENT_SLOTS(Short)
  ISLET_ELEMENT_SLOTS(Int) ISLET_ELEMENT_SLOTS(Long) ISLET_ELEMENT_SLOTS(Float) ISLET_ELEMENT_SLOTS(Double)
  ISLET_SPECIFIC(NewObject) ISLET_SPECIFIC(NewObjectV) ISLET_SPECIFIC(NewObjectA)
  ISLET_SPECIFIC(ThrowNew) ISLET_SPECIFIC(FindClass)
  ISLET_SPECIFIC(GetStringChars) ISLET_SPECIFIC(ReleaseStringChars)
  ISLET_SPECIFIC(GetStringUTFChars) ISLET_SPECIFIC(ReleaseStringUTFChars)
  ISLET_SPECIFIC(GetPrimitiveArrayCritical) ISLET_SPECIFIC(ReleasePrimitiveArrayCritical)
  ISLET_SPECIFIC(GetStringCritical) ISLET_SPECIFIC(ReleaseStringCritical)
  ISLET_SPECIFIC(GetObjectRefType)
#undef ISLET_ELEMENT_SLOTS
#undef ISLET_FIELD_SLOTS
#undef ISLET_CALL_SLOTS
#undef ISLET_SPECIFIC
  t.ExceptionCheck = exception_query<ISLET_SLOT(ExceptionCheck), jboolean>;
  t.ExceptionOccurred = exception_query<ISLET_SLOT(ExceptionOccurred), jthrowable>;
  t.ExceptionClear = exception_query<ISLET_SLOT(ExceptionClear), void>;
  return t;
}

}  // namespace

const JNINativeInterface_* checked_interface() {
  static const JNINativeInterface_ table = build_checked_interface();
  return &table;
}

}  // namespace islet::jni
