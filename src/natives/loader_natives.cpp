// Natives of class loaders: java.lang.ClassLoader (defineClass1, findLoadedClass0,
// findBootstrapClass), the builtin loaders of jdk.internal.loader (their registration with the
// VM, class lookup on their class path) and resources (URLs of class path entries, reading them).
#include <algorithm>
#include <cstring>

#include "classfile/descriptor.hpp"
#include "classfile/zip_archive.hpp"
#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/allocation.hpp"
#include "runtime/class_loader.hpp"

namespace islet::natives {

namespace {

using runtime::ClassLoaderData;

// A binary name ("a.b.C", the dots of ClassLoader's API) in internal form, or empty when it is
// not a legal class name (checkName has already refused '/' and '[').
std::string internal_name_of(VMThread* thread, Object* name) {
  std::string internal = runtime::string_to_utf8(thread, name);
  std::replace(internal.begin(), internal.end(), '.', '/');
  return classfile::is_valid_class_name(internal) ? internal : std::string();
}

Object* mirror_or_null(Class* klass) { return klass ? klass->mirror : nullptr; }

// Clears a pending ClassNotFoundException or NoClassDefFoundError: "not found" is a null answer
// to the caller; other errors (ClassFormatError, ...) stay pending.
void forget_not_found(VMThread* thread) {
  Object* pending = thread->pending_exception();
  if (pending == nullptr) return;
  Isolate* isolate = thread->isolate();
  if (pending->klass == isolate->well_known(WellKnown::ClassNotFoundException) ||
      pending->klass == isolate->well_known(WellKnown::NoClassDefFoundError)) {
    thread->take_pending_exception();
  }
}

ArrayObject* byte_array_of(VMThread* thread, const std::vector<uint8_t>& bytes) {
  ArrayObject* array = runtime::new_primitive_array(thread, runtime::BasicType::Byte,
                                                    static_cast<int32_t>(bytes.size()));
  if (array != nullptr && !bytes.empty())
    std::memcpy(array->data<uint8_t>(), bytes.data(), bytes.size());
  return array;
}

// --- java.lang.ClassLoader ---------------------------------------------------------------------

// defineClass1(ClassLoader loader, String name, byte[] b, int off, int len): the Java side has
// checked the name (preDefineClass); the array checks and their texts are HotSpot's (JNI's
// GetByteArrayRegion).
Object* define_class1(VMThread* thread, Object* loader, Object* name, Object* bytes, int32_t offset,
                      int32_t length) {
  if (!null_check(thread, bytes)) return nullptr;
  ArrayObject* array = runtime::as_array(bytes);
  if (length < 0) {
    runtime::throw_new_no_message(thread, WellKnown::ArrayIndexOutOfBoundsException);
    return nullptr;
  }
  if (offset < 0 || int64_t{offset} + length > array->length) {
    runtime::throw_new(thread, WellKnown::ArrayIndexOutOfBoundsException,
                       "Array region " + std::to_string(offset) + ".." +
                           std::to_string(int64_t{offset} + length) + " out of bounds for length " +
                           std::to_string(array->length));
    return nullptr;
  }
  // A copy: defining allocates (and may collect), and another thread may write the array.
  std::vector<uint8_t> copy(array->data<uint8_t>() + offset,
                            array->data<uint8_t>() + offset + length);
  std::string internal;
  if (name != nullptr) {
    internal = runtime::string_to_utf8(thread, name);
    std::replace(internal.begin(), internal.end(), '.', '/');
  }
  ClassLoaderData& data = thread->isolate()->loader_data(thread, loader);
  return mirror_or_null(runtime::define_class(thread, data, copy, internal));
}

Object* find_loaded_class0(VMThread* thread, Object* self, Object* name) {
  if (name == nullptr) return nullptr;
  std::string internal = internal_name_of(thread, name);
  if (internal.empty()) return nullptr;
  return mirror_or_null(thread->isolate()->loader_data(thread, self).find_loaded(internal));
}

Object* find_bootstrap_class(VMThread* thread, Object* name) {
  std::string internal = internal_name_of(thread, name);
  if (internal.empty()) return nullptr;
  Class* klass = runtime::load_class(thread, thread->isolate()->boot_loader(), internal,
                                     runtime::OnMissing::ClassNotFoundException);
  forget_not_found(thread);
  return mirror_or_null(klass);
}

// --- jdk.internal.loader ---------------------------------------------------------------------

// ClassLoaders.registerBuiltinLoaders0(platform, app): the Java faces of the VM's builtin loaders.
void register_builtin_loaders(VMThread* thread, Object* platform, Object* app) {
  Isolate* isolate = thread->isolate();
  uint32_t data_offset = isolate->offsets().loader_data;
  for (auto [object, data] :
       {std::pair{platform, &isolate->platform_loader()}, std::pair{app, &isolate->app_loader()}}) {
    data->set_loader_object(object);
    object->field_at<int64_t>(data_offset) = reinterpret_cast<int64_t>(data);
  }
}

// BuiltinClassLoader.loadBuiltinClass0(loader, name, ownPathOnly): null when absent.
Object* load_builtin_class(VMThread* thread, Object* loader, Object* name, bool own_path_only) {
  std::string internal = internal_name_of(thread, name);
  if (internal.empty()) return nullptr;
  ClassLoaderData& data = thread->isolate()->loader_data(thread, loader);
  Class* klass = own_path_only ? runtime::load_from_own_path(thread, data, internal)
                               : runtime::load_class(thread, data, internal,
                                                     runtime::OnMissing::ClassNotFoundException);
  forget_not_found(thread);
  return mirror_or_null(klass);
}

// Names no resource of a class path entry, as on HotSpot: an absolute name ("/x"), one with a
// NUL (it would cut a file name short) and one that climbs out of the entry ("../x").
bool names_no_resource(std::string_view name) {
  if (name.starts_with('/') || name.find('\0') != std::string_view::npos) return true;
  size_t start = 0;
  while (start <= name.size()) {
    size_t slash = name.find('/', start);
    if (name.substr(start, slash == std::string_view::npos ? std::string_view::npos
                                                           : slash - start) == "..")
      return true;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

// BootLoader.findResources0(loader, name, firstOnly): the URLs of `name` on the path of a
// builtin loader (null: the bootstrap loader's class library), in path order.
Object* find_resources(VMThread* thread, Object* loader, Object* name, bool first_only) {
  if (!null_check(thread, name)) return nullptr;
  std::string resource = runtime::string_to_utf8(thread, name);
  std::vector<std::string> urls;
  if (!names_no_resource(resource)) {
    for (const auto& entry : thread->isolate()->loader_data(thread, loader).path()) {
      if (auto url = entry->resource_url(resource)) urls.push_back(*url);
      if (first_only && !urls.empty()) break;
    }
  }
  ArrayObject* array = runtime::new_object_array(
      thread, thread->isolate()->well_known(WellKnown::String), static_cast<int32_t>(urls.size()));
  for (size_t i = 0; array != nullptr && i < urls.size(); ++i) {
    Object* text = java_string(thread, urls[i]);
    if (text == nullptr) return nullptr;
    array->at<Object*>(static_cast<int32_t>(i)) = text;
  }
  return array;
}

// BootLoader.readResource0(name): an entry of the class library, or null.
Object* read_boot_resource(VMThread* thread, Object* name) {
  if (!null_check(thread, name)) return nullptr;
  std::string resource = runtime::string_to_utf8(thread, name);
  for (const auto& entry : thread->isolate()->boot_loader().path()) {
    if (auto bytes = entry->read(resource)) return byte_array_of(thread, *bytes);
  }
  return nullptr;
}

// BootLoader.readArchiveEntry0(archive, entry): an entry of a jar or zip file, or null.
Object* read_archive_entry(VMThread* thread, Object* archive_path, Object* entry_name) {
  if (!null_check(thread, archive_path) || !null_check(thread, entry_name)) return nullptr;
  std::string path = runtime::string_to_utf8(thread, archive_path);
  std::string entry = runtime::string_to_utf8(thread, entry_name);
  auto archive = classfile::ZipArchive::open_file(path, nullptr);
  auto bytes = archive ? archive->read(entry) : std::nullopt;
  return bytes ? byte_array_of(thread, *bytes) : nullptr;
}

constexpr NativeEntry kEntries[] = {
    {"java/lang/ClassLoader", "defineClass1",
     "(Ljava/lang/ClassLoader;Ljava/lang/String;[BII)Ljava/lang/Class;", adapt<&define_class1>()},
    {"java/lang/ClassLoader", "findLoadedClass0", "(Ljava/lang/String;)Ljava/lang/Class;",
     adapt<&find_loaded_class0>()},
    {"java/lang/ClassLoader", "findBootstrapClass", "(Ljava/lang/String;)Ljava/lang/Class;",
     adapt<&find_bootstrap_class>()},
    {"jdk/internal/loader/ClassLoaders", "registerBuiltinLoaders0",
     "(Ljava/lang/ClassLoader;Ljava/lang/ClassLoader;)V", adapt<&register_builtin_loaders>()},
    {"jdk/internal/loader/BuiltinClassLoader", "loadBuiltinClass0",
     "(Ljava/lang/ClassLoader;Ljava/lang/String;Z)Ljava/lang/Class;", adapt<&load_builtin_class>()},
    {"jdk/internal/loader/BootLoader", "findResources0",
     "(Ljava/lang/ClassLoader;Ljava/lang/String;Z)[Ljava/lang/String;", adapt<&find_resources>()},
    {"jdk/internal/loader/BootLoader", "readResource0", "(Ljava/lang/String;)[B",
     adapt<&read_boot_resource>()},
    {"jdk/internal/loader/BootLoader", "readArchiveEntry0",
     "(Ljava/lang/String;Ljava/lang/String;)[B", adapt<&read_archive_entry>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> loader_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
