// Per-isolate JNI state and the JavaVM function table (JNIInvokeInterface_): GetEnv and
// AttachCurrentThread for threads the isolate already knows; creating, attaching and
// destroying from foreign threads arrives with the invocation API.
#include <cstring>

#include "jni/access_config.hpp"
#include "jni/environment.hpp"
#include "jni/native_link.hpp"
#include "runtime/isolate.hpp"

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

IsolateState::~IsolateState() = default;

NativeLink* IsolateState::adopt(std::unique_ptr<NativeLink> link) {
  std::lock_guard<std::mutex> guard(links_mutex_);
  links_.push_back(std::move(link));
  return links_.back().get();
}

void IsolateState::mark_roots(heap::Marker& marker) { globals_.mark_roots(marker); }

void IsolateState::clear_dead_weak_globals(heap::Marker& marker) { weak_globals_.clear_unmarked(marker); }

// --- JavaVM ----------------------------------------------------------------------------------

namespace {

// The calling thread's VMThread in the isolate of `vm`, or null if it is not attached to it.
VMThread* attached_thread(JavaVM* vm) {
  VMThread* thread = VMThread::current();
  if (thread == nullptr || thread->isolate() != IsolateState::isolate_of(vm)) return nullptr;
  return thread;
}

bool has_java_frames(VMThread* thread) { return thread->top_frame() != nullptr; }

jint JNICALL DestroyJavaVM(JavaVM* vm) {
  // Isolates the launcher creates end with the process; ending one from a native method (with
  // Java callers on its stack) is refused, like DetachCurrentThread. Embedders' isolates are
  // destroyed through the invocation API (step 5).
  return JNI_ERR;
}

jint attach(JavaVM* vm, void** penv) {
  VMThread* thread = attached_thread(vm);
  if (thread == nullptr) {
    *penv = nullptr;
    return JNI_ERR;  // attaching foreign threads needs the invocation API
  }
  *penv = env_of(thread);
  return JNI_OK;
}

jint JNICALL AttachCurrentThread(JavaVM* vm, void** penv, void* args) { return attach(vm, penv); }

jint JNICALL AttachCurrentThreadAsDaemon(JavaVM* vm, void** penv, void* args) { return attach(vm, penv); }

jint JNICALL DetachCurrentThread(JavaVM* vm) {
  VMThread* thread = attached_thread(vm);
  if (thread == nullptr) return JNI_OK;  // detaching a thread that is not attached is a no-op
  // "A thread cannot detach itself if there are Java methods on the call stack."
  return has_java_frames(thread) ? JNI_ERR : JNI_OK;
}

jint JNICALL GetEnv(JavaVM* vm, void** penv, jint version) {
  VMThread* thread = attached_thread(vm);
  if (thread == nullptr) {
    *penv = nullptr;
    return JNI_EDETACHED;
  }
  if (!is_supported_version(version)) {
    *penv = nullptr;
    return JNI_EVERSION;
  }
  *penv = env_of(thread);
  return JNI_OK;
}

const JNIInvokeInterface_ kInvokeInterface = {
    nullptr, nullptr, nullptr, DestroyJavaVM, AttachCurrentThread, DetachCurrentThread, GetEnv,
    AttachCurrentThreadAsDaemon,
};

}  // namespace

const JNIInvokeInterface_* invoke_interface() { return &kInvokeInterface; }

}  // namespace islet::jni
