// Collector: the runtime's half of garbage collection — it stops the isolate's threads, tells
// the heap where the roots are and how Java objects hold references, and processes
// java.lang.ref references after marking.
#pragma once

#include <mutex>
#include <utility>
#include <vector>

#include "heap/heap.hpp"

namespace islet::runtime {

class Isolate;
struct Object;

class Collector final : public heap::HeapClient {
 public:
  explicit Collector(Isolate* isolate) : isolate_(isolate) {}

  void collect_garbage(const char* cause, bool clear_soft) override;
  void mark_roots(heap::Marker& marker) override;
  void trace(void* object, heap::Marker& marker) override;
  void process_weak_roots(heap::Marker& marker, bool clear_soft) override;

  ~Collector();

  // Keeps an object alive until the isolate ends (objects only VM metadata refers to).
  void pin(Object* object);

  // malloc'ed memory that belongs to `owner` (a direct buffer's storage): freed by the
  // collection that finds the owner unreachable, or when the isolate ends.
  void free_with(Object* owner, void* memory);

  // References whose referents the collector cleared and that have a queue, linked through
  // Reference.pendingNext; the caller takes the whole chain.
  Object* take_pending_references();

 private:
  void mark_thread(heap::Marker& marker, class VMThread* thread);
  void mark_classes(heap::Marker& marker);

  Isolate* isolate_;
  std::mutex pinned_mutex_;
  std::vector<Object*> pinned_;
  std::vector<Object*> discovered_;  // references met while marking (one collection)
  Object* pending_ = nullptr;       // cleared references not yet taken by Java code
  std::mutex pending_mutex_;
  std::mutex owned_memory_mutex_;
  std::vector<std::pair<Object*, void*>> owned_memory_;  // weak owner -> memory
};

}  // namespace islet::runtime
