// Isolate creation and bootstrap: heap, loaders over the embedded class library and -cp, the
// primitive and core classes, mirrors, the main thread's Thread object, System.initPhase1.
#include "runtime/isolate.hpp"

#include <cstdio>
#include <cstdlib>

#include "interp/interpreter.hpp"
#include "jni/environment.hpp"
#include "natives/native_registry.hpp"
#include "runtime/allocation.hpp"
#include "runtime/boot_archive.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/linker.hpp"
#include "runtime/monitor.hpp"
#include "runtime/resolver.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

namespace {

constexpr const char* kWellKnownNames[] = {
#define WELL_KNOWN(id, name) name,
#include "runtime/well_known.def"
#undef WELL_KNOWN
};

struct PrimitiveInfo {
  BasicType type;
  const char* name;
};
constexpr PrimitiveInfo kPrimitives[] = {
    {BasicType::Boolean, "boolean"}, {BasicType::Byte, "byte"},   {BasicType::Char, "char"},
    {BasicType::Short, "short"},     {BasicType::Int, "int"},     {BasicType::Long, "long"},
    {BasicType::Float, "float"},     {BasicType::Double, "double"}, {BasicType::Void, "void"},
};

int primitive_index(BasicType type) {
  for (int i = 0; i < 9; ++i) {
    if (kPrimitives[i].type == type) return i;
  }
  return -1;
}

// Without -Xms, the first collection comes early: islet aims at a small footprint, and the
// threshold grows with the live data after every collection.
size_t initial_heap_bytes(const VMOptions& options) {
  constexpr size_t kDefaultInitialBytes = 16u << 20;
  if (options.initial_heap_bytes != 0) return options.initial_heap_bytes;
  return kDefaultInitialBytes;
}

uint32_t field_offset(Class* klass, const char* name, const char* descriptor) {
  Field* f = klass ? klass->find_declared_field(name, descriptor) : nullptr;
  return f ? f->offset : 0;
}

}  // namespace

Isolate::Isolate(VMOptions options)
    : options_(std::move(options)),
      threads_(this),
      collector_(this),
      heap_(initial_heap_bytes(options_), options_.max_heap_bytes ? options_.max_heap_bytes : heap::Heap::default_max_bytes(),
            options_.gc_stress_interval) {
  heap_.set_client(&collector_);
  heap_.set_verbose(options_.verbose_gc, options_.vfprintf_hook);
  jni_ = std::make_unique<jni::IsolateState>(this);
}

Isolate::~Isolate() {
  gate_->close();  // code reaching in from outside finds it shut (and is waited for if inside)
  jni::unload_libraries(*this);  // JNI_OnUnload, while the isolate can still answer GetEnv
  if (main_thread_ != nullptr) safepoints_.detach(main_thread_.get());
}

std::unique_ptr<Isolate> Isolate::create(VMOptions options, std::string* error) {
  std::unique_ptr<Isolate> isolate(new Isolate(std::move(options)));
  if (!isolate->boot(error)) return nullptr;
  return isolate;
}

Class* Isolate::well_known(WellKnown which) {
  size_t index = static_cast<size_t>(which);
  if (Class* k = well_known_[index].load(std::memory_order_acquire)) return k;
  VMThread* thread = VMThread::current(this);
  Class* k = load_class(thread, *boot_loader_, kWellKnownNames[index]);
  if (k != nullptr) well_known_[index].store(k, std::memory_order_release);
  return k;
}

Class* Isolate::primitive_class(BasicType type) const {
  int index = primitive_index(type);
  return index < 0 ? nullptr : primitives_[index];
}

Class* Isolate::adopt_class(std::unique_ptr<Class> klass) {
  std::lock_guard<std::mutex> guard(class_ownership_mutex_);
  classes_.push_back(std::move(klass));
  return classes_.back().get();
}

void Isolate::halt(int status) {
  std::fflush(stdout);
  std::fflush(stderr);
  if (options_.exit_hook != nullptr) options_.exit_hook(status);
  std::exit(status);
}

void Isolate::create_primitive_classes() {
  for (int i = 0; i < 9; ++i) {
    auto klass = std::make_unique<Class>();
    klass->name = kPrimitives[i].name;
    klass->kind = ClassKind::Primitive;
    klass->element_type = kPrimitives[i].type;
    klass->access_flags = access::kPublic | access::kFinal | access::kAbstract;
    klass->loader = boot_loader_.get();
    klass->init_state.store(InitState::Initialized, std::memory_order_relaxed);
    primitives_[i] = adopt_class(std::move(klass));
  }
}

