// JNI functions about classes, objects, references, exceptions and monitors: version,
// DefineClass/FindClass, reflection conversions, Throw*/Exception*, FatalError, local frames,
// global/weak/local references, AllocObject, GetObjectClass, IsInstanceOf, RegisterNatives,
// MonitorEnter/Exit, GetJavaVM, GetObjectRefType, GetModule, IsVirtualThread.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "classfile/descriptor.hpp"
#include "interp/frame.hpp"
#include "interp/interpreter.hpp"
#include "jni/access_config.hpp"
#include "jni/function_support.hpp"
#include "jni/native_link.hpp"
#include "runtime/allocation.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/monitor.hpp"
#include "runtime/resolver.hpp"
#include "runtime/strings.hpp"

namespace islet::jni {

using runtime::ClassLoaderData;
using runtime::Field;

Slot call_java(VMThread* thread, Method* method, std::span<const Slot> args, bool dispatch) {
  Object* earlier = thread->take_pending_exception();
  Slot result = dispatch ? interp::call_virtual(thread, method, args) : interp::call_method(thread, method, args);
  if (earlier != nullptr && !thread->has_pending_exception()) thread->set_pending_exception(earlier);
  return result;
}

void throw_jni(VMThread* thread, const char* class_name, std::string_view message) {
  Class* klass = runtime::load_class(thread, thread->isolate()->boot_loader(), class_name);
  if (klass != nullptr) runtime::throw_new(thread, klass, message);
}

void throw_jni_no_message(VMThread* thread, const char* class_name) {
  Class* klass = runtime::load_class(thread, thread->isolate()->boot_loader(), class_name);
  if (klass == nullptr) return;
  Object* exception = runtime::new_throwable(thread, klass, nullptr);
  if (exception != nullptr) thread->set_pending_exception(exception);
}

void print_java_stack(VMThread* thread, std::FILE* out) {
  const runtime::VMOptions& options = thread->isolate()->options();
  for (const interp::Frame* frame = thread->top_frame(); frame != nullptr; frame = frame->caller) {
    const Method* method = frame->method;
    std::string where;
    if (method->is_native()) {
      where = "Native Method";
    } else {
      const Class* holder = method->holder;
      where = holder->file != nullptr && !holder->file->source_file.empty() ? holder->file->source_file : "Unknown Source";
      int line = frame->pc != nullptr ? method->line_number_at(frame->bci()) : -1;
      if (line >= 0) where += ":" + std::to_string(line);
    }
    runtime::print_diagnostic(options, out, "\tat %s.%s(%s)\n", method->holder->external_name().c_str(),
                              method->name.c_str(), where.c_str());
  }
}

void abort_vm(Isolate* isolate) {
  std::fflush(stdout);
  std::fflush(stderr);
  if (isolate != nullptr && isolate->options().abort_hook != nullptr) isolate->options().abort_hook();
  std::abort();  // the hook must not return; if it does, the process ends all the same
}

// The VM's own report: through the embedder's vfprintf hook when the isolate has one.
void report(VMThread* thread, const char* kind, std::string_view message) {
  std::fflush(stdout);
  runtime::VMOptions no_isolate;
  const runtime::VMOptions& options = thread != nullptr ? thread->isolate()->options() : no_isolate;
  runtime::print_diagnostic(options, stdout, "%s in native method: %.*s\n", kind, static_cast<int>(message.size()),
                            message.data());
  if (thread != nullptr) print_java_stack(thread, stdout);
}

void fatal_error(VMThread* thread, std::string_view message) {
  // Like HotSpot: the report and the Java stack go to standard output.
  report(thread, "FATAL ERROR", message);
  abort_vm(thread != nullptr ? thread->isolate() : nullptr);
}

void warn(VMThread* thread, std::string_view message) {
  report(thread, "WARNING", message);
  std::fflush(stdout);
}

namespace {

constexpr jint kMaxLocalCapacity = 65536;  // HotSpot's MaxJNILocalCapacity

jobject mirror_ref(VMThread* thread, Class* klass) {
  return klass == nullptr ? nullptr : local_ref(thread, klass->mirror);
}

// --- Classes ---------------------------------------------------------------------------------

jint JNICALL GetVersion(JNIEnv* env) { return kCurrentVersion; }

// The loader FindClass uses: that of the class whose native method is running (the loading
// class's while JNI_OnLoad runs); the application loader when no Java code is on the stack.
ClassLoaderData& caller_loader(VMThread* thread) {
  const interp::Frame* top = thread->top_frame();
  const ThreadState& state = thread->jni();
  if (top == nullptr) return thread->isolate()->app_loader();
  if (state.library_loader != nullptr && top == state.library_frame) return *state.library_loader;
  return *top->method->holder->loader;
}

jclass JNICALL FindClass(JNIEnv* env, const char* name) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  if (name == nullptr) {
    throw_jni(thread, WellKnown::NoClassDefFoundError, "");
    return nullptr;
  }
  // Like HotSpot, a class named as a descriptor ("Ljava/lang/String;") is found too.
  std::string_view class_name = name;
  if (class_name.size() > 2 && class_name.front() == 'L' && class_name.back() == ';') {
    class_name = class_name.substr(1, class_name.size() - 2);
  }
  if (const AccessConfig* closed = thread->isolate()->jni().closed_world()) {
    std::string java_name = class_name.starts_with("[") ? classfile::external_type_name(class_name)
                                                         : classfile::external_class_name(class_name);
    if (!closed->allows_class_name(java_name)) {
      throw_jni(thread, WellKnown::NoClassDefFoundError, closed->class_not_registered(java_name));
      return nullptr;
    }
  }
  Class* klass = runtime::load_class(thread, caller_loader(thread), class_name);
  // HotSpot initializes the class it finds.
  if (klass == nullptr || !runtime::ensure_initialized(thread, klass)) return nullptr;
  return static_cast<jclass>(mirror_ref(thread, klass));
}

jclass JNICALL DefineClass(JNIEnv* env, const char* name, jobject loader, const jbyte* buf, jsize len) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  // NULL is the bootstrap loader; any other loader gets the class in its own table.
  Object* loader_object = resolve(loader);
  Isolate* isolate = thread->isolate();
  if (loader_object != nullptr && !loader_object->klass->is_subclass_of(isolate->well_known(WellKnown::ClassLoader))) {
    throw_jni(thread, WellKnown::IllegalArgumentException,
              "DefineClass: " + loader_object->klass->external_name() + " is not a java.lang.ClassLoader");
    return nullptr;
  }
  std::span<const uint8_t> bytes(reinterpret_cast<const uint8_t*>(buf), len < 0 || buf == nullptr ? 0 : static_cast<size_t>(len));
  Class* klass = runtime::define_class(thread, isolate->loader_data(thread, loader_object), bytes, name == nullptr ? "" : name);
  return static_cast<jclass>(mirror_ref(thread, klass));
}

