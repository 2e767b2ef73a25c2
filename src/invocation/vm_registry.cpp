// The registry of live VMs: a vector in creation order behind one mutex. The registry itself is
// never destroyed: isolates still alive when the process exits end with it, as HotSpot's VM
// does, instead of being torn down by a static destructor while their threads may still run.
#include "invocation/vm_registry.hpp"

#include <algorithm>
#include <mutex>

#include "jni/environment.hpp"
#include "runtime/isolate.hpp"

namespace islet::invocation {

namespace {

struct Registry {
  std::mutex mutex;
  std::vector<std::unique_ptr<Isolate>> isolates;
  std::vector<std::unique_ptr<Isolate>> retired;  // ended with daemon threads stopped inside
};

Registry& registry() {
  static Registry* const instance = new Registry;  // deliberately never freed (see above)
  return *instance;
}

}  // namespace

void register_vm(std::unique_ptr<Isolate> isolate) {
  Registry& r = registry();
  std::lock_guard<std::mutex> guard(r.mutex);
  r.isolates.push_back(std::move(isolate));
}

std::unique_ptr<Isolate> unregister_vm(Isolate* isolate) {
  Registry& r = registry();
  std::lock_guard<std::mutex> guard(r.mutex);
  auto it = std::find_if(r.isolates.begin(), r.isolates.end(),
                         [&](const std::unique_ptr<Isolate>& owned) { return owned.get() == isolate; });
  if (it == r.isolates.end()) return nullptr;
  std::unique_ptr<Isolate> owned = std::move(*it);
  r.isolates.erase(it);
  return owned;
}

void retire_vm(Isolate* isolate) {
  std::unique_ptr<Isolate> owned = unregister_vm(isolate);
  if (owned == nullptr) return;
  Registry& r = registry();
  std::lock_guard<std::mutex> guard(r.mutex);
  r.retired.push_back(std::move(owned));
}

bool is_registered(Isolate* isolate) {
  Registry& r = registry();
  std::lock_guard<std::mutex> guard(r.mutex);
  return std::any_of(r.isolates.begin(), r.isolates.end(),
                     [&](const std::unique_ptr<Isolate>& owned) { return owned.get() == isolate; });
}

Isolate* find_vm(const void* java_vm) {
  Registry& r = registry();
  std::lock_guard<std::mutex> guard(r.mutex);
  for (const auto& owned : r.isolates) {
    if (static_cast<const void*>(owned->jni().java_vm()) == java_vm) return owned.get();
  }
  return nullptr;
}

std::vector<Isolate*> live_vms() {
  Registry& r = registry();
  std::lock_guard<std::mutex> guard(r.mutex);
  std::vector<Isolate*> result;
  result.reserve(r.isolates.size());
  for (const auto& owned : r.isolates) result.push_back(owned.get());
  return result;
}

}  // namespace islet::invocation