void Isolate::compute_well_known_offsets() {
  Class* string = well_known(WellKnown::String);
  offsets_.string_value = field_offset(string, "value", "[B");
  offsets_.string_coder = field_offset(string, "coder", "B");
  offsets_.string_hash = field_offset(string, "hash", "I");
  offsets_.string_hash_is_zero = field_offset(string, "hashIsZero", "Z");
  Class* throwable = well_known(WellKnown::Throwable);
  offsets_.throwable_backtrace = field_offset(throwable, "backtrace", "Ljava/lang/Object;");
  offsets_.throwable_detail_message = field_offset(throwable, "detailMessage", "Ljava/lang/String;");
  offsets_.throwable_cause = field_offset(throwable, "cause", "Ljava/lang/Throwable;");
  offsets_.throwable_stack_trace =
      field_offset(throwable, "stackTrace", "[Ljava/lang/StackTraceElement;");
  Class* ste = well_known(WellKnown::StackTraceElement);
  offsets_.ste_declaring_class = field_offset(ste, "declaringClass", "Ljava/lang/String;");
  offsets_.ste_method_name = field_offset(ste, "methodName", "Ljava/lang/String;");
  offsets_.ste_file_name = field_offset(ste, "fileName", "Ljava/lang/String;");
  offsets_.ste_line_number = field_offset(ste, "lineNumber", "I");
  offsets_.ste_module_name = field_offset(ste, "moduleName", "Ljava/lang/String;");
  offsets_.ste_class_loader_name = field_offset(ste, "classLoaderName", "Ljava/lang/String;");
  Class* thread = well_known(WellKnown::Thread);
  offsets_.thread_name = field_offset(thread, "name", "Ljava/lang/String;");
  offsets_.thread_priority = field_offset(thread, "priority", "I");
  offsets_.thread_daemon = field_offset(thread, "daemon", "Z");
  offsets_.thread_eetop = field_offset(thread, "eetop", "J");
  offsets_.thread_interrupted = field_offset(thread, "interrupted", "Z");
  Class* reference = well_known(WellKnown::Reference);
  offsets_.reference_referent = field_offset(reference, "referent", "Ljava/lang/Object;");
  offsets_.reference_queue = field_offset(reference, "queue", "Ljava/lang/ref/ReferenceQueue;");
  offsets_.reference_pending_next = field_offset(reference, "pendingNext", "Ljava/lang/ref/Reference;");
  Class* loader = well_known(WellKnown::ClassLoader);
  offsets_.loader_data = field_offset(loader, "loaderData", "J");
  offsets_.loader_name = field_offset(loader, "name", "Ljava/lang/String;");
  offsets_.loader_name_and_id = field_offset(loader, "nameAndId", "Ljava/lang/String;");
  offsets_.loader_parent = field_offset(loader, "parent", "Ljava/lang/ClassLoader;");
}

ClassLoaderData& Isolate::loader_data(VMThread* thread, Object* loader) {
  if (loader == nullptr) return *boot_loader_;
  auto recorded = [&] { return reinterpret_cast<ClassLoaderData*>(loader->field_at<int64_t>(offsets_.loader_data)); };
  if (ClassLoaderData* data = recorded()) return *data;
  // HotSpot's "name and id" texts, computed by the ClassLoader constructor (nameAndId).
  auto name_and_id = [&](Object* of) -> std::string {
    if (of == nullptr) return "'bootstrap'";
    Object* text = of->field_at<Object*>(offsets_.loader_name_and_id);
    return text != nullptr ? string_to_utf8(thread, text) : of->klass->external_name();
  };
  std::string own = name_and_id(loader);
  std::string parent = name_and_id(loader->field_at<Object*>(offsets_.loader_parent));
  std::lock_guard<std::mutex> guard(user_loaders_mutex_);
  if (ClassLoaderData* data = recorded()) return *data;  // another thread was first
  auto data = std::make_unique<ClassLoaderData>(this, LoaderKind::User, std::move(own), nullptr, std::move(parent));
  data->set_loader_object(loader);
  loader->field_at<int64_t>(offsets_.loader_data) = reinterpret_cast<int64_t>(data.get());
  user_loaders_.push_back(std::move(data));
  return *user_loaders_.back();
}