jclass JNICALL GetSuperclass(JNIEnv* env, jclass sub) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* klass = class_of_ref(thread, sub);
  if (klass == nullptr || klass->is_interface() || klass->is_primitive()) return nullptr;
  return static_cast<jclass>(mirror_ref(thread, klass->super));
}

jboolean JNICALL IsAssignableFrom(JNIEnv* env, jclass sub, jclass sup) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* from = class_of_ref(thread, sub);
  Class* to = class_of_ref(thread, sup);
  return from != nullptr && to != nullptr && from->is_subclass_of(to) ? JNI_TRUE : JNI_FALSE;
}

// --- Reflection --------------------------------------------------------------------------------

// java.lang.reflect members name their declaring class and slot (see classlib/README.md).
struct MemberSlot {
  Class* declaring;
  int32_t slot;
};

MemberSlot member_slot(VMThread* thread, Object* member, const char* holder_name) {
  Class* holder = runtime::load_class(thread, thread->isolate()->boot_loader(), holder_name);
  Field* clazz = holder ? holder->find_declared_field("clazz", "Ljava/lang/Class;") : nullptr;
  Field* slot = holder ? holder->find_declared_field("slot", "I") : nullptr;
  if (clazz == nullptr || slot == nullptr || member == nullptr) return {nullptr, -1};
  Object* mirror = member->field_at<Object*>(clazz->offset);
  return {class_of_mirror(thread, mirror), member->field_at<int32_t>(slot->offset)};
}

