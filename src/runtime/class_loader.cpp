// Class loading: class path entries, per-loader class tables, and the load -> parse -> link path
// with HotSpot's errors (NoClassDefFoundError with ClassNotFoundException cause, wrong name,
// duplicate definitions, prohibited packages, ClassCircularityError, superclass/interface shape
// checks). Loading through a user-defined loader calls its loadClass(String).
#include "runtime/class_loader.hpp"

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "classfile/code_check.hpp"
#include "classfile/descriptor.hpp"
#include "classfile/zip_archive.hpp"
#include "interp/interpreter.hpp"
#include "runtime/allocation.hpp"
#include "runtime/boot_archive.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/linker.hpp"
#include "runtime/resolver.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

// --- Class path entries ---------------------------------------------------------------------

namespace {

// URL paths as java.nio.file.Path.toUri writes them: bytes outside the characters a URI path
// may hold are percent-encoded.
std::string url_encode_path(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    bool plain = alphanumeric || std::string_view("-._~/!$&'()*+,;=:@").find(static_cast<char>(c)) != std::string_view::npos;
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string absolute_path(const std::string& path) {
  char resolved[PATH_MAX];
  return realpath(path.c_str(), resolved) != nullptr ? std::string(resolved) : path;
}

class DirectoryEntry final : public ClassPathEntry {
 public:
  explicit DirectoryEntry(std::string dir)
      : dir_(std::move(dir)), absolute_dir_(absolute_path(dir_)), url_prefix_("file:" + url_encode_path(absolute_dir_) + "/") {}
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
  std::string describe() const override { return "file:" + absolute_dir_ + "/"; }  // as HotSpot
  std::optional<std::string> resource_url(std::string_view name) const override {
    struct stat st;
    if (stat((dir_ + "/" + std::string(name)).c_str(), &st) != 0) return std::nullopt;
    return url_prefix_ + url_encode_path(name);
  }

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
  std::string absolute_dir_;
  std::string url_prefix_;
};

class ArchiveEntry final : public ClassPathEntry {
 public:
  // `url_prefix` is what a resource's URL starts with: "jar:file:/abs/app.jar!/" or, for the
  // class library, "jrt:/java.base/".
  ArchiveEntry(std::unique_ptr<classfile::ZipArchive> archive, std::string description, std::string url_prefix)
      : archive_(std::move(archive)), description_(std::move(description)), url_prefix_(std::move(url_prefix)) {}
  std::optional<std::vector<uint8_t>> read(std::string_view file_name) const override {
    return archive_->read(file_name);
  }
  std::string describe() const override { return description_; }
  std::optional<std::string> resource_url(std::string_view name) const override {
    if (!archive_->contains(name)) return std::nullopt;
    return url_prefix_ + url_encode_path(name);
  }

 private:
  std::unique_ptr<classfile::ZipArchive> archive_;
  std::string description_;
  std::string url_prefix_;
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
  return std::make_unique<ArchiveEntry>(std::move(archive), "file:" + path,
                                        "jar:file:" + url_encode_path(absolute_path(path)) + "!/");
}

std::unique_ptr<ClassPathEntry> open_embedded_archive(std::span<const uint8_t> bytes,
                                                      std::string description) {
  std::string error;
  const std::string url_prefix = "jrt:/java.base/";
  // Read from the runtime's file when possible: the mapped copy would become resident in 64 KiB
  // chunks around every class read (see boot_archive.hpp).
  bool is_embedded_library = bytes.data() == embedded_class_library().data();
  if (auto file = is_embedded_library ? embedded_class_library_file() : std::nullopt) {
    auto archive = classfile::ZipArchive::open_file_range(file->path, file->offset, file->size,
                                                          &error);
    if (archive) return std::make_unique<ArchiveEntry>(std::move(archive), std::move(description), url_prefix);
  }
  auto archive = classfile::ZipArchive::open_memory(bytes, &error);
  if (!archive) return nullptr;
  return std::make_unique<ArchiveEntry>(std::move(archive), std::move(description), url_prefix);
}

// --- ClassLoaderData ------------------------------------------------------------------------

ClassLoaderData::ClassLoaderData(Isolate* isolate, LoaderKind kind, std::string name_and_id,
                                 ClassLoaderData* parent, std::string parent_name_and_id)
    : isolate_(isolate),
      kind_(kind),
      name_and_id_(std::move(name_and_id)),
      parent_name_and_id_(std::move(parent_name_and_id)),
      parent_(parent) {}

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

// How a definition came about: a builtin loader found the bytes on its path (a second thread
// that got there first wins quietly), or ClassLoader.defineClass / JNI DefineClass asked for it
// (a name defined twice is a LinkageError).
enum class Definition { FromPath, Explicit };

Class* define_from_bytes(VMThread* thread, ClassLoaderData& loader, std::span<const uint8_t> bytes,
                         std::string_view expected_name, const ClassPathEntry* source, Definition how);

Class* define_loaded_class(VMThread* thread, ClassLoaderData& loader, std::span<const uint8_t> bytes,
                           std::string_view name, const ClassPathEntry* source) {
  return define_from_bytes(thread, loader, bytes, name, source, Definition::FromPath);
}

// Parent-first through the builtin chain (app -> platform -> boot), each loader searching its
// own path under its lock. Null without an exception when no loader of the chain has the class.
Class* load_builtin(VMThread* thread, ClassLoaderData& loader, std::string_view name) {
  if (ClassLoaderData* parent = loader.parent()) {
    if (Class* loaded = load_builtin(thread, *parent, name)) return loaded;
    if (thread->has_pending_exception()) return nullptr;
  }
  return load_from_own_path(thread, loader, name);
}

// A user-defined loader: like HotSpot's SystemDictionary, the VM calls loader.loadClass(name)
// and then records the loader as an initiating loader of the class it returned, so the next
// resolution of that name through this loader does not call Java again. (Loading constraints,
// JVMS 5.3.4, are not checked.)
Class* load_through_java(VMThread* thread, ClassLoaderData& loader, std::string_view name,
                         OnMissing on_missing) {
  Isolate* isolate = thread->isolate();
  Class* class_loader = isolate->well_known(WellKnown::ClassLoader);
  Method* load = class_loader ? lookup_method(class_loader, "loadClass", "(Ljava/lang/String;)Ljava/lang/Class;")
                              : nullptr;
  Object* java_name = load ? new_string_from_utf8(thread, dotted(name)) : nullptr;
  if (java_name == nullptr) return nullptr;
  Object* mirror =
      interp::call_virtual(thread, load, {Slot::of_ref(loader.loader_object()), Slot::of_ref(java_name)}).l;
  if (Object* failure = thread->pending_exception()) {
    Class* not_found = isolate->well_known(WellKnown::ClassNotFoundException);
    if (on_missing == OnMissing::NoClassDefFoundError && failure->klass->is_subclass_of(not_found)) {
      thread->take_pending_exception();
      throw_new_with_cause(thread, WellKnown::NoClassDefFoundError, name, failure);
    }
    return nullptr;
  }
  Class* loaded = mirror ? mirror->field_at<Class*>(isolate->offsets().class_vm_class) : nullptr;
  // HotSpot reports a null result or a class of another name with the internal name.
  if (loaded == nullptr || loaded->name != name) {
    throw_new(thread, on_missing == OnMissing::ClassNotFoundException ? WellKnown::ClassNotFoundException
                                                                      : WellKnown::NoClassDefFoundError,
              name);
    return nullptr;
  }
  SafeLockGuard<std::recursive_mutex> guard(thread, loader.lock());
  if (Class* first = loader.find_loaded(name)) return first;  // the first answer stays
  loader.record(loaded);
  return loaded;
}

}  // namespace

Class* load_from_own_path(VMThread* thread, ClassLoaderData& loader, std::string_view name) {
  SafeLockGuard<std::recursive_mutex> guard(thread, loader.lock());
  if (Class* loaded = loader.find_loaded(name)) return loaded;
  const ClassPathEntry* source = nullptr;
  auto bytes = loader.read_class_bytes(name, &source);
  return bytes ? define_loaded_class(thread, loader, *bytes, name, source) : nullptr;
}

Class* load_class(VMThread* thread, ClassLoaderData& loader, std::string_view name,
                  OnMissing on_missing) {
  if (!name.empty() && name[0] == '[') return load_array_class(thread, loader, name, on_missing);
  if (Class* loaded = loader.find_loaded(name)) return loaded;
  if (loader.is_user()) return load_through_java(thread, loader, name, on_missing);
  Class* loaded = load_builtin(thread, loader, name);
  if (loaded == nullptr && !thread->has_pending_exception()) throw_missing(thread, name, on_missing);
  return loaded;
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

// Parses and checks class bytes for `loader`. Null with the error pending: ClassFormatError or
// UnsupportedClassVersionError, NoClassDefFoundError for a wrong name, SecurityException for a
// java.* class outside the bootstrap loader, VerifyError.
std::unique_ptr<classfile::ClassFile> parse_for(VMThread* thread, const ClassLoaderData& loader,
                                                std::span<const uint8_t> bytes, std::string_view expected_name,
                                                Definition how) {
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
  if (!loader.is_boot() && file->this_class.starts_with("java/")) {
    // A builtin loader's own check is ClassLoader.preDefineClass's (Java); HotSpot's class file
    // parser words it with the loader for every other definition.
    std::string package = dotted(std::string_view(file->this_class).substr(0, file->this_class.rfind('/')));
    throw_new(thread, WellKnown::SecurityException,
              how == Definition::FromPath ? "Prohibited package name: " + package
                                          : "Class loader (instance of): " + loader.name_and_id() +
                                                " tried to load prohibited package name: " + package);
    return nullptr;
  }
  for (const classfile::MethodInfo& m : file->methods) {
    if (!m.code) continue;
    if (auto error = classfile::check_code(*file, m)) {
      throw_new(thread, WellKnown::VerifyError, error->message);
      return nullptr;
    }
  }
  return file;
}

// HotSpot's words for a second definition of a name in one loader.
void throw_duplicate_definition(VMThread* thread, const ClassLoaderData& loader, const classfile::ClassFile& file) {
  std::string name = dotted(file.this_class);
  std::string_view internal = file.this_class;
  size_t slash = internal.rfind('/');
  std::string where = module_and_loader(loader, slash == std::string_view::npos ? "" : internal.substr(0, slash));
  if (loader.is_user()) where += ", parent loader " + loader.parent_name_and_id();
  const char* kind = (file.access_flags & access::kInterface) ? "interface" : "class";
  throw_new(thread, WellKnown::LinkageError,
            "loader " + loader.name_and_id() + " attempted duplicate " + kind + " definition for " + name + ". (" +
                name + " is in " + where + ")");
}

// The class already recorded under `file`'s name in `loader`: returned for a definition from the
// path, a LinkageError for an explicit one. Null (nothing pending) if there is none.
Class* existing_definition(VMThread* thread, ClassLoaderData& loader, const classfile::ClassFile& file,
                           Definition how, bool* duplicate) {
  Class* existing = loader.find_loaded(file.this_class);
  *duplicate = existing != nullptr;
  if (existing != nullptr && how == Definition::Explicit) {
    throw_duplicate_definition(thread, loader, file);
    return nullptr;
  }
  return existing;
}

// Loading the supertypes may call a user loader's loadClass, so no loader lock is held meanwhile
// (two threads of a parallel-capable loader each defining a class whose superclass the other is
// defining would deadlock). A builtin loader's caller holds its lock throughout, so for those the
// table cannot change between the two checks.
Class* define_from_bytes(VMThread* thread, ClassLoaderData& loader, std::span<const uint8_t> bytes,
                         std::string_view expected_name, const ClassPathEntry* source, Definition how) {
  Isolate* isolate = thread->isolate();
  std::unique_ptr<classfile::ClassFile> file = parse_for(thread, loader, bytes, expected_name, how);
  if (file == nullptr) return nullptr;
  bool duplicate = false;
  {
    SafeLockGuard<std::recursive_mutex> guard(thread, loader.lock());
    Class* existing = existing_definition(thread, loader, *file, how, &duplicate);
    if (duplicate) return existing;
  }

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

  // Adopted before its mirror exists, so the collector sees the mirror from the start; recorded
  // in the loader's table only once complete, so no other thread finds it half made.
  isolate->adopt_class(std::move(owned));
  if (!create_mirror(thread, klass)) return nullptr;
  {
    SafeLockGuard<std::recursive_mutex> guard(thread, loader.lock());
    Class* existing = existing_definition(thread, loader, klass->class_file(), how, &duplicate);
    if (duplicate) return existing;  // another thread defined it meanwhile; ours stays unused
    loader.record(klass);
  }
  if (isolate->options().verbose_class) {
    print_diagnostic(isolate->options(), stdout, "[info][class,load] %s source: %s\n",
                     klass->external_name().c_str(), source ? source->describe().c_str() : "__JVM_DefineClass__");
  }
  return klass;
}

}  // namespace

Class* define_class(VMThread* thread, ClassLoaderData& loader, std::span<const uint8_t> bytes,
                    std::string_view expected_name) {
  return define_from_bytes(thread, loader, bytes, expected_name, nullptr, Definition::Explicit);
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
  if (!create_mirror(thread, array)) return nullptr;
  loader.record(array);
  component->array_class.store(array, std::memory_order_release);
  return array;
}

}  // namespace islet::runtime
