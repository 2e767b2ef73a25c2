// Isolate: one Java VM instance. It owns everything Java code can observe (heap, class table,
// interned strings, statics, threads) so that any number of isolates can live in one process
// without sharing a single object. Nothing in islet keeps mutable state outside an Isolate but
// the registry of live VMs (src/invocation/vm_registry.hpp) and per-OS-thread tables.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "heap/heap.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/klass.hpp"
#include "runtime/collector.hpp"
#include "runtime/isolate_gate.hpp"
#include "runtime/options.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/threads.hpp"

namespace islet::natives {
class NativeRegistry;
}

namespace islet::jni {
class IsolateState;
}

namespace islet::polyglot {
class PolyglotIsolate;
}

namespace islet::runtime {

class VMThread;
class StringTable;
class MonitorTable;

enum class WellKnown : uint16_t {
#define WELL_KNOWN(id, name) id,
#include "runtime/well_known.def"
#undef WELL_KNOWN
  Count
};

// Field offsets of library classes the VM reads and writes directly (see classlib/README.md).
struct WellKnownOffsets {
  uint32_t string_value = 0, string_coder = 0, string_hash = 0, string_hash_is_zero = 0;
  uint32_t class_vm_class = 0;  // injected into java.lang.Class: the Class* of a mirror
  uint32_t throwable_backtrace = 0, throwable_detail_message = 0, throwable_cause = 0,
           throwable_stack_trace = 0;
  uint32_t ste_declaring_class = 0, ste_method_name = 0, ste_file_name = 0, ste_line_number = 0,
           ste_module_name = 0, ste_class_loader_name = 0;
  uint32_t thread_name = 0, thread_priority = 0, thread_daemon = 0, thread_eetop = 0, thread_interrupted = 0;
  uint32_t reference_referent = 0, reference_queue = 0, reference_pending_next = 0;
  // java.lang.ClassLoader: `long loaderData` (the VM's ClassLoaderData*, 0 until the VM first
  // needs it), `String name`, `String nameAndId`, `ClassLoader parent`.
  uint32_t loader_data = 0, loader_name = 0, loader_name_and_id = 0, loader_parent = 0;
};

class Isolate {
 public:
  // Creates an isolate and attaches the calling thread as "main". On failure returns null and
  // explains why in *error (the isolate could not boot its class library, for instance).
  static std::unique_ptr<Isolate> create(VMOptions options, std::string* error);
  ~Isolate();
  Isolate(const Isolate&) = delete;
  Isolate& operator=(const Isolate&) = delete;

  const VMOptions& options() const { return options_; }
  heap::Heap& heap() { return heap_; }
  VMThread* main_thread() const { return main_thread_.get(); }

  ClassLoaderData& boot_loader() { return *boot_loader_; }
  ClassLoaderData& platform_loader() { return *platform_loader_; }
  ClassLoaderData& app_loader() { return *app_loader_; }
  // The ClassLoaderData of a java.lang.ClassLoader (null: the bootstrap loader's). A user-defined
  // loader gets its own the first time one is asked for; it lives until the isolate ends.
  ClassLoaderData& loader_data(VMThread* thread, Object* loader);
  // Every loader's data; without the lock, so only with the world stopped (the collector).
  template <typename Visitor>
  void for_each_loader_unlocked(Visitor&& visit) {
    visit(*boot_loader_);
    visit(*platform_loader_);
    visit(*app_loader_);
    for (auto& loader : user_loaders_) visit(*loader);
  }

  // Well-known classes; loaded on first request (those needed to boot are loaded at creation).
  Class* well_known(WellKnown which);
  // The class if it has been loaded already; never loads (used while bootstrapping).
  Class* well_known_if_loaded(WellKnown which) const {
    return well_known_[static_cast<size_t>(which)].load(std::memory_order_acquire);
  }
  const WellKnownOffsets& offsets() const { return offsets_; }
  Class* primitive_class(BasicType type) const;

  // Takes ownership of a new class's metadata (the class table of its loader only indexes it).
  Class* adopt_class(std::unique_ptr<Class> klass);

  Safepoints& safepoints() { return safepoints_; }
  // Live Java threads, the non-daemon count, thread start/attach (runtime/threads.hpp).
  ThreadList& threads() { return threads_; }
  // "OutOfMemoryError: Java heap space" without a stack trace, made while booting, thrown when
  // the heap is too full to build a fresh one.
  Object* preallocated_out_of_memory_error() const { return preallocated_oom_; }
  Collector& collector() { return collector_; }