jmethodID JNICALL FromReflectedMethod(JNIEnv* env, jobject method) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  MemberSlot m = member_slot(thread, resolve(method), "java/lang/reflect/Executable");
  if (m.declaring == nullptr || m.slot < 0 || static_cast<size_t>(m.slot) >= m.declaring->methods.size()) return nullptr;
  return to_id(&m.declaring->methods[static_cast<size_t>(m.slot)]);
}

jfieldID JNICALL FromReflectedField(JNIEnv* env, jobject field) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  MemberSlot f = member_slot(thread, resolve(field), "java/lang/reflect/Field");
  if (f.declaring == nullptr || f.slot < 0 || static_cast<size_t>(f.slot) >= f.declaring->fields.size()) return nullptr;
  return to_id(&f.declaring->fields[static_cast<size_t>(f.slot)]);
}

// Reflection.factory().<factory_method>(declaring, slot): the Field/Method/Constructor object.
jobject new_reflection_object(VMThread* thread, Class* declaring, int32_t slot, const char* factory_method,
                              const char* descriptor) {
  Class* reflection = runtime::load_class(thread, thread->isolate()->boot_loader(), "jdk/internal/reflect/Reflection");
  if (reflection == nullptr || !runtime::ensure_initialized(thread, reflection)) return nullptr;
  Method* get_factory = reflection->find_declared_method("factory", "()Ljdk/internal/reflect/Reflection$Factory;");
  Class* factory_class = runtime::load_class(thread, thread->isolate()->boot_loader(), "jdk/internal/reflect/Reflection$Factory");
  Method* create = factory_class ? factory_class->find_declared_method(factory_method, descriptor) : nullptr;
  if (get_factory == nullptr || create == nullptr) return nullptr;
  Object* factory = call_java(thread, get_factory, {}, false).l;
  if (thread->has_pending_exception() || factory == nullptr) return nullptr;
  Slot args[] = {Slot::of_ref(factory), Slot::of_ref(declaring->mirror), Slot::of_int(slot)};
  Object* member = call_java(thread, create, args, true).l;
  return thread->has_pending_exception() ? nullptr : local_ref(thread, member);
}

jobject JNICALL ToReflectedMethod(JNIEnv* env, jclass cls, jmethodID methodID, jboolean isStatic) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Method* method = from_id(methodID);
  if (method == nullptr) return nullptr;
  auto slot = static_cast<int32_t>(method - method->holder->methods.data());
  if (method->is_initializer()) {
    return new_reflection_object(thread, method->holder, slot, "newConstructor",
                                 "(Ljava/lang/Class;I)Ljava/lang/reflect/Constructor;");
  }
  return new_reflection_object(thread, method->holder, slot, "newMethod",
                               "(Ljava/lang/Class;I)Ljava/lang/reflect/Method;");
}

jobject JNICALL ToReflectedField(JNIEnv* env, jclass cls, jfieldID fieldID, jboolean isStatic) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Field* field = from_id(fieldID);
  if (field == nullptr) return nullptr;
  auto slot = static_cast<int32_t>(field - field->holder->fields.data());
  return new_reflection_object(thread, field->holder, slot, "newField", "(Ljava/lang/Class;I)Ljava/lang/reflect/Field;");
}

// --- Exceptions --------------------------------------------------------------------------------

jint JNICALL Throw(JNIEnv* env, jthrowable obj) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* exception = resolve(obj);
  Class* throwable = thread->isolate()->well_known(WellKnown::Throwable);
  if (exception == nullptr || !exception->klass->is_subclass_of(throwable)) return JNI_ERR;
  thread->set_pending_exception(exception);
  return JNI_OK;
}

