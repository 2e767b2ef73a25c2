// Class loading: class path entries, per-loader class tables, and the load -> parse -> link path
// with HotSpot's errors (NoClassDefFoundError with ClassNotFoundException cause, wrong name,
// ClassCircularityError, superclass/interface shape checks).
#include "runtime/class_loader.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "classfile/code_check.hpp"
#include "classfile/zip_archive.hpp"
#include "runtime/allocation.hpp"
#include "runtime/boot_archive.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/linker.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

// --- Class path entries ---------------------------------------------------------------------

namespace {

class DirectoryEntry final : public ClassPathEntry {
 public:
  explicit DirectoryEntry(std::string dir) : dir_(std::move(dir)) {}
  std::optional<std::vector<uint8_t>> read(std::string_view file_name) const override {
    std::string path = dir_ + "/" + std::string(file_name);
    struct stat st;
    if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || escapes_directory(path)) {
      return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
  }
  std::string describe() const override { return "file:" + dir_ + "/"; }

 private:
  // A resource name with ".." may point outside the directory: like the JDK's class path, only
  // files whose canonical path stays inside it are served.
  bool escapes_directory(const std::string& path) const {
    if (path.find("..", dir_.size()) == std::string::npos) return false;
    char* file = realpath(path.c_str(), nullptr);
    char* dir = realpath(dir_.c_str(), nullptr);
    bool inside = file != nullptr && dir != nullptr &&
                  std::string_view(file).starts_with(std::string(dir) + "/");
    std::free(file);
    std::free(dir);
    return !inside;
  }

  std::string dir_;
};

class ArchiveEntry final : public ClassPathEntry {
 public:
  ArchiveEntry(std::unique_ptr<classfile::ZipArchive> archive, std::string description)
      : archive_(std::move(archive)), description_(std::move(description)) {}
  std::optional<std::vector<uint8_t>> read(std::string_view file_name) const override {
    return archive_->read(file_name);
  }
  std::string describe() const override { return description_; }

 private:
  std::unique_ptr<classfile::ZipArchive> archive_;
  std::string description_;
};

}  // namespace

std::unique_ptr<ClassPathEntry> open_class_path_entry(const std::string& path) {
  struct stat st;
  if (path.empty() || stat(path.c_str(), &st) != 0) return nullptr;
  if (S_ISDIR(st.st_mode)) {
    std::string dir = path;
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    return std::make_unique<DirectoryEntry>(dir);
  }
  std::string error;
  auto archive = classfile::ZipArchive::open_file(path, &error);
  if (!archive) return nullptr;
  return std::make_unique<ArchiveEntry>(std::move(archive), "file:" + path);
}

std::unique_ptr<ClassPathEntry> open_embedded_archive(std::span<const uint8_t> bytes,
                                                      std::string description) {
  std::string error;
  // Read from the runtime's file when possible: the mapped copy would become resident in 64 KiB
  // chunks around every class read (see boot_archive.hpp).
  bool is_embedded_library = bytes.data() == embedded_class_library().data();
  if (auto file = is_embedded_library ? embedded_class_library_file() : std::nullopt) {
    auto archive = classfile::ZipArchive::open_file_range(file->path, file->offset, file->size,
                                                          &error);
    if (archive) return std::make_unique<ArchiveEntry>(std::move(archive), std::move(description));
  }
  auto archive = classfile::ZipArchive::open_memory(bytes, &error);
  if (!archive) return nullptr;
  return std::make_unique<ArchiveEntry>(std::move(archive), std::move(description));
}

// --- ClassLoaderData ------------------------------------------------------------------------

ClassLoaderData::ClassLoaderData(Isolate* isolate, std::string name, ClassLoaderData* parent)
    : isolate_(isolate), name_(std::move(name)), parent_(parent) {}

ClassLoaderData::~ClassLoaderData() = default;

Class* ClassLoaderData::find_loaded(std::string_view name) {
  SafeLockGuard<std::recursive_mutex> guard(VMThread::current(isolate_), mutex_);
  auto it = classes_.find(std::string(name));
  return it == classes_.end() ? nullptr : it->second;
}

void ClassLoaderData::record(Class* klass) { classes_[klass->name] = klass; }

std::optional<std::vector<uint8_t>> ClassLoaderData::read_class_bytes(
    std::string_view name, const ClassPathEntry** source) const {
  return read_file(std::string(name) + ".class", source);
}

std::optional<std::vector<uint8_t>> ClassLoaderData::read_file(
    std::string_view file_name, const ClassPathEntry** source) const {
  for (const auto& entry : path_) {
    if (auto bytes = entry->read(file_name)) {
      if (source != nullptr) *source = entry.get();
      return bytes;
    }
  }
  return std::nullopt;
}

