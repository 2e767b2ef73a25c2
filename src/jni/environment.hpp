// The JNI layer's internal interface: the function tables, conversions between JNIEnv*/jobject
// and the VM's VMThread*/Object*, and the per-isolate JNI state (global handles, the JavaVM,
// loaded native libraries, linked native methods).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "invocation/attached_threads.hpp"
#include "jni.h"
#include "jni/handles.hpp"
#include "jni/options.hpp"
#include "runtime/klass.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {
class Isolate;
class ClassLoaderData;
}

namespace islet::jni {

using runtime::Class;
using runtime::Isolate;
using runtime::Method;
using runtime::VMThread;

// The JNI version islet implements (every slot of the table through JNI 21).
constexpr jint kCurrentVersion = JNI_VERSION_21;
bool is_supported_version(jint version);

const JNINativeInterface_* native_interface();
// The table the isolate's threads use: the checking one (checked.cpp) under -Xcheck:jni.
const JNINativeInterface_* native_interface(const Isolate* isolate);
const JNINativeInterface_* checked_interface();
const JNIInvokeInterface_* invoke_interface();

// A VMThread's first word is its JNIEnv's function table, so the two addresses coincide.
inline VMThread* thread_of(JNIEnv* env) { return reinterpret_cast<VMThread*>(env); }
inline JNIEnv* env_of(VMThread* thread) { return reinterpret_cast<JNIEnv*>(thread); }

// The object a handle refers to (null for NULL or a cleared weak global).
inline Object* resolve(jobject ref) { return ref == nullptr ? nullptr : *reinterpret_cast<Object**>(ref); }

// A new local handle in the thread's current frame (NULL for a null object).
template <typename Ref = jobject>
inline Ref local_ref(VMThread* thread, Object* object) {
  return reinterpret_cast<Ref>(thread->jni().locals.create(object));
}

// The Class behind a java.lang.Class mirror, and behind a jclass (a handle to one; null for NULL).
Class* class_of_mirror(VMThread* thread, Object* mirror);
Class* class_of_ref(VMThread* thread, jclass clazz);

// A loaded native library.
struct NativeLibrary {
  std::string path;  // canonical; "static library <name>" for one linked into the program
  void* handle;      // dlopen's; the program's own for a static library
  runtime::ClassLoaderData* loader;
  std::string static_name;  // the <name> of JNI_OnLoad_<name>; empty for a library file
};

// Runs every library's JNI_OnUnload (JNI_OnUnload_<name> for static ones), newest first, and
// closes them. Called by the Isolate's destructor, on the thread that ends the isolate.
void unload_libraries(Isolate& isolate);

// A native method's link to C: the function and the libffi call interface for its signature,
// built once. Links are never freed before the isolate ends (RegisterNatives replaces a
// method's link while another thread may still be calling through the old one).
struct NativeLink;

// The JavaVM of an isolate: JNI's JavaVM* points at `functions`.
struct JavaVMImpl {
  const JNIInvokeInterface_* functions;
  Isolate* isolate;
};

class AccessConfig;

// Entry points of libraries built by `islet --shared`, resolved in this isolate on their first
// call (src/isolate/entry_points.cpp): per library image (its islet_image_t's address), by entry
// point index. `klass` is a global reference, freed with the isolate.
struct ResolvedEntryPoint {
  jclass klass = nullptr;
  jmethodID method = nullptr;
};
struct EntryPointCache {
  std::mutex mutex;
  std::unordered_map<const void*, std::vector<ResolvedEntryPoint>> by_image;
  Class* machine_word = nullptr;  // org.graalvm.word.impl.MachineWord, once loaded
  uint32_t machine_word_raw_offset = 0;
};

// -Xcheck:jni: the buffers Get<Type>ArrayElements, GetStringChars and GetStringUTFChars handed
// out and not yet released, with the function that made each.
struct CheckedBuffers {
  std::mutex mutex;
  std::unordered_map<const void*, const char*> live;
};

class IsolateState {
 public:
  explicit IsolateState(Isolate* isolate);
  ~IsolateState();
  IsolateState(const IsolateState&) = delete;
  IsolateState& operator=(const IsolateState&) = delete;

  Isolate* isolate() const { return vm_.isolate; }
  JavaVM* java_vm() { return reinterpret_cast<JavaVM*>(&vm_); }
  static Isolate* isolate_of(JavaVM* vm) { return reinterpret_cast<JavaVMImpl*>(vm)->isolate; }

  const Options& options() const { return options_; }
  // Reads the -Xjni:config= files (false with a message naming file, line and column).
  bool configure(std::string* error);
  // Under -Xjni:closed, the JNI configuration lookups must respect; null otherwise.
  const AccessConfig* closed_world() const { return options_.closed ? access_config_.get() : nullptr; }
  // The configuration RuntimeJNIAccess.register adds to while --features= classes run at
  // start-up (made empty if no -Xjni:config= file was given).
  AccessConfig& registrations();
  CheckedBuffers& checked_buffers() { return checked_buffers_; }

  GlobalHandles& globals() { return globals_; }
  GlobalHandles& weak_globals() { return weak_globals_; }

  // Native libraries, in load order.
  std::mutex& libraries_mutex() { return libraries_mutex_; }
  std::vector<NativeLibrary>& libraries() { return libraries_; }

  // Threads attached through the invocation API or graal_isolate.h (src/invocation/).
  invocation::AttachedThreads& attached_threads() { return attached_threads_; }

  EntryPointCache& entry_points() { return entry_points_; }

  // Keeps a link alive until the isolate ends.
  NativeLink* adopt(std::unique_ptr<NativeLink> link);

  // Collector hooks (world stopped): global handles are roots (each thread's locals are marked
  // with the thread, Collector::mark_thread); weak globals whose objects died are cleared.
  void mark_roots(heap::Marker& marker);
  void clear_dead_weak_globals(heap::Marker& marker);

 private:
  JavaVMImpl vm_;
  Options options_;
  std::unique_ptr<AccessConfig> access_config_;
  CheckedBuffers checked_buffers_;
  GlobalHandles globals_{HandleKind::Global};
  GlobalHandles weak_globals_{HandleKind::WeakGlobal};
  std::mutex libraries_mutex_;
  std::vector<NativeLibrary> libraries_;
  std::mutex links_mutex_;
  std::vector<std::unique_ptr<NativeLink>> links_;
  invocation::AttachedThreads attached_threads_;
  EntryPointCache entry_points_;
};

}  // namespace islet::jni