jint JNICALL ThrowNew(JNIEnv* env, jclass clazz, const char* msg) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* klass = class_of_ref(thread, clazz);
  Class* throwable = thread->isolate()->well_known(WellKnown::Throwable);
  // Not a Throwable class: nothing can be thrown (HotSpot would leave a non-Throwable pending).
  if (klass == nullptr || !klass->is_subclass_of(throwable) || klass->is_interface()) return JNI_ERR;
  Object* earlier = thread->take_pending_exception();
  if (!runtime::ensure_initialized(thread, klass)) return JNI_ERR;
  const char* descriptor = msg == nullptr ? "()V" : "(Ljava/lang/String;)V";
  Method* ctor = klass->find_declared_method("<init>", descriptor);
  // HotSpot's wording; like HotSpot, an abstract class is instantiated all the same.
  if (ctor == nullptr) {
    throw_jni(thread, WellKnown::NoSuchMethodError,
              klass->external_name() + ": method 'void <init>(" + (msg == nullptr ? "" : "java.lang.String") +
                  ")' not found");
    return JNI_ERR;
  }
  Object* message = msg == nullptr ? nullptr : new_string_from_jni_utf(thread, msg);
  Object* exception = msg != nullptr && message == nullptr ? nullptr : runtime::new_instance(thread, klass);
  if (exception == nullptr) return JNI_ERR;
  Slot args[] = {Slot::of_ref(exception), Slot::of_ref(message)};
  interp::call_method(thread, ctor, std::span<const Slot>(args, msg == nullptr ? 1 : 2));
  if (thread->has_pending_exception()) return JNI_ERR;
  (void)earlier;  // replaced by the new exception
  thread->set_pending_exception(exception);
  return JNI_OK;
}

jthrowable JNICALL ExceptionOccurred(JNIEnv* env) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  return local_ref<jthrowable>(thread, thread->pending_exception());
}

std::string thread_name(VMThread* thread) {
  Object* thread_object = thread->thread_object();
  Object* name = thread_object ? thread_object->field_at<Object*>(thread->isolate()->offsets().thread_name) : nullptr;
  return name ? runtime::string_to_utf8(thread, name) : std::string();
}

void JNICALL ExceptionDescribe(JNIEnv* env) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* exception = thread->take_pending_exception();
  if (exception == nullptr) return;
  Class* thread_death = runtime::load_class(thread, thread->isolate()->boot_loader(), "java/lang/ThreadDeath");
  thread->take_pending_exception();  // ThreadDeath may not exist; its absence is not an error
  if (thread_death != nullptr && exception->klass->is_subclass_of(thread_death)) return;
  // Like HotSpot: the prefix is the VM's own output (the embedder's vfprintf hook sees it, in
  // the same two pieces), then printStackTrace().
  const runtime::VMOptions& options = thread->isolate()->options();
  runtime::print_diagnostic(options, stderr, "Exception ");
  if (thread->thread_object() != nullptr) {
    runtime::print_diagnostic(options, stderr, "in thread \"%s\" ", thread_name(thread).c_str());
  }
  Class* throwable = thread->isolate()->well_known(WellKnown::Throwable);
  Method* print = runtime::lookup_method(throwable, "printStackTrace", "()V");
  if (print != nullptr) interp::call_virtual(thread, print, {Slot::of_ref(exception)});
  thread->take_pending_exception();  // an exception while printing is dropped, as in HotSpot
}

void JNICALL ExceptionClear(JNIEnv* env) { thread_of(env)->take_pending_exception(); }

jboolean JNICALL ExceptionCheck(JNIEnv* env) {
  return thread_of(env)->has_pending_exception() ? JNI_TRUE : JNI_FALSE;
}

void JNICALL FatalError(JNIEnv* env, const char* msg) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  fatal_error(thread, msg == nullptr ? "" : msg);  // the JNI specification: the VM does not recover
}

// --- References --------------------------------------------------------------------------------

jint JNICALL PushLocalFrame(JNIEnv* env, jint capacity) {
  if (capacity < 0 || capacity > kMaxLocalCapacity) return JNI_ERR;
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  thread->jni().locals.push_frame();
  return JNI_OK;
}

jobject JNICALL PopLocalFrame(JNIEnv* env, jobject result) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* survivor = resolve(result);
  // Without a frame pushed by this native call, HotSpot leaves everything as it is.
  if (!thread->jni().locals.pop_frame()) return result;
  return local_ref(thread, survivor);
}

jint JNICALL EnsureLocalCapacity(JNIEnv* env, jint capacity) {
  // Local handles grow without limit; only what HotSpot rejects is rejected.
  return capacity < 0 || capacity > kMaxLocalCapacity ? JNI_ERR : JNI_OK;
}

jobject JNICALL NewGlobalRef(JNIEnv* env, jobject lobj) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  return reinterpret_cast<jobject>(thread->isolate()->jni().globals().create(resolve(lobj)));
}

