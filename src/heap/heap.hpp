// Heap: the per-isolate object store behind one narrow interface (allocate zeroed memory, report
// sizes). Step 1 implements it as a non-collecting chunked bump allocator bounded by -Xmx; the
// collector of step 3 replaces the implementation behind the same interface.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

namespace islet::heap {

class Heap {
 public:
  // `max_bytes` bounds everything the heap may hand out (-Xmx).
  Heap(size_t initial_bytes, size_t max_bytes);
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Zeroed, 8-byte aligned memory for one object, or null when the heap is exhausted (the caller
  // throws OutOfMemoryError).
  void* allocate(size_t bytes);

  size_t used_bytes() const { return used_.load(std::memory_order_relaxed); }
  size_t committed_bytes() const { return committed_.load(std::memory_order_relaxed); }
  size_t max_bytes() const { return max_bytes_; }

  // Default -Xmx when none is given: a quarter of physical memory, like HotSpot.
  static size_t default_max_bytes();

 private:
  struct Chunk {
    char* start;
    size_t size;
  };
  void* allocate_slow(size_t bytes);

  const size_t max_bytes_;
  std::mutex mutex_;
  char* bump_ = nullptr;
  char* bump_end_ = nullptr;
  std::vector<Chunk> chunks_;
  std::atomic<size_t> used_{0};
  std::atomic<size_t> committed_{0};
};

}  // namespace islet::heap