// --- Loading --------------------------------------------------------------------------------

namespace {

std::string dotted(std::string_view internal_name) {
  std::string s(internal_name);
  for (char& c : s) {
    if (c == '/') c = '.';
  }
  return s;
}

void throw_missing(VMThread* thread, std::string_view name, OnMissing on_missing) {
  std::string external = dotted(name);
  if (on_missing == OnMissing::ClassNotFoundException) {
    throw_new(thread, WellKnown::ClassNotFoundException, external);
    return;
  }
  // HotSpot: NoClassDefFoundError "a/B" caused by ClassNotFoundException "a.B".
  throw_new(thread, WellKnown::ClassNotFoundException, external);
  if (!thread->has_pending_exception()) return;
  Object* cause = thread->take_pending_exception();
  if (cause->klass != thread->isolate()->well_known(WellKnown::ClassNotFoundException)) {
    thread->set_pending_exception(cause);  // building the cause itself failed
    return;
  }
  throw_new_with_cause(thread, WellKnown::NoClassDefFoundError, name, cause);
}

// Array classes are created by the loader of their element type (JVMS 5.3.3).
Class* load_array_class(VMThread* thread, ClassLoaderData& loader, std::string_view name,
                        OnMissing on_missing) {
  std::string_view element = name.substr(1);
  Class* component = nullptr;
  if (element.empty()) {
    throw_missing(thread, name, on_missing);
    return nullptr;
  }
  if (element[0] == '[') {
    component = load_class(thread, loader, element, on_missing);
  } else if (element[0] == 'L' && element.size() > 2 && element.back() == ';') {
    component = load_class(thread, loader, element.substr(1, element.size() - 2), on_missing);
  } else if (element.size() == 1 && element[0] != 'V') {
    component = thread->isolate()->primitive_class(static_cast<BasicType>(element[0]));
  }
  if (component == nullptr) {
    if (!thread->has_pending_exception()) throw_missing(thread, name, on_missing);
    return nullptr;
  }
  return array_class_of(thread, component);
}

bool in_progress_contains(const std::vector<std::string>& stack, std::string_view name) {
  for (const auto& n : stack) {
    if (n == name) return true;
  }
  return false;
}

}  // namespace

Class* load_class(VMThread* thread, ClassLoaderData& loader, std::string_view name,
                  OnMissing on_missing) {
  if (!name.empty() && name[0] == '[') return load_array_class(thread, loader, name, on_missing);
  if (Class* loaded = loader.find_loaded(name)) return loaded;
  // Parent-first delegation: the bootstrap loader gets the first chance.
  ClassLoaderData* chain[2] = {loader.parent(), &loader};
  for (ClassLoaderData* candidate : chain) {
    if (candidate == nullptr) continue;
    SafeLockGuard<std::recursive_mutex> guard(thread, candidate->lock());
    if (Class* loaded = candidate->find_loaded(name)) return loaded;
    const ClassPathEntry* source = nullptr;
    if (auto bytes = candidate->read_class_bytes(name, &source)) {
      return define_class(thread, *candidate, *bytes, name, source);
    }
  }
  throw_missing(thread, name, on_missing);
  return nullptr;
}

namespace {

// Loads and checks the superclass and superinterfaces of `klass` (JVMS 5.3.5 steps 3-4).
bool load_supertypes(VMThread* thread, ClassLoaderData& loader, Class* klass) {
  const classfile::ClassFile& cf = klass->class_file();
  if (!cf.super_class.empty()) {
    Class* super = load_class(thread, loader, cf.super_class);
    if (super == nullptr) return false;
    if (super->is_interface()) {
      throw_new(thread, WellKnown::IncompatibleClassChangeError,
                "class " + klass->external_name() + " has interface " + super->external_name() +
                    " as super class");
      return false;
    }
    if (super->access_flags & access::kFinal) {
      throw_new(thread, WellKnown::VerifyError,
                "Cannot inherit from final class");
      return false;
    }
    klass->super = super;
  } else if (klass->name != "java/lang/Object") {
    throw_new(thread, WellKnown::ClassFormatError,
              "Invalid superclass index 0 in class file " + klass->external_name());
    return false;
  }
  for (const std::string& interface_name : cf.interfaces) {
    Class* interface = load_class(thread, loader, interface_name);
    if (interface == nullptr) return false;
    if (!interface->is_interface()) {
      throw_new(thread, WellKnown::IncompatibleClassChangeError,
                "class " + klass->external_name() + " can not implement " +
                    interface->external_name() + ", because it is not an interface (" +
                    interface->external_name() + " is in " + module_and_loader(interface) + ")");
      return false;
    }
    klass->interfaces.push_back(interface);
  }
  return true;
}

}  // namespace

