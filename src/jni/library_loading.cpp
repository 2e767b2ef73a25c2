// Loading and unloading JNI libraries: the native side of java.lang.NativeLibraries
// (System.load/loadLibrary). A library is opened with dlopen once per class loader, its
// JNI_OnLoad runs on the loading thread (FindClass then uses the loading class's loader) and its
// returned version is checked. A library linked into the program is found by its
// JNI_OnLoad_<name> (the invocation API's static libraries). JNI_OnUnload (JNI_OnUnload_<name>)
// runs when the isolate ends.
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

// Runs `on_load` (a JNI_OnLoad or JNI_OnLoad_<name>) like a native method of the loading class.
jint run_on_load(VMThread* thread, void* on_load_symbol, ClassLoaderData* loader) {
  using OnLoad = jint (*)(JavaVM*, void*);
  auto on_load = reinterpret_cast<OnLoad>(on_load_symbol);
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

void throw_unsupported_version(VMThread* thread, jint version, const std::string& library) {
  char message[64];
  std::snprintf(message, sizeof message, "unsupported JNI version 0x%X required by ", static_cast<unsigned>(version));
  runtime::throw_new(thread, WellKnown::UnsatisfiedLinkError, message + library);
}

// The library `path` (or static library `name`) already recorded: true if for `loader`; throws
// (and returns true) if for another loader; false if not loaded.
bool already_loaded(VMThread* thread, const std::string& path, ClassLoaderData* loader) {
  IsolateState& state = thread->isolate()->jni();
  std::lock_guard<std::mutex> guard(state.libraries_mutex());
  for (const NativeLibrary& library : state.libraries()) {
    if (library.path != path) continue;
    if (library.loader != loader) {
      runtime::throw_new(thread, WellKnown::UnsatisfiedLinkError,
                         "Native Library " + path + " already loaded in another classloader");
    }
    return true;
  }
  return false;
}

ClassLoaderData* loader_of(VMThread* thread, Object* from_mirror) {
  return from_mirror != nullptr ? class_of_mirror(thread, from_mirror)->loader : &thread->isolate()->boot_loader();
}

// NativeLibraries.load0(String canonicalPath, Class<?> fromClass). The Java side serializes
// calls, so two threads never open the same library at once.
void load_library(VMThread* thread, Object* path_string, Object* from_mirror) {
  std::string path = runtime::string_to_utf8(thread, path_string);
  ClassLoaderData* loader = loader_of(thread, from_mirror);
  if (already_loaded(thread, path, loader)) return;  // JNI_OnLoad does not run again
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
  void* on_load = dlsym(handle, "JNI_OnLoad");
  jint version = on_load != nullptr ? run_on_load(thread, on_load, loader) : JNI_VERSION_1_1;
  if (thread->has_pending_exception()) {
    dlclose(handle);
    return;
  }
  if (!is_supported_version(version)) {
    dlclose(handle);
    throw_unsupported_version(thread, version, path);
    return;
  }
  IsolateState& state = thread->isolate()->jni();
  std::lock_guard<std::mutex> guard(state.libraries_mutex());
  state.libraries().push_back({path, handle, loader, ""});
}

// NativeLibraries.loadBuiltin0(String name, Class<?> fromClass): a library linked into the
// program is one whose JNI_OnLoad_<name> the process defines (JNI specification, "Library and
// Version Management"). Then it is recorded (its natives are looked up in the program), its
// JNI_OnLoad_<name> runs once per loader and must ask for JNI 1.8 or later; returns false if
// the program has no such library.
bool load_builtin_library(VMThread* thread, Object* name_string, Object* from_mirror) {
  std::string name = runtime::string_to_utf8(thread, name_string);
  void* on_load = dlsym(RTLD_DEFAULT, ("JNI_OnLoad_" + name).c_str());
  if (on_load == nullptr) return false;
  ClassLoaderData* loader = loader_of(thread, from_mirror);
  std::string path = "static library " + name;  // the record's name; no file stands behind it
  if (already_loaded(thread, path, loader)) return true;
  jint version = run_on_load(thread, on_load, loader);
  if (thread->has_pending_exception()) return true;
  if (!is_supported_version(version) || version < JNI_VERSION_1_8) {
    throw_unsupported_version(thread, version, name);
    return true;
  }
  void* program = dlopen(nullptr, RTLD_LAZY);
  IsolateState& state = thread->isolate()->jni();
  std::lock_guard<std::mutex> guard(state.libraries_mutex());
  state.libraries().push_back({path, program, loader, name});
  return true;
}

constexpr natives::NativeEntry kLibraryNatives[] = {
    {"java/lang/NativeLibraries", "load0", "(Ljava/lang/String;Ljava/lang/Class;)V", natives::adapt<&load_library>()},
    {"java/lang/NativeLibraries", "loadBuiltin0", "(Ljava/lang/String;Ljava/lang/Class;)Z",
     natives::adapt<&load_builtin_library>()},
};

}  // namespace

void unload_libraries(Isolate& isolate) {
  IsolateState& state = isolate.jni();
  std::vector<NativeLibrary> libraries;
  {
    std::lock_guard<std::mutex> guard(state.libraries_mutex());
    libraries.swap(state.libraries());
  }
  // The calling thread, if it belongs to the isolate, gives JNI_OnUnload a JNIEnv (GetEnv);
  // otherwise GetEnv answers JNI_EDETACHED.
  VMThread* thread = VMThread::current(&isolate);
  using OnUnload = void (*)(JavaVM*, void*);
  for (auto it = libraries.rbegin(); it != libraries.rend(); ++it) {
    std::string symbol = it->static_name.empty() ? "JNI_OnUnload" : "JNI_OnUnload_" + it->static_name;
    auto on_unload = reinterpret_cast<OnUnload>(dlsym(it->handle, symbol.c_str()));
    if (on_unload != nullptr) {
      if (thread != nullptr) {
        LocalHandles::NativeCallState call = thread->jni().locals.enter_native();
        {
          runtime::SafeRegion outside_vm(thread);
          on_unload(state.java_vm(), nullptr);
        }
        thread->jni().locals.leave_native(call);
        thread->take_pending_exception();  // nobody is left to catch it
      } else {
        on_unload(state.java_vm(), nullptr);
      }
    }
    dlclose(it->handle);
  }
}

}  // namespace islet::jni

namespace islet::natives {

std::pair<const NativeEntry*, size_t> jni_library_natives() {
  return {jni::kLibraryNatives, std::size(jni::kLibraryNatives)};
}

}  // namespace islet::natives