// Deleting a global needs no VM transition (GlobalHandles::destroy).
void JNICALL DeleteGlobalRef(JNIEnv* env, jobject gref) {
  if (gref == nullptr) return;
  VMThread* thread = thread_of(env);
  if (HandleChunk::of(gref)->kind != HandleKind::Global) return;
  thread->isolate()->jni().globals().destroy(reinterpret_cast<Object**>(gref));
}

jweak JNICALL NewWeakGlobalRef(JNIEnv* env, jobject obj) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  return reinterpret_cast<jweak>(thread->isolate()->jni().weak_globals().create(resolve(obj)));
}

void JNICALL DeleteWeakGlobalRef(JNIEnv* env, jweak ref) {
  if (ref == nullptr) return;
  VMThread* thread = thread_of(env);
  if (HandleChunk::of(ref)->kind != HandleKind::WeakGlobal) return;
  thread->isolate()->jni().weak_globals().destroy(reinterpret_cast<Object**>(ref));
}

void JNICALL DeleteLocalRef(JNIEnv* env, jobject obj) {
  if (obj == nullptr) return;
  VMThread* thread = thread_of(env);
  HandleChunk* chunk = HandleChunk::of(obj);
  if (chunk->kind != HandleKind::Local || chunk->owner != thread) return;  // not this thread's local
  // No ThreadInVM: deleting only empties a slot, which is safe while a collection runs
  // (LocalHandles::destroy).
  thread->jni().locals.destroy(reinterpret_cast<Object**>(obj));
}

jobject JNICALL NewLocalRef(JNIEnv* env, jobject ref) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  return local_ref(thread, resolve(ref));
}

jboolean JNICALL IsSameObject(JNIEnv* env, jobject obj1, jobject obj2) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  return resolve(obj1) == resolve(obj2) ? JNI_TRUE : JNI_FALSE;
}

jobjectRefType JNICALL GetObjectRefType(JNIEnv* env, jobject obj) {
  if (obj == nullptr) return JNIInvalidRefType;
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  if (thread->jni().locals.contains(obj)) return JNILocalRefType;
  IsolateState& state = thread->isolate()->jni();
  if (state.globals().contains(obj)) return JNIGlobalRefType;
  if (state.weak_globals().contains(obj)) return JNIWeakGlobalRefType;
  return JNIInvalidRefType;
}

// --- Objects -----------------------------------------------------------------------------------

jobject JNICALL AllocObject(JNIEnv* env, jclass clazz) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* klass = class_of_ref(thread, clazz);
  if (klass == nullptr) return nullptr;
  if (klass->is_abstract() || klass->is_interface() || klass->is_array() || klass->is_primitive()) {
    throw_jni(thread, "java/lang/InstantiationException", klass->external_name());
    return nullptr;
  }
  if (!runtime::ensure_initialized(thread, klass)) return nullptr;
  return local_ref(thread, runtime::new_instance(thread, klass));
}

jclass JNICALL GetObjectClass(JNIEnv* env, jobject obj) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* object = resolve(obj);
  return object == nullptr ? nullptr : static_cast<jclass>(mirror_ref(thread, object->klass));
}

jboolean JNICALL IsInstanceOf(JNIEnv* env, jobject obj, jclass clazz) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* object = resolve(obj);
  Class* klass = class_of_ref(thread, clazz);
  if (object == nullptr) return JNI_TRUE;
  return klass != nullptr && object->klass->is_subclass_of(klass) ? JNI_TRUE : JNI_FALSE;
}

// --- Native methods ----------------------------------------------------------------------------

jint JNICALL RegisterNatives(JNIEnv* env, jclass clazz, const JNINativeMethod* methods, jint nMethods) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* klass = class_of_ref(thread, clazz);
  if (klass == nullptr) return JNI_ERR;
  for (jint i = 0; i < nMethods; ++i) {
    const char* name = methods[i].name;
    const char* signature = methods[i].signature;
    Method* method = name && signature ? runtime::lookup_method_in_classes(klass, name, signature) : nullptr;
    if (method == nullptr || !method->is_native()) {
      std::string text = classfile::method_signature_for_messages(klass->name, name ? name : "",
                                                                  signature ? signature : "()V");
      throw_jni(thread, WellKnown::NoSuchMethodError,
                "Method " + text + (method == nullptr ? " name or signature does not match" : " is not declared as native"));
      return JNI_ERR;
    }
    bind_function(thread, method, methods[i].fnPtr);
    log_linking(thread, method, "Registering JNI native method ", "");
  }
  return JNI_OK;
}

