// Class loading: where class bytes come from (class path entries: directories, jars, the embedded
// class library) and the per-loader class tables. Two loaders exist in step 1: the bootstrap
// loader over the embedded class library and the application loader over -cp, which delegates
// to the bootstrap loader first, like HotSpot's builtin loaders.
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
};

// Opens a class path element: a directory or a jar/zip file. Null if it does not exist or is not
// readable (like HotSpot, a missing class path element is silently ignored).
std::unique_ptr<ClassPathEntry> open_class_path_entry(const std::string& path);
std::unique_ptr<ClassPathEntry> open_embedded_archive(std::span<const uint8_t> bytes,
                                                      std::string description);

class ClassLoaderData {
 public:
  ClassLoaderData(Isolate* isolate, std::string name, ClassLoaderData* parent);
  ~ClassLoaderData();

  Isolate* isolate() const { return isolate_; }
  const std::string& name() const { return name_; }  // "bootstrap" or "app"
  ClassLoaderData* parent() const { return parent_; }
  bool is_boot() const { return parent_ == nullptr; }
  Object* loader_object() const { return loader_object_; }

  void add_entry(std::unique_ptr<ClassPathEntry> entry) { path_.push_back(std::move(entry)); }

  Class* find_loaded(std::string_view name);
  void record(Class* klass);  // adds to this loader's table (caller holds lock())
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
  std::string name_;
  ClassLoaderData* parent_;
  Object* loader_object_ = nullptr;
  std::vector<std::unique_ptr<ClassPathEntry>> path_;
  std::recursive_mutex mutex_;
  std::unordered_map<std::string, Class*> classes_;
};

// What a failed lookup throws: resolution of a symbolic reference wants NoClassDefFoundError
// (with a ClassNotFoundException cause), Class.forName wants ClassNotFoundException.
enum class OnMissing { NoClassDefFoundError, ClassNotFoundException };

// Loads, links and records the class `name` (internal form, arrays allowed) through `loader`,
// delegating parent-first. Returns null with a pending exception on failure.
Class* load_class(VMThread* thread, ClassLoaderData& loader, std::string_view name,
                  OnMissing on_missing = OnMissing::NoClassDefFoundError);

// Defines a class from bytes in `loader` (parse, check, link). `expected_name` may be empty.
Class* define_class(VMThread* thread, ClassLoaderData& loader, std::span<const uint8_t> bytes,
                    std::string_view expected_name, const ClassPathEntry* source);

// The class of arrays whose elements are `component`, created on first request.
Class* array_class_of(VMThread* thread, Class* component);

}  // namespace islet::runtime
