// Heap implementation for step 1: objects are bump-allocated out of mmap'ed chunks and never
// freed before the isolate ends. Chunks are reserved lazily, so untouched heap costs nothing.
#include "heap/heap.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace islet::heap {

namespace {
// Large enough that chunk bookkeeping is negligible, small enough that a tiny program's heap
// stays tiny (pages are only touched when used).
constexpr size_t kChunkBytes = 4 * 1024 * 1024;
constexpr size_t kAlignment = 8;

size_t align_up(size_t n, size_t a) { return (n + a - 1) & ~(a - 1); }
}  // namespace

Heap::Heap(size_t initial_bytes, size_t max_bytes) : max_bytes_(max_bytes) { (void)initial_bytes; }

Heap::~Heap() {
  for (const Chunk& c : chunks_) munmap(c.start, c.size);
}

size_t Heap::default_max_bytes() {
  long pages = sysconf(_SC_PHYS_PAGES);
  long page_size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return size_t{1} << 30;
  return static_cast<size_t>(pages) * static_cast<size_t>(page_size) / 4;
}

void* Heap::allocate(size_t bytes) {
  bytes = align_up(bytes, kAlignment);
  std::lock_guard<std::mutex> guard(mutex_);
  if (static_cast<size_t>(bump_end_ - bump_) >= bytes) {
    void* result = bump_;
    bump_ += bytes;
    used_.fetch_add(bytes, std::memory_order_relaxed);
    return result;
  }
  return allocate_slow(bytes);
}

void* Heap::allocate_slow(size_t bytes) {
  if (used_.load(std::memory_order_relaxed) + bytes > max_bytes_) return nullptr;
  size_t chunk_size = std::max(kChunkBytes, align_up(bytes, 4096));
  if (committed_.load(std::memory_order_relaxed) + chunk_size > max_bytes_ + kChunkBytes) {
    return nullptr;
  }
  void* memory = mmap(nullptr, chunk_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (memory == MAP_FAILED) return nullptr;
  chunks_.push_back({static_cast<char*>(memory), chunk_size});
  committed_.fetch_add(chunk_size, std::memory_order_relaxed);
  char* start = static_cast<char*>(memory);
  if (chunk_size > kChunkBytes) {
    // A large object gets a chunk of its own; the current bump region stays in use.
    used_.fetch_add(bytes, std::memory_order_relaxed);
    return start;
  }
  bump_ = start + bytes;
  bump_end_ = start + chunk_size;
  used_.fetch_add(bytes, std::memory_order_relaxed);
  return start;
}

}  // namespace islet::heap