jint JNICALL UnregisterNatives(JNIEnv* env, jclass clazz) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Class* klass = class_of_ref(thread, clazz);
  if (klass == nullptr) return JNI_ERR;
  for (Method& method : klass->methods) {
    if (method.is_native()) unbind(&method);
  }
  return JNI_OK;
}

// --- Monitors ----------------------------------------------------------------------------------

jint JNICALL MonitorEnter(JNIEnv* env, jobject obj) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* object = resolve(obj);
  if (object == nullptr) {
    runtime::throw_new_no_message(thread, WellKnown::NullPointerException);
    return JNI_ERR;
  }
  return runtime::monitor_enter(thread, object) ? JNI_OK : JNI_ERR;
}

jint JNICALL MonitorExit(JNIEnv* env, jobject obj) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* object = resolve(obj);
  if (object == nullptr) {
    runtime::throw_new_no_message(thread, WellKnown::NullPointerException);
    return JNI_ERR;
  }
  return runtime::monitor_exit(thread, object) ? JNI_OK : JNI_ERR;
}

// --- The VM, modules, threads --------------------------------------------------------------------

jint JNICALL GetJavaVM(JNIEnv* env, JavaVM** vm) {
  *vm = thread_of(env)->isolate()->jni().java_vm();
  return JNI_OK;
}

jobject JNICALL GetModule(JNIEnv* env, jclass clazz) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* mirror = resolve(clazz);
  Class* class_class = thread->isolate()->well_known(WellKnown::Class);
  Method* get_module = runtime::lookup_method(class_class, "getModule", "()Ljava/lang/Module;");
  if (mirror == nullptr || get_module == nullptr) return nullptr;
  Slot receiver[] = {Slot::of_ref(mirror)};
  Object* module = call_java(thread, get_module, receiver, false).l;
  return thread->has_pending_exception() ? nullptr : local_ref(thread, module);
}

jboolean JNICALL IsVirtualThread(JNIEnv* env, jobject obj) { return JNI_FALSE; }  // no virtual threads

}  // namespace

void fill_class_and_object_functions(JNINativeInterface_& t) {
  t.GetVersion = GetVersion;
  t.DefineClass = DefineClass;
  t.FindClass = FindClass;
  t.FromReflectedMethod = FromReflectedMethod;
  t.FromReflectedField = FromReflectedField;
  t.ToReflectedMethod = ToReflectedMethod;
  t.GetSuperclass = GetSuperclass;
  t.IsAssignableFrom = IsAssignableFrom;
  t.ToReflectedField = ToReflectedField;
  t.Throw = Throw;
  t.ThrowNew = ThrowNew;
  t.ExceptionOccurred = ExceptionOccurred;
  t.ExceptionDescribe = ExceptionDescribe;
  t.ExceptionClear = ExceptionClear;
  t.FatalError = FatalError;
  t.PushLocalFrame = PushLocalFrame;
  t.PopLocalFrame = PopLocalFrame;
  t.NewGlobalRef = NewGlobalRef;
  t.DeleteGlobalRef = DeleteGlobalRef;
  t.DeleteLocalRef = DeleteLocalRef;
  t.IsSameObject = IsSameObject;
  t.NewLocalRef = NewLocalRef;
  t.EnsureLocalCapacity = EnsureLocalCapacity;
  t.AllocObject = AllocObject;
  t.GetObjectClass = GetObjectClass;
  t.IsInstanceOf = IsInstanceOf;
  t.RegisterNatives = RegisterNatives;
  t.UnregisterNatives = UnregisterNatives;
  t.MonitorEnter = MonitorEnter;
  t.MonitorExit = MonitorExit;
  t.GetJavaVM = GetJavaVM;
  t.NewWeakGlobalRef = NewWeakGlobalRef;
  t.DeleteWeakGlobalRef = DeleteWeakGlobalRef;
  t.ExceptionCheck = ExceptionCheck;
  t.GetObjectRefType = GetObjectRefType;
  t.GetModule = GetModule;
  t.IsVirtualThread = IsVirtualThread;
}

}  // namespace islet::jni
