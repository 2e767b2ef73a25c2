// Per-isolate JNI state and the JavaVM function table (JNIInvokeInterface_): DestroyJavaVM,
// AttachCurrentThread(AsDaemon), DetachCurrentThread and GetEnv, over the embedding machinery of
// src/invocation/ (shared with graal_isolate.h).
#include <dlfcn.h>

#include <cstring>

#include "jni/access_config.hpp"
#include "jni/environment.hpp"
#include "jni/native_link.hpp"
#include "invocation/vm_lifecycle.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"

namespace islet::jni {

bool is_supported_version(jint version) {
  switch (version) {
    case JNI_VERSION_1_1: case JNI_VERSION_1_2: case JNI_VERSION_1_4: case JNI_VERSION_1_6:
    case JNI_VERSION_1_8: case JNI_VERSION_9: case JNI_VERSION_10: case JNI_VERSION_19:
    case JNI_VERSION_20: case JNI_VERSION_21:
      return true;
    default:
      return false;
  }
}

Class* class_of_mirror(VMThread* thread, Object* mirror) {
  return mirror->field_at<Class*>(thread->isolate()->offsets().class_vm_class);
}

Class* class_of_ref(VMThread* thread, jclass clazz) {
  Object* mirror = resolve(clazz);
  return mirror == nullptr ? nullptr : class_of_mirror(thread, mirror);
}

IsolateState::IsolateState(Isolate* isolate) : vm_{invoke_interface(), isolate}, options_(isolate->options().jni) {}

bool IsolateState::configure(std::string* error) {
  if (options_.config_files.empty() && !options_.closed) return true;
  access_config_ = AccessConfig::load(options_.config_files, error);
  return access_config_ != nullptr;
}

AccessConfig& IsolateState::registrations() {
  if (access_config_ == nullptr) {
    std::string unused;
    access_config_ = AccessConfig::load({}, &unused);  // no files: cannot fail
  }
  return *access_config_;
}

IsolateState::~IsolateState() = default;

NativeLink* IsolateState::adopt(std::unique_ptr<NativeLink> link) {
  std::lock_guard<std::mutex> guard(links_mutex_);
  links_.push_back(std::move(link));
  return links_.back().get();
}

void IsolateState::mark_roots(heap::Marker& marker) { globals_.mark_roots(marker); }

void IsolateState::clear_dead_weak_globals(heap::Marker& marker) { weak_globals_.clear_unmarked(marker); }

// --- JavaVM ----------------------------------------------------------------------------------
// Thin shims over src/invocation/vm_lifecycle.hpp, which JNI and graal_isolate.h share.

namespace {

using invocation::Status;

// The JNIEnv of a thread attached to `vm`, or null.
JNIEnv* attached_env(JavaVM* vm) {
  VMThread* thread = VMThread::current(IsolateState::isolate_of(vm));
  return thread != nullptr ? env_of(thread) : nullptr;
}

jint status_code(Status status) { return status == Status::Ok ? JNI_OK : JNI_ERR; }

jint JNICALL DestroyJavaVM(JavaVM* vm) {
  if (vm == nullptr) return JNI_EINVAL;
  return status_code(invocation::destroy_vm(IsolateState::isolate_of(vm), invocation::WaitFor::NonDaemonThreads));
}

// AttachCurrentThread(AsDaemon). As in HotSpot, JavaVMAttachArgs with a version the VM does not
// know are ignored (the thread gets a generated name in the main group), not an error.
jint attach(JavaVM* vm, void** penv, void* raw_args, bool daemon) {
  if (vm == nullptr || penv == nullptr) return JNI_EINVAL;
  invocation::AttachRequest request;
  request.daemon = daemon;
  if (auto* args = static_cast<JavaVMAttachArgs*>(raw_args); args != nullptr && is_supported_version(args->version)) {
    request.name = args->name;
    request.group = reinterpret_cast<Object**>(args->group);
  }
  VMThread* thread = nullptr;
  Status status = invocation::attach_current_thread(IsolateState::isolate_of(vm), request, &thread);
  *penv = thread != nullptr ? env_of(thread) : nullptr;
  return status_code(status);
}

jint JNICALL AttachCurrentThread(JavaVM* vm, void** penv, void* args) { return attach(vm, penv, args, false); }

jint JNICALL AttachCurrentThreadAsDaemon(JavaVM* vm, void** penv, void* args) { return attach(vm, penv, args, true); }

jint JNICALL DetachCurrentThread(JavaVM* vm) {
  if (vm == nullptr) return JNI_EINVAL;
  // "A thread cannot detach itself if there are Java methods on the call stack."
  return status_code(invocation::detach_current_thread(IsolateState::isolate_of(vm)));
}

jint JNICALL GetEnv(JavaVM* vm, void** penv, jint version) {
  if (vm == nullptr || penv == nullptr) return JNI_EINVAL;
  JNIEnv* env = attached_env(vm);
  if (env == nullptr) {
    *penv = nullptr;
    return JNI_EDETACHED;
  }
  if (!is_supported_version(version)) {
    *penv = nullptr;
    return JNI_EVERSION;
  }
  *penv = env;
  return JNI_OK;
}

const JNIInvokeInterface_ kInvokeInterface = {
    nullptr, nullptr, nullptr, DestroyJavaVM, AttachCurrentThread, DetachCurrentThread, GetEnv,
    AttachCurrentThreadAsDaemon,
};

}  // namespace

const JNIInvokeInterface_* invoke_interface() { return &kInvokeInterface; }

}  // namespace islet::jni