Class* define_class(VMThread* thread, ClassLoaderData& loader, std::span<const uint8_t> bytes,
                    std::string_view expected_name, const ClassPathEntry* source) {
  Isolate* isolate = thread->isolate();
  classfile::ParseResult parsed = classfile::parse_class_file(bytes, expected_name);
  if (!parsed.file) {
    throw_new(thread,
              parsed.error.unsupported_version ? WellKnown::UnsupportedClassVersionError
                                               : WellKnown::ClassFormatError,
              parsed.error.message);
    return nullptr;
  }
  std::unique_ptr<classfile::ClassFile> file = std::move(parsed.file);
  if (!expected_name.empty() && file->this_class != expected_name) {
    throw_new(thread, WellKnown::NoClassDefFoundError,
              std::string(expected_name) + " (wrong name: " + file->this_class + ")");
    return nullptr;
  }
  for (const classfile::MethodInfo& m : file->methods) {
    if (!m.code) continue;
    if (auto error = classfile::check_code(*file, m)) {
      throw_new(thread, WellKnown::VerifyError, error->message);
      return nullptr;
    }
  }

  SafeLockGuard<std::recursive_mutex> guard(thread, loader.lock());
  if (Class* existing = loader.find_loaded(file->this_class)) return existing;

  // A class whose loading is already in progress on this thread's path is its own supertype.
  std::vector<std::string>& loading = thread->classes_being_loaded();
  if (in_progress_contains(loading, file->this_class)) {
    throw_new(thread, WellKnown::ClassCircularityError, file->this_class);
    return nullptr;
  }
  loading.push_back(file->this_class);

  auto owned = std::make_unique<Class>();
  Class* klass = owned.get();
  klass->name = file->this_class;
  klass->access_flags = file->access_flags;
  klass->loader = &loader;
  klass->file = std::move(file);
  bool supertypes_ok = load_supertypes(thread, loader, klass);
  loading.pop_back();
  if (!supertypes_ok) return nullptr;
  if (!link_class(thread, klass)) return nullptr;

  isolate->adopt_class(std::move(owned));
  loader.record(klass);
  if (!create_mirror(thread, klass)) return nullptr;
  if (isolate->options().verbose_class) {
    print_diagnostic(isolate->options(), stdout, "[info][class,load] %s source: %s\n",
                     klass->external_name().c_str(), source ? source->describe().c_str() : "__JVM_DefineClass__");
  }
  return klass;
}

Class* array_class_of(VMThread* thread, Class* component) {
  if (Class* existing = component->array_class.load(std::memory_order_acquire)) return existing;
  Isolate* isolate = thread->isolate();
  ClassLoaderData& loader = component->loader ? *component->loader : isolate->boot_loader();
  SafeLockGuard<std::recursive_mutex> guard(thread, loader.lock());
  if (Class* existing = component->array_class.load(std::memory_order_acquire)) return existing;

  auto owned = std::make_unique<Class>();
  Class* array = owned.get();
  if (component->is_primitive()) {
    array->name = std::string("[") + static_cast<char>(component->element_type);
    array->element_type = component->element_type;
  } else if (component->is_array()) {
    array->name = "[" + component->name;
    array->element_type = BasicType::Array;
  } else {
    array->name = "[L" + component->name + ";";
    array->element_type = BasicType::Object;
  }
  array->kind = ClassKind::Array;
  array->component = component;
  array->element_size_log2 = element_size_log2(array->element_type);
  // Arrays are public/private like their element, always final and abstract (JVMS/HotSpot).
  uint16_t element_access =
      component->is_primitive() ? access::kPublic : (component->access_flags & access::kPublic);
  array->access_flags = element_access | access::kFinal | access::kAbstract;
  array->loader = &loader;
  Class* object = isolate->well_known(WellKnown::Object);
  array->super = object;
  array->interfaces = {isolate->well_known(WellKnown::Cloneable),
                       isolate->well_known(WellKnown::Serializable)};
  array->all_interfaces = array->interfaces;
  array->primary_supers = {object};
  array->vtable = object->vtable;
  array->instance_size = ArrayObject::kArrayDataOffset;
  array->init_state.store(InitState::Initialized, std::memory_order_relaxed);

  isolate->adopt_class(std::move(owned));
  loader.record(array);
  if (!create_mirror(thread, array)) return nullptr;
  component->array_class.store(array, std::memory_order_release);
  return array;
}

}  // namespace islet::runtime
