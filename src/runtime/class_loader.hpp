// Class loading: where class bytes come from (class path entries: directories, jars, the embedded
// class library) and the per-loader class tables (ClassLoaderData). Like HotSpot, the builtin
// loaders live in the VM: the bootstrap loader over the embedded class library, the platform
// loader (which defines nothing of its own) and the application loader over -cp, delegating
// parent-first. Every other java.lang.ClassLoader gets its own ClassLoaderData the first time the
// VM needs one, and the VM loads through it by calling its loadClass, as HotSpot's
// SystemDictionary does for non-builtin loaders.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace islet::classfile {
class ZipArchive;
}

namespace islet::runtime {

class Isolate;
class VMThread;
struct Class;
struct Object;

class ClassPathEntry {
 public:
  virtual ~ClassPathEntry() = default;
  // The bytes of `file_name` ("java/lang/String.class", "META-INF/x.properties"), or nullopt if
  // this entry lacks it. A directory entry only reads regular files inside its directory.
  virtual std::optional<std::vector<uint8_t>> read(std::string_view file_name) const = 0;
  virtual std::string describe() const = 0;  // for -verbose:class "source:" lines
  // The URL of the resource `name` ("pkg/data.txt") in this entry, as the JDK's class path
  // gives it ("file:/abs/dir/pkg/data.txt", "jar:file:/abs/app.jar!/pkg/data.txt",
  // "jrt:/java.base/java/lang/String.class"), or nullopt if the entry lacks it.
  virtual std::optional<std::string> resource_url(std::string_view name) const = 0;
};

// Opens a class path element: a directory or a jar/zip file. Null if it does not exist or is not
// readable (like HotSpot, a missing class path element is silently ignored).
std::unique_ptr<ClassPathEntry> open_class_path_entry(const std::string& path);
std::unique_ptr<ClassPathEntry> open_embedded_archive(std::span<const uint8_t> bytes,
                                                      std::string description);

enum class LoaderKind : uint8_t {
  Boot,     // the bootstrap loader; its Java face is null
  Builtin,  // the platform and application loaders: parent-first over their own class path
  User,     // any other java.lang.ClassLoader: the VM asks its loadClass(String)
};

// One class loader's data: its class table (the classes it defined and those it initiated, by
// name), its path for builtin loaders, and its Java object. Owned by the Isolate; classes are
// never unloaded, so a ClassLoaderData and its loader object live as long as the isolate (the
// collector marks every loader object, runtime/collector.cpp).
class ClassLoaderData {
 public:
  // `name_and_id` is HotSpot's text for the loader in messages: 'bootstrap', 'app',
  // 'name' @1b6d3586 or pkg.MyLoader @1b6d3586; `parent_name_and_id` that of a user loader's
  // parent ("parent loader 'app'" in duplicate-definition errors).
  ClassLoaderData(Isolate* isolate, LoaderKind kind, std::string name_and_id, ClassLoaderData* parent,
                  std::string parent_name_and_id = {});
  ~ClassLoaderData();

  Isolate* isolate() const { return isolate_; }
  LoaderKind kind() const { return kind_; }
  bool is_boot() const { return kind_ == LoaderKind::Boot; }
  bool is_user() const { return kind_ == LoaderKind::User; }
  const std::string& name_and_id() const { return name_and_id_; }
  const std::string& parent_name_and_id() const { return parent_name_and_id_; }
  // Builtin delegation only: platform -> boot, app -> platform; null for boot and user loaders
  // (a user loader delegates in Java).
  ClassLoaderData* parent() const { return parent_; }
  // The java.lang.ClassLoader; null for the bootstrap loader (and for the builtin ones until
  // the isolate has created them).
  Object* loader_object() const { return loader_object_; }
  void set_loader_object(Object* loader) { loader_object_ = loader; }

  void add_entry(std::unique_ptr<ClassPathEntry> entry) { path_.push_back(std::move(entry)); }
  const std::vector<std::unique_ptr<ClassPathEntry>>& path() const { return path_; }

  // A class this loader defined or initiated; null if none yet.
  Class* find_loaded(std::string_view name);
  // Adds to this loader's table (caller holds lock()). A user loader also records the classes
  // its loadClass returned to the VM (it is their initiating loader).
  void record(Class* klass);
  std::recursive_mutex& lock() { return mutex_; }

  // Searches this loader's own path (no delegation). Sets *source to the entry found.
  std::optional<std::vector<uint8_t>> read_class_bytes(std::string_view name,
                                                       const ClassPathEntry** source) const;
  // Any file on this loader's own path ("a/b/c.txt", a resource), from the first entry that has
  // it (no delegation).
  std::optional<std::vector<uint8_t>> read_file(std::string_view file_name,
                                                const ClassPathEntry** source = nullptr) const;

 private:
  Isolate* isolate_;
  LoaderKind kind_;
  std::string name_and_id_;
  std::string parent_name_and_id_;
  ClassLoaderData* parent_;
  Object* loader_object_ = nullptr;
  std::vector<std::unique_ptr<ClassPathEntry>> path_;
  std::recursive_mutex mutex_;
  std::unordered_map<std::string, Class*> classes_;
};

// What a failed lookup throws: resolution of a symbolic reference wants NoClassDefFoundError
// (with a ClassNotFoundException cause), Class.forName wants ClassNotFoundException.
enum class OnMissing { NoClassDefFoundError, ClassNotFoundException };

// Loads, links and records the class `name` (internal form, arrays allowed) through `loader`:
// builtin loaders delegate parent-first, a user loader's loadClass(String) is called (its
// ClassNotFoundException becomes the cause of a NoClassDefFoundError when `on_missing` says so).
// Returns null with a pending exception on failure.
Class* load_class(VMThread* thread, ClassLoaderData& loader, std::string_view name,
                  OnMissing on_missing = OnMissing::NoClassDefFoundError);

// A builtin loader's own class path only (BuiltinClassLoader.findClass): the class `name` defined
// from it (or already defined by `loader`), null with nothing pending if the path lacks it.
Class* load_from_own_path(VMThread* thread, ClassLoaderData& loader, std::string_view name);

// ClassLoader.defineClass and JNI DefineClass: defines a class from bytes in `loader` (parse,
// check, link). `expected_name` (internal form) may be empty. HotSpot's errors: LinkageError for
// a second definition of a name in one loader, SecurityException for a java.* class outside the
// bootstrap loader, NoClassDefFoundError for a wrong name, ClassFormatError.
Class* define_class(VMThread* thread, ClassLoaderData& loader, std::span<const uint8_t> bytes,
                    std::string_view expected_name);

// The class of arrays whose elements are `component`, created on first request.
Class* array_class_of(VMThread* thread, Class* component);

}  // namespace islet::runtime