  // Every class this isolate owns; without the lock, so only with the world stopped.
  template <typename Visitor>
  void for_each_class_unlocked(Visitor&& visit) {
    for (auto& klass : classes_) visit(klass.get());
  }

  StringTable& strings() { return *strings_; }
  MonitorTable& monitors() { return *monitors_; }
  natives::NativeRegistry& natives() { return *natives_; }
  // JNI: global handles, the JavaVM, native libraries (src/jni/).
  jni::IsolateState& jni() { return *jni_; }

  // The nfi language's state (src/polyglot/isolate_state.hpp): null until its first use, which
  // installs it (the first of racing installs wins and is returned to every racer).
  std::shared_ptr<polyglot::PolyglotIsolate> polyglot() {
    std::lock_guard<std::mutex> guard(polyglot_mutex_);
    return polyglot_;
  }
  std::shared_ptr<polyglot::PolyglotIsolate> install_polyglot(std::shared_ptr<polyglot::PolyglotIsolate> state) {
    std::lock_guard<std::mutex> guard(polyglot_mutex_);
    if (polyglot_ == nullptr) polyglot_ = std::move(state);
    return polyglot_;
  }

  // The way in for code that holds no thread of this isolate and may outlive it (NFI callbacks
  // called on foreign threads, thread-exit hooks): runtime/isolate_gate.hpp. Closed first thing
  // when the isolate ends.
  const std::shared_ptr<IsolateGate>& gate() const { return gate_; }

  // System.exit / Runtime.halt: hands the status to the embedder's exit hook (the process's
  // exit() by default, as in HotSpot). Does not return.
  [[noreturn]] void halt(int status);

  // Expires when the isolate ends: per-OS-thread records of VMThreads (VMThread::current)
  // hold it weakly, so a record outliving its isolate is recognised as stale.
  std::weak_ptr<void> liveness_token() const { return liveness_token_; }
  uint32_t next_hidden_class_id() { return next_hidden_class_id_++; }

  // Keeps VM metadata that is not a Class (call sites, lambda adapters) until the isolate ends.
  void keep_alive(std::shared_ptr<void> metadata) {
    std::lock_guard<std::mutex> guard(class_ownership_mutex_);
    metadata_.push_back(std::move(metadata));
  }

 private:
  explicit Isolate(VMOptions options);
  bool boot(std::string* error);
  void create_primitive_classes();
  void compute_well_known_offsets();
  bool create_main_thread_object(std::string* error);
  bool create_builtin_loaders(std::string* error);
  bool run_features(std::string* error);
  bool preallocate_errors(std::string* error);

  VMOptions options_;
  Safepoints safepoints_;
  ThreadList threads_;  // before main_thread_: a VMThread gives its lock id back when it dies
  Collector collector_;
  heap::Heap heap_;
  std::unique_ptr<ClassLoaderData> boot_loader_;
  std::unique_ptr<ClassLoaderData> platform_loader_;
  std::unique_ptr<ClassLoaderData> app_loader_;
  std::mutex user_loaders_mutex_;  // a leaf lock: nothing inside allocates
  std::vector<std::unique_ptr<ClassLoaderData>> user_loaders_;
  std::mutex class_ownership_mutex_;
  std::vector<std::unique_ptr<Class>> classes_;
  std::atomic<Class*> well_known_[static_cast<size_t>(WellKnown::Count)] = {};
  Class* primitives_[9] = {};
  WellKnownOffsets offsets_;
  std::unique_ptr<StringTable> strings_;
  std::unique_ptr<MonitorTable> monitors_;
  std::unique_ptr<natives::NativeRegistry> natives_;
  std::unique_ptr<jni::IsolateState> jni_;
  std::mutex polyglot_mutex_;  // a leaf lock: the collector takes it to mark the NFI's roots
  std::shared_ptr<polyglot::PolyglotIsolate> polyglot_;
  std::unique_ptr<VMThread> main_thread_;
  std::atomic<uint32_t> next_hidden_class_id_{1};
  std::vector<std::shared_ptr<void>> metadata_;
  Object* preallocated_oom_ = nullptr;
  std::shared_ptr<void> liveness_token_ = std::make_shared<char>(0);
  std::shared_ptr<IsolateGate> gate_ = std::make_shared<IsolateGate>(this);
};

}  // namespace islet::runtime
