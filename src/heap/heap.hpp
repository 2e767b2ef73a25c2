// Heap: one isolate's object store and its collector — size-class blocks with per-thread
// allocation caches, large objects mapped one by one, and a non-moving stop-the-world
// mark-sweep collection. The heap knows nothing of Java: the runtime (HeapClient) stops the
// other threads, enumerates roots and traces objects. src/heap/README.md explains the design.
#pragma once

#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace islet::heap {

class Heap;

// Cells of one size class; every object rounds up to the smallest class that holds it.
constexpr size_t kMinCellBytes = 16;
constexpr size_t kMaxSmallBytes = 32 * 1024;  // larger objects get a mapping of their own
constexpr size_t kBlockBytes = 256 * 1024;
constexpr size_t kSizeClassCount = 40;

// Marks objects during a collection. Precise references go through mark(); words that only
// might be references (conservatively scanned memory) go through mark_if_object().
class Marker {
 public:
  explicit Marker(Heap& heap) : heap_(heap) {}
  void mark(void* object);
  void mark_if_object(uintptr_t word);
  // Every aligned word in [begin, end) is a possible reference.
  void scan_conservatively(const void* begin, const void* end);
  bool is_marked(const void* object) const;
  // Pops the next marked object whose references are still to be traced, or null.
  void* next_grey() {
    if (grey_.empty()) return nullptr;
    void* object = grey_.back();
    grey_.pop_back();
    return object;
  }

 private:
  Heap& heap_;
  std::vector<void*> grey_;
};

// What the heap needs from the runtime to collect.
class HeapClient {
 public:
  virtual ~HeapClient() = default;
  // Stops every other thread of the isolate at a safepoint, runs Heap::collect on the calling
  // thread and resumes them. `clear_soft` asks for SoftReferences to be cleared too.
  virtual void collect_garbage(const char* cause, bool clear_soft) = 0;
  // Marks every root: threads' frames and stacks, statics, mirrors, interned strings, handles.
  virtual void mark_roots(Marker& marker) = 0;
  // Marks the references held by one marked object.
  virtual void trace(void* object, Marker& marker) = 0;
  // After marking: clears weak entries whose objects die (references, tables keyed weakly).
  virtual void process_weak_roots(Marker& marker, bool clear_soft) = 0;
};

// One thread's private allocation state: per size class, a free list of cells taken from one
// block and an untouched range of a fresh block. The fast path is a pop or a bump, no lock.
class AllocationCache {
 public:
  AllocationCache() = default;
  AllocationCache(const AllocationCache&) = delete;
  AllocationCache& operator=(const AllocationCache&) = delete;

 private:
  friend class Heap;
  struct Lane {
    void* free_list = nullptr;  // cells linked through their second word
    char* bump = nullptr;
    char* bump_end = nullptr;
  };
  Lane lanes_[kSizeClassCount];
  uint64_t allocations_ = 0;  // for -Xgc:stress
};

struct HeapStatistics {
  size_t used_bytes;        // bytes in blocks and large objects the heap holds now
  size_t capacity_bytes;    // the current collection threshold (Runtime.totalMemory)
  size_t max_bytes;         // -Xmx
  uint64_t collections;
};

class Heap {
 public:
  // `initial_bytes` is the first collection threshold (-Xms), `max_bytes` the hard bound (-Xmx).
  // `stress_interval` > 0 collects every that many allocations (-Xgc:stress).
  Heap(size_t initial_bytes, size_t max_bytes, uint32_t stress_interval = 0);
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  void set_client(HeapClient* client) { client_ = client; }
  // -verbose:gc: one line per collection on stdout, through `printer` (the embedder's vfprintf
  // hook) when it is not null.
  using Printer = int (*)(FILE* stream, const char* format, va_list arguments);
  void set_verbose(bool verbose, Printer printer = nullptr) {
    verbose_ = verbose;
    verbose_printer_ = printer;
  }

  // Zeroed, 8-byte aligned memory of at least `bytes`, or null when the heap is exhausted even
  // after collecting (the caller throws OutOfMemoryError). May collect: the caller must be
  // able to reach a safepoint (HeapClient::collect_garbage).
  void* allocate(AllocationCache& cache, size_t bytes) {
    if (stress_interval_ == 0 && bytes <= kMaxSmallBytes) {
      AllocationCache::Lane& lane = cache.lanes_[size_class_of(bytes)];
      if (void* cell = lane.free_list) {
        lane.free_list = next_free(cell);
        clear_cell(cell, bytes);
        return cell;
      }
      if (static_cast<size_t>(lane.bump_end - lane.bump) >= cell_bytes_of(bytes)) {
        void* cell = lane.bump;
        lane.bump += cell_bytes_of(bytes);
        return cell;  // fresh blocks are zero already
      }
    }
    return allocate_slow(cache, bytes);
  }