bool Isolate::create_main_thread_object(std::string* error) {
  VMThread* thread = main_thread_.get();
  Class* group_class = well_known(WellKnown::ThreadGroup);
  Class* thread_class = well_known(WellKnown::Thread);
  if (!group_class || !thread_class || !ensure_initialized(thread, group_class) ||
      !ensure_initialized(thread, thread_class)) {
    *error = "cannot initialize java.lang.Thread";
    return false;
  }
  Object* system_group = new_instance(thread, group_class);
  Object* main_group = new_instance(thread, group_class);
  Object* main_name = new_string_from_utf8(thread, "main");
  Object* thread_object = new_instance(thread, thread_class);
  if (!system_group || !main_group || !main_name || !thread_object) {
    *error = "out of memory while creating the main thread";
    return false;
  }
  Method* group_ctor = group_class->find_declared_method("<init>", "()V");
  Method* subgroup_ctor =
      group_class->find_declared_method("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V");
  Method* thread_ctor =
      thread_class->find_declared_method("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;IZ)V");
  if (!group_ctor || !subgroup_ctor || !thread_ctor) {
    *error = "the class library lacks the ThreadGroup/Thread constructors the VM calls";
    return false;
  }
  thread->set_thread_object(thread_object);
  interp::call_method(thread, group_ctor, {Slot::of_ref(system_group)});
  if (!thread->has_pending_exception()) {
    interp::call_method(thread, subgroup_ctor,
                        {Slot::of_ref(main_group), Slot::of_ref(system_group), Slot::of_ref(main_name)});
  }
  if (!thread->has_pending_exception()) {
    interp::call_method(thread, thread_ctor,
                        {Slot::of_ref(thread_object), Slot::of_ref(main_group),
                         Slot::of_ref(main_name), Slot::of_int(5), Slot::of_int(0)});
  }
  if (thread->has_pending_exception()) {
    *error = "exception while creating the main thread";
    return false;
  }
  threads_.register_main_thread(thread, main_group);
  return true;
}

bool Isolate::preallocate_errors(std::string* error) {
  VMThread* thread = main_thread_.get();
  Class* oom = well_known(WellKnown::OutOfMemoryError);
  std::string message = "Java heap space";
  Object* error_object = oom ? new_throwable(thread, oom, &message) : nullptr;
  if (error_object == nullptr) {
    *error = "cannot create java.lang.OutOfMemoryError";
    return false;
  }
  error_object->field_at<Object*>(offsets_.throwable_backtrace) = nullptr;  // no stack trace
  collector_.pin(error_object);
  preallocated_oom_ = error_object;
  return true;
}

