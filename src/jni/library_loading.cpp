// Loading JNI libraries: the native side of java.lang.NativeLibraries (System.load/loadLibrary).
// A library is opened with dlopen once per class loader, its JNI_OnLoad runs on the loading
// thread (FindClass then uses the loading class's loader) and its returned version is checked.
#include <dlfcn.h>

#include <cstdio>
#include <string>

#include "jni/environment.hpp"
#include "natives/native_registry.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/strings.hpp"

namespace islet::jni {

namespace {

using runtime::ClassLoaderData;
using runtime::WellKnown;

// Runs JNI_OnLoad (if the library has one) like a native method of the loading class. Returns
// the version it asks for; JNI_VERSION_1_1 without one.
jint run_on_load(VMThread* thread, void* handle, ClassLoaderData* loader) {
  using OnLoad = jint (*)(JavaVM*, void*);
  auto on_load = reinterpret_cast<OnLoad>(dlsym(handle, "JNI_OnLoad"));
  if (on_load == nullptr) return JNI_VERSION_1_1;
  ThreadState& state = thread->jni();
  runtime::ClassLoaderData* saved_loader = state.library_loader;
  const void* saved_frame = state.library_frame;
  state.library_loader = loader;
  state.library_frame = thread->top_frame();
  LocalHandles::NativeCallState call = state.locals.enter_native();
  jint version;
  {
    runtime::SafeRegion outside_vm(thread);
    version = on_load(thread->isolate()->jni().java_vm(), nullptr);
  }
  state.locals.leave_native(call);
  state.library_loader = saved_loader;
  state.library_frame = saved_frame;
  return version;
}

// NativeLibraries.load0(String canonicalPath, Class<?> fromClass). The Java side serializes
// calls, so two threads never open the same library at once.
void load_library(VMThread* thread, Object* path_string, Object* from_mirror) {
  std::string path = runtime::string_to_utf8(thread, path_string);
  Isolate* isolate = thread->isolate();
  ClassLoaderData* loader = from_mirror != nullptr ? class_of_mirror(thread, from_mirror)->loader
                                                   : &isolate->boot_loader();
  IsolateState& state = isolate->jni();
  {
    std::lock_guard<std::mutex> guard(state.libraries_mutex());
    for (const NativeLibrary& library : state.libraries()) {
      if (library.path != path) continue;
      if (library.loader == loader) return;  // loaded already: JNI_OnLoad does not run again
      runtime::throw_new(thread, WellKnown::UnsatisfiedLinkError,
                         "Native Library " + path + " already loaded in another classloader");
      return;
    }
  }
  void* handle;
  std::string error;
  {
    runtime::SafeRegion outside_vm(thread);  // library constructors run here
    handle = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (handle == nullptr) error = dlerror();
  }
  if (handle == nullptr) {
    runtime::throw_new(thread, WellKnown::UnsatisfiedLinkError, path + ": " + error);
    return;
  }
  jint version = run_on_load(thread, handle, loader);
  if (thread->has_pending_exception()) {
    dlclose(handle);
    return;
  }
  if (!is_supported_version(version)) {
    dlclose(handle);
    char message[64];
    std::snprintf(message, sizeof message, "unsupported JNI version 0x%X required by ", static_cast<unsigned>(version));
    runtime::throw_new(thread, WellKnown::UnsatisfiedLinkError, message + path);
    return;
  }
  std::lock_guard<std::mutex> guard(state.libraries_mutex());
  state.libraries().push_back({path, handle, loader});
}

constexpr natives::NativeEntry kLibraryNatives[] = {
    {"java/lang/NativeLibraries", "load0", "(Ljava/lang/String;Ljava/lang/Class;)V", natives::adapt<&load_library>()},
};

}  // namespace

}  // namespace islet::jni

namespace islet::natives {

std::pair<const NativeEntry*, size_t> jni_library_natives() {
  return {jni::kLibraryNatives, std::size(jni::kLibraryNatives)};
}

}  // namespace islet::natives