  // A thread is leaving the isolate: its cache's unused cells are parked for the next thread
  // that needs cells of the same size, instead of staying unusable until the next collection
  // (an attach/detach loop would otherwise collect every few dozen attaches). The caller must
  // exclude collections (the thread is running and still registered with the safepoints).
  void release_cache(AllocationCache& cache);

  // Runs one collection. Called by HeapClient::collect_garbage with every other thread stopped;
  // `caches` are all threads' allocation caches, emptied because sweeping rebuilds free lists.
  void collect(const std::vector<AllocationCache*>& caches, const char* cause, bool clear_soft);

  // The start of the object containing `address`, or null when it points into no live object.
  void* object_containing(uintptr_t address) const;

  HeapStatistics statistics() const;
  size_t max_bytes() const { return max_bytes_; }

  // Default -Xmx when none is given: a quarter of physical memory, like HotSpot.
  static size_t default_max_bytes();

 private:
  friend class Marker;
  struct Block {
    uint32_t size_class = 0;
    uint32_t cell_bytes = 0;  // 0: the block is free
    uint32_t cell_count = 0;
    void* free_list = nullptr;  // free cells after the last sweep, until a cache takes them
    std::unique_ptr<uint64_t[]> marks;

    // The cell `address` falls in (may be past the last cell: the block's unused tail).
    size_t cell_index(uintptr_t address) const { return (address % kBlockBytes) / cell_bytes; }
    bool is_marked(size_t index) const { return marks[index / 64] & (uint64_t{1} << (index % 64)); }
  };
  struct LargeObject {
    size_t bytes;
    bool marked;
  };

  static uint32_t size_class_of(size_t bytes);
  static size_t cell_bytes_of(size_t bytes);
  static void* next_free(void* cell) { return reinterpret_cast<void**>(cell)[1]; }
  static void clear_cell(void* cell, size_t bytes);

  void* allocate_slow(AllocationCache& cache, size_t bytes);
  bool refill(AllocationCache::Lane& lane, uint32_t size_class, size_t limit);
  void* allocate_large(size_t bytes);

  Block* block_of(uintptr_t address) const;
  void* cell_containing(const Block& block, uintptr_t address) const;
  bool test_and_mark(void* object);
  void sweep();
  void release_block(size_t index);

  const size_t max_bytes_;
  const size_t initial_bytes_;
  const uint32_t stress_interval_;
  HeapClient* client_ = nullptr;
  bool verbose_ = false;
  Printer verbose_printer_ = nullptr;
  void print_verbose(const char* format, ...) __attribute__((format(printf, 2, 3)));

  char* reserved_ = nullptr;  // address space for every block, reserved up front
  size_t block_count_ = 0;
  std::unique_ptr<Block[]> blocks_;

  mutable std::mutex mutex_;  // blocks, free lists and large objects, outside collections
  std::vector<size_t> free_blocks_;                       // indexes of free blocks
  size_t blocks_ever_used_ = 0;                           // fresh blocks come from here up
  std::vector<size_t> available_[kSizeClassCount];        // blocks with free cells, unowned
  // Lanes of threads that left (release_cache), handed out first by refill; a collection
  // empties them like every thread's cache.
  std::vector<AllocationCache::Lane> parked_lanes_[kSizeClassCount];
  std::map<uintptr_t, LargeObject> large_objects_;
  uintptr_t large_low_ = UINTPTR_MAX, large_high_ = 0;

  std::atomic<size_t> used_bytes_{0};
  size_t threshold_bytes_;
  // The last collection found the heap nearly full and recovered almost nothing. An allocation
  // whose collections are futile fails even if a few cells came free: a program filling the
  // heap with small objects would otherwise collect once per block it gets, for ever.
  bool last_collection_futile_ = false;
  std::atomic<uint64_t> collections_{0};
  std::recursive_mutex collection_mutex_;  // one collection at a time
};

}  // namespace islet::heap
