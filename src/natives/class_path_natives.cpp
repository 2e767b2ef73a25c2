// Natives of jdk.internal.loader.ClassPathResources: resources (any file, not only class bytes)
// of the builtin loaders' class paths, read whole into a byte[] for the Java side's streams.
#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/class_loader.hpp"

namespace islet::natives {

namespace {

// The resource `name` ("a/b/c.txt", no leading slash) from the bootstrap path (the class
// library), then, if `application_path`, from -cp in order; null if no entry has it.
Object* read_resource(VMThread* thread, Object* name, bool application_path) {
  if (!null_check(thread, name)) return nullptr;
  std::string file_name = runtime::string_to_utf8(thread, name);
  // No file has an empty name, an absolute one, or a NUL inside (which would cut the path short).
  if (file_name.empty() || file_name.front() == '/' || file_name.find('\0') != std::string::npos) {
    return nullptr;
  }
  Isolate* isolate = thread->isolate();
  auto bytes = isolate->boot_loader().read_file(file_name);
  if (!bytes && application_path) bytes = isolate->app_loader().read_file(file_name);
  return bytes ? java_byte_array(thread, *bytes) : nullptr;
}

constexpr NativeEntry kEntries[] = {
    {"jdk/internal/loader/ClassPathResources", "read0", "(Ljava/lang/String;Z)[B",
     adapt<&read_resource>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> class_path_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
