// Natives of java.lang.System: arraycopy, clocks, identity hashes, properties, environment.
#include <limits.h>
#include <pwd.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/allocation.hpp"
#include "runtime/monitor.hpp"

extern char** environ;

namespace islet::natives {

namespace {

using runtime::BasicType;

// "int[]" / "java.lang.String[]" as HotSpot names arrays in arraycopy messages.
std::string describe_array(const Class* array) {
  std::string element = array->component->is_primitive() ? array->component->name : array->component->external_name();
  if (array->component->is_array()) element = describe_array(array->component);
  return element + "[]";
}

void throw_store(VMThread* thread, const std::string& message) {
  runtime::throw_new(thread, WellKnown::ArrayStoreException, message);
}

void throw_bounds(VMThread* thread, const std::string& message) {
  runtime::throw_new(thread, WellKnown::ArrayIndexOutOfBoundsException, message);
}

// HotSpot: "arraycopy: last source index 11 out of bounds for int[10]".
bool check_bounds(VMThread* thread, const char* which, const Class* type, int32_t pos, int32_t length,
                  int32_t array_length) {
  // Only built on failure: arraycopy of small arrays is hot (fannkuch-redux spent 5% here).
  auto sized = [&] {
    std::string text = describe_array(type);
    text.insert(text.size() - 1, std::to_string(array_length));
    return text;
  };
  if (pos < 0) {
    throw_bounds(thread, std::string("arraycopy: ") + which + " index " + std::to_string(pos) +
                             " out of bounds for " + sized());
    return false;
  }
  if (static_cast<int64_t>(pos) + length > array_length) {
    throw_bounds(thread, std::string("arraycopy: last ") + which + " index " +
                             std::to_string(static_cast<int64_t>(pos) + length) + " out of bounds for " + sized());
    return false;
  }
  return true;
}

void arraycopy(VMThread* thread, Object* src, int32_t src_pos, Object* dst, int32_t dst_pos, int32_t length) {
  if (!null_check(thread, src) || !null_check(thread, dst)) return;
  Class* src_type = src->klass;
  Class* dst_type = dst->klass;
  if (!src_type->is_array()) {
    throw_store(thread, "arraycopy: source type " + src_type->external_name() + " is not an array");
    return;
  }
  if (!dst_type->is_array()) {
    throw_store(thread, "arraycopy: destination type " + dst_type->external_name() + " is not an array");
    return;
  }
  bool src_primitive = src_type->component->is_primitive();
  bool dst_primitive = dst_type->component->is_primitive();
  if ((src_primitive || dst_primitive) && src_type != dst_type) {
    std::string from = src_primitive ? describe_array(src_type) : "object array[]";
    std::string to = dst_primitive ? describe_array(dst_type) : "object array[]";
    throw_store(thread, "arraycopy: type mismatch: can not copy " + from + " into " + to);
    return;
  }
  auto* s = runtime::as_array(src);
  auto* d = runtime::as_array(dst);
  if (length < 0) {
    throw_bounds(thread, "arraycopy: length " + std::to_string(length) + " is negative");
    return;
  }
  if (!check_bounds(thread, "source", src_type, src_pos, length, s->length) ||
      !check_bounds(thread, "destination", dst_type, dst_pos, length, d->length)) {
    return;
  }
  if (length == 0) return;
  size_t element = src_type->array_element_size();
  if (src_primitive || src_type->component->is_subclass_of(dst_type->component)) {
    std::memmove(d->data<char>() + static_cast<size_t>(dst_pos) * element,
                 s->data<char>() + static_cast<size_t>(src_pos) * element, static_cast<size_t>(length) * element);
    return;
  }
  // Reference arrays of unrelated types: check each element, copying up to the first misfit.
  Class* target = dst_type->component;
  for (int32_t i = 0; i < length; ++i) {
    Object* value = s->at<Object*>(src_pos + i);
    if (value != nullptr && !value->klass->is_subclass_of(target)) {
      throw_store(thread, "arraycopy: element type mismatch: can not cast one of the elements of " +
                              describe_array(src_type) + " to the type of the destination array, " +
                              target->external_name());
      return;
    }
    d->at<Object*>(dst_pos + i) = value;
  }
}

int64_t current_time_millis(VMThread*) {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int64_t nano_time(VMThread*) {
  using namespace std::chrono;
  return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

int32_t identity_hash_code(VMThread* thread, Object* object) {
  return object == nullptr ? 0 : runtime::identity_hash(thread, object);
}

// The charset HotSpot 17 derives from the locale environment for file.encoding.
std::string locale_encoding() {
  const char* vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
  for (const char* var : vars) {
    const char* value = std::getenv(var);
    if (value == nullptr || *value == '\0') continue;
    std::string v = value;
    if (v == "C" || v == "POSIX") return "ANSI_X3.4-1968";
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (v.find("utf-8") != std::string::npos || v.find("utf8") != std::string::npos) return "UTF-8";
    if (v.find("8859-1") != std::string::npos) return "ISO-8859-1";
    return "UTF-8";
  }
  return "ANSI_X3.4-1968";
}

std::string working_directory() {
  char buffer[PATH_MAX];
  return getcwd(buffer, sizeof buffer) ? std::string(buffer) : std::string("/");
}

// HotSpot's default java.library.path as Debian builds it: the multiarch directories, where
// Debian's *-jni packages install their libraries (.../jni).
std::string default_library_path() {
#if defined(__x86_64__)
  const std::string triplet = "x86_64-linux-gnu";
#elif defined(__aarch64__)
  const std::string triplet = "aarch64-linux-gnu";
#else
  const std::string triplet;
#endif
  if (triplet.empty()) return "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib";
  return "/usr/java/packages/lib:/usr/lib/" + triplet + "/jni:/lib/" + triplet + ":/usr/lib/" + triplet +
         ":/usr/lib/jni:/lib:/usr/lib";
}

std::string executable_home() {
  char buffer[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  if (n <= 0) return "/";
  std::string path(buffer, static_cast<size_t>(n));
  size_t slash = path.rfind('/');
  path = slash == std::string::npos ? "." : path.substr(0, slash);  // .../bin
  slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(0, slash);
}

Object* init_properties(VMThread* thread) {
  const runtime::VMOptions& options = thread->isolate()->options();
  std::vector<std::pair<std::string, std::string>> props;
  std::string encoding = locale_encoding();
  std::string class_path;
  for (const std::string& e : options.class_path) class_path += (class_path.empty() ? "" : ":") + e;
  struct passwd* pw = getpwuid(getuid());
  props = {
      {"java.version", "17.0.15"},
      {"java.version.date", "2025-04-15"},
      {"java.specification.version", "17"},
      {"java.specification.name", "Java Platform API Specification"},
      {"java.specification.vendor", "Oracle Corporation"},
      {"java.vm.specification.version", "17"},
      {"java.vm.name", "islet"},
      {"java.vm.vendor", "islet"},
      {"java.vm.version", "0.1"},
      {"java.vendor", "islet"},
      {"java.runtime.name", "islet"},
      {"java.class.version", "61.0"},
      {"java.home", executable_home()},
      {"java.class.path", class_path},
      {"java.library.path", default_library_path()},
      {"java.io.tmpdir", "/tmp"},
      {"os.name", "Linux"},
      {"os.arch", "amd64"},
      {"file.separator", "/"},
      {"path.separator", ":"},
      {"line.separator", "\n"},
      {"file.encoding", encoding},
      {"native.encoding", encoding},
      {"sun.jnu.encoding", encoding},
      {"user.dir", working_directory()},
      {"user.home", pw && pw->pw_dir ? pw->pw_dir : "?"},
      {"user.name", pw && pw->pw_name ? pw->pw_name : "?"},
      {"sun.java.command", options.launcher_command},
  };
  for (const auto& p : options.properties) props.push_back(p);

  Class* string_class = thread->isolate()->well_known(WellKnown::String);
  ArrayObject* array = runtime::new_object_array(thread, string_class, static_cast<int32_t>(props.size() * 2));
  if (array == nullptr) return nullptr;
  for (size_t i = 0; i < props.size(); ++i) {
    Object* key = java_string(thread, props[i].first);
    Object* value = java_string(thread, props[i].second);
    if (key == nullptr || value == nullptr) return nullptr;
    array->at<Object*>(static_cast<int32_t>(2 * i)) = key;
    array->at<Object*>(static_cast<int32_t>(2 * i + 1)) = value;
  }
  return array;
}

Object* getenv_one(VMThread* thread, Object* name) {
  if (!null_check(thread, name)) return nullptr;
  const char* value = std::getenv(runtime::string_to_utf8(thread, name).c_str());
  return value ? java_string(thread, value) : nullptr;
}

Object* environment(VMThread* thread) {
  std::vector<std::pair<std::string, std::string>> vars;
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (eq == nullptr) continue;
    vars.emplace_back(std::string(*e, static_cast<size_t>(eq - *e)), std::string(eq + 1));
  }
  ArrayObject* array = runtime::new_object_array(thread, thread->isolate()->well_known(WellKnown::String),
                                                 static_cast<int32_t>(vars.size() * 2));
  if (array == nullptr) return nullptr;
  for (size_t i = 0; i < vars.size(); ++i) {
    Object* key = java_string(thread, vars[i].first);
    Object* value = java_string(thread, vars[i].second);
    if (key == nullptr || value == nullptr) return nullptr;
    array->at<Object*>(static_cast<int32_t>(2 * i)) = key;
    array->at<Object*>(static_cast<int32_t>(2 * i + 1)) = value;
  }
  return array;
}

constexpr NativeEntry kEntries[] = {
    {"java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", adapt<&arraycopy>()},
    {"java/lang/System", "currentTimeMillis", "()J", adapt<&current_time_millis>()},
    {"java/lang/System", "nanoTime", "()J", adapt<&nano_time>()},
    {"java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", adapt<&identity_hash_code>()},
    {"java/lang/System", "initProperties0", "()[Ljava/lang/String;", adapt<&init_properties>()},
    {"java/lang/System", "getenv0", "(Ljava/lang/String;)Ljava/lang/String;", adapt<&getenv_one>()},
    {"java/lang/System", "environ0", "()[Ljava/lang/String;", adapt<&environment>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> system_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
