// What the C stubs of libraries built by `islet --shared` call in libislet.so
// (include/islet/entry_points.h): isolates carrying a library's classes, entry points resolved
// once per isolate, words boxed as org.graalvm.word.impl.MachineWord, and the fatal path for an
// exception that escapes an entry point (GraalVM's FatalExceptionHandler).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "islet/entry_points.h"
#include "isolate/graal_functions.hpp"
#include "classfile/descriptor.hpp"
#include "jni/function_support.hpp"
#include "runtime/allocation.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/resolver.hpp"

namespace islet::isolate_api {

namespace {

using jni::EntryPointCache;
using jni::ResolvedEntryPoint;
using runtime::Class;
using runtime::Isolate;
using runtime::Method;
using runtime::ThreadInVM;
using runtime::VMThread;

// A JNI local frame for the objects one call makes (the word arguments, the result): the caller
// of an entry point is C code with no native frame of its own to release them.
constexpr jint kLocalFrameCapacity = 16;

std::string describe(const islet_image_t& image, int index) {
  const islet_entry_point_t& entry = image.entry_points[index];
  return std::string(entry.c_name) + " (" + classfile::external_class_name(entry.class_name) + "." +
         entry.method_name + ") of " + image.name;
}

// The exception (if one is pending) with its stack trace, then "Fatal error: ...", then the
// isolate's abort hook and abort(), as GraalVM ends the process for an unhandled exception.
[[noreturn]] void fail(VMThread* thread, const std::string& message) {
  JNIEnv* env = jni::env_of(thread);
  if (thread->has_pending_exception()) env->functions->ExceptionDescribe(env);
  runtime::print_diagnostic(thread->isolate()->options(), stderr, "Fatal error: %s\n", message.c_str());
  jni::abort_vm(thread->isolate());
}

// Loads and initializes the entry point's class through the application loader and finds its
// static method. False with an exception pending on failure.
bool resolve(VMThread* thread, const islet_entry_point_t& entry, ResolvedEntryPoint* resolved) {
  Isolate* isolate = thread->isolate();
  Class* klass = runtime::load_class(thread, isolate->app_loader(), entry.class_name);
  if (klass == nullptr || !runtime::ensure_initialized(thread, klass)) return false;
  Method* method = klass->find_declared_method(entry.method_name, entry.descriptor);
  if (method == nullptr || !method->is_static()) {
    runtime::throw_new(thread, runtime::WellKnown::NoSuchMethodError,
                       classfile::method_signature_for_messages(entry.class_name, entry.method_name, entry.descriptor));
    return false;
  }
  resolved->klass = reinterpret_cast<jclass>(isolate->jni().globals().create(klass->mirror));
  resolved->method = jni::to_id(method);
  return true;
}

ResolvedEntryPoint resolved_entry_point(VMThread* thread, const islet_image_t& image, int index) {
  EntryPointCache& cache = thread->isolate()->jni().entry_points();
  {
    std::lock_guard<std::mutex> guard(cache.mutex);
    auto found = cache.by_image.find(&image);
    if (found != cache.by_image.end() && found->second[index].method != nullptr) return found->second[index];
  }
  // Resolved outside the lock: loading runs Java (static initializers), which may call another
  // entry point. Two threads racing here both resolve; the first result stays.
  ResolvedEntryPoint resolved;
  ThreadInVM in_vm(thread);
  if (!resolve(thread, image.entry_points[index], &resolved)) {
    fail(thread, "cannot resolve entry point " + describe(image, index) + " in this isolate");
  }
  std::lock_guard<std::mutex> guard(cache.mutex);
  std::vector<ResolvedEntryPoint>& entries = cache.by_image[&image];
  entries.resize(static_cast<size_t>(image.entry_point_count));
  if (entries[index].method == nullptr) {
    entries[index] = resolved;
  } else {
    thread->isolate()->jni().globals().destroy(reinterpret_cast<runtime::Object**>(resolved.klass));
  }
  return entries[index];
}

// The calling thread's VMThread behind `thread`; anything else ends the process with a message
// (an entry point has no way to report an error to its caller).
VMThread* own_thread(graal_isolatethread_t* thread, const islet_image_t& image, int index) {
  Isolate* isolate = nullptr;
  VMThread* vm_thread = reinterpret_cast<VMThread*>(thread);
  if (check_own_thread(vm_thread, &isolate) == 0) return vm_thread;
  std::fprintf(stderr, "Fatal error: entry point %s called with %s\n", describe(image, index).c_str(),
               thread == nullptr ? "a null graal_isolatethread_t*" : "an isolate thread that is not the calling thread's");
  std::fflush(stderr);
  std::abort();
}

Class* machine_word_class(VMThread* thread) {
  EntryPointCache& cache = thread->isolate()->jni().entry_points();
  {
    std::lock_guard<std::mutex> guard(cache.mutex);
    if (cache.machine_word != nullptr) return cache.machine_word;
  }
  Class* word = runtime::load_class(thread, thread->isolate()->boot_loader(), "org/graalvm/word/impl/MachineWord");
  runtime::Field* raw = word != nullptr ? word->find_declared_field("raw", "J") : nullptr;
  if (raw == nullptr || !runtime::ensure_initialized(thread, word)) fail(thread, "the class library lacks MachineWord.raw");
  std::lock_guard<std::mutex> guard(cache.mutex);
  cache.machine_word_raw_offset = raw->offset;
  cache.machine_word = word;
  return word;
}

}  // namespace

}  // namespace islet::isolate_api