bool Isolate::boot(std::string* error) {
  if (!jni_->configure(error)) return false;  // -Xjni:config= files (src/jni/access_config.hpp)
  strings_ = std::make_unique<StringTable>();
  monitors_ = std::make_unique<MonitorTable>();
  natives_ = std::make_unique<natives::NativeRegistry>();
  boot_loader_ = std::make_unique<ClassLoaderData>(this, LoaderKind::Boot, "'bootstrap'", nullptr);
  platform_loader_ = std::make_unique<ClassLoaderData>(this, LoaderKind::Builtin, "'platform'", boot_loader_.get());
  app_loader_ = std::make_unique<ClassLoaderData>(this, LoaderKind::Builtin, "'app'", platform_loader_.get());
  auto library = open_embedded_archive(embedded_class_library(), "jrt:/java.base");
  if (!library) {
    *error = "the embedded class library is unreadable";
    return false;
  }
  boot_loader_->add_entry(std::move(library));
  for (const EmbeddedClassPathEntry& embedded : options_.embedded_class_path) {
    auto entry = open_embedded_archive(embedded.jar, embedded.description);
    if (!entry) {
      *error = "the application classes embedded in " + embedded.description + " are unreadable";
      return false;
    }
    app_loader_->add_entry(std::move(entry));
  }
  for (const std::string& element : options_.class_path) {
    if (auto entry = open_class_path_entry(element)) app_loader_->add_entry(std::move(entry));
  }

  main_thread_ = std::make_unique<VMThread>(this, options_.java_stack_bytes);
  VMThread* thread = main_thread_.get();
  VMThread::set_current(thread);
  safepoints_.attach(thread);
  create_primitive_classes();

  // java.lang.Class must exist before any mirror can; classes loaded until then get theirs here.
  Class* object = well_known(WellKnown::Object);
  Class* class_class = object ? load_class(thread, *boot_loader_, "java/lang/Class") : nullptr;
  if (class_class == nullptr) {
    *error = "cannot load java.lang.Object and java.lang.Class from the class library";
    return false;
  }
  offsets_.class_vm_class = class_class->instance_size - sizeof(Class*);
  well_known_[static_cast<size_t>(WellKnown::Class)].store(class_class, std::memory_order_release);
  std::vector<Class*> early;
  {
    std::lock_guard<std::mutex> guard(class_ownership_mutex_);
    for (auto& k : classes_) early.push_back(k.get());
  }
  for (Class* k : early) {
    if (k->mirror == nullptr && !create_mirror(thread, k)) {
      *error = "out of memory while creating class mirrors";
      return false;
    }
  }

  compute_well_known_offsets();
  for (WellKnown core : {WellKnown::Object, WellKnown::String, WellKnown::System, WellKnown::Class,
                         WellKnown::ThreadGroup, WellKnown::Thread}) {
    Class* k = well_known(core);
    if (k == nullptr || !ensure_initialized(thread, k)) {
      *error = "cannot initialize " + std::string(kWellKnownNames[static_cast<size_t>(core)]);
      return false;
    }
  }
  if (!create_main_thread_object(error)) return false;
  if (!preallocate_errors(error)) return false;

  Class* system = well_known(WellKnown::System);
  Method* init_phase1 = system->find_declared_method("initPhase1", "()V");
  if (init_phase1 == nullptr) {
    *error = "the class library lacks java.lang.System.initPhase1()";
    return false;
  }
  interp::call_method(thread, init_phase1, std::span<const Slot>());
  if (thread->has_pending_exception()) {
    *error = "exception in System.initPhase1";
    return false;
  }
  return create_builtin_loaders(error) && run_features(error);
}

// --features=: FeatureRunner.run (classlib/org/graalvm/nativeimage/impl) instantiates the
// classes and runs their hooks, before main, as Native Image runs them before analysis ends. It
// answers null, or the error that stops start-up.
bool Isolate::run_features(std::string* error) {
  if (options_.features.empty()) return true;
  VMThread* thread = main_thread_.get();
  Class* runner = load_class(thread, *boot_loader_, "org/graalvm/nativeimage/impl/FeatureRunner");
  Method* run = runner ? runner->find_declared_method("run", "([Ljava/lang/String;)Ljava/lang/String;") : nullptr;
  ArrayObject* names = run ? new_object_array(thread, well_known(WellKnown::String),
                                                   static_cast<int32_t>(options_.features.size()))
                           : nullptr;
  for (size_t i = 0; names != nullptr && i < options_.features.size(); ++i) {
    Object* name = new_string_from_utf8(thread, options_.features[i]);
    if (name == nullptr) break;
    names->at<Object*>(static_cast<int32_t>(i)) = name;
  }
  Object* failure = nullptr;
  if (names != nullptr && !thread->has_pending_exception()) {
    failure = interp::call_method(thread, run, {Slot::of_ref(names)}).l;
  }
  if (thread->has_pending_exception() || names == nullptr) {
    thread->take_pending_exception();
    *error = "exception while running the --features= classes";
    return false;
  }
  if (failure != nullptr) {
    *error = string_to_utf8(thread, failure);
    return false;
  }
  return true;
}

// The Java faces of the platform and application loaders (ClassLoader.initSystemClassLoader,
// which registers them with the VM and makes the application loader the main thread's context
// loader), as HotSpot's initPhase3 does.
bool Isolate::create_builtin_loaders(std::string* error) {
  VMThread* thread = main_thread_.get();
  Class* loader = well_known(WellKnown::ClassLoader);
  Method* init = loader ? loader->find_declared_method("initSystemClassLoader", "()V") : nullptr;
  if (init == nullptr) {
    *error = "the class library lacks java.lang.ClassLoader.initSystemClassLoader()";
    return false;
  }
  interp::call_method(thread, init, std::span<const Slot>());
  if (thread->has_pending_exception() || app_loader_->loader_object() == nullptr) {
    *error = "exception while creating the system class loader";
    return false;
  }
  return true;
}

}  // namespace islet::runtime