using namespace islet;
using namespace islet::isolate_api;

extern "C" {

JNIEXPORT int islet_image_create_isolate(const islet_image_t* image, graal_create_isolate_params_t* params,
                                         graal_isolate_t** isolate, graal_isolatethread_t** thread) {
  if (image == nullptr || image->version != ISLET_IMAGE_VERSION) return ISLET_ISOLATE_FAILED;
  runtime::VMOptions options = options_from(params);
  options.embedded_class_path.push_back(
      {std::span<const uint8_t>(image->classes, image->classes_size), std::string(image->name) + ".so"});
  return create_isolate(std::move(options), isolate, thread);
}

JNIEXPORT JNIEnv* islet_image_enter(graal_isolatethread_t* thread, const islet_image_t* image, int index,
                                    jclass* klass, jmethodID* method) {
  VMThread* vm_thread = own_thread(thread, *image, index);
  ResolvedEntryPoint resolved = resolved_entry_point(vm_thread, *image, index);
  JNIEnv* env = jni::env_of(vm_thread);
  if (env->functions->PushLocalFrame(env, kLocalFrameCapacity) != JNI_OK) {
    fail(vm_thread, "no memory for the local references of entry point " + describe(*image, index));
  }
  *klass = resolved.klass;
  *method = resolved.method;
  return env;
}

JNIEXPORT void islet_image_leave(JNIEnv* env, const islet_image_t* image, int index) {
  VMThread* thread = jni::thread_of(env);
  if (thread->has_pending_exception()) fail(thread, "unhandled exception in entry point " + describe(*image, index));
  env->functions->PopLocalFrame(env, nullptr);
}

JNIEXPORT jobject islet_word_new(JNIEnv* env, jlong raw) {
  VMThread* thread = jni::thread_of(env);
  ThreadInVM in_vm(thread);
  Class* word = machine_word_class(thread);
  runtime::Object* box = runtime::new_instance(thread, word);
  if (box == nullptr) return nullptr;  // OutOfMemoryError pending: the call reports it
  box->field_at<int64_t>(thread->isolate()->jni().entry_points().machine_word_raw_offset) = raw;
  return jni::local_ref(thread, box);
}

JNIEXPORT jlong islet_word_raw(JNIEnv* env, jobject word) {
  VMThread* thread = jni::thread_of(env);
  ThreadInVM in_vm(thread);
  runtime::Object* object = jni::resolve(word);
  if (object == nullptr) return 0;
  Class* machine_word = machine_word_class(thread);
  // Every word a Java method can make is a MachineWord (the class library has no other
  // implementation); anything else would be a class that implements a word interface itself.
  if (object->klass != machine_word) {
    runtime::throw_new(thread, runtime::WellKnown::ClassCastException,
                       object->klass->external_name() + " is not a word the C caller can receive");
    return 0;
  }
  return object->field_at<int64_t>(thread->isolate()->jni().entry_points().machine_word_raw_offset);
}

}  // extern "C"
