// The heap's blocks, size classes, allocation slow paths, marking bitmap and sweep.
#include "heap/heap.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstring>

namespace islet::heap {

namespace {

// Cell sizes: 8-byte steps at first, then four classes per power of two, so that rounding up
// wastes at most a quarter of a cell.
constexpr std::array<uint32_t, kSizeClassCount> kCellBytes = {
    16,    24,    32,    40,    48,    56,    64,    80,    96,    112,   128,   160,   192,   224,
    256,   320,   384,   448,   512,   640,   768,   896,   1024,  1280,  1536,  1792,  2048,  2560,
    3072,  3584,  4096,  5120,  6144,  7168,  8192,  10240, 12288, 16384, 24576, 32768};
static_assert(kCellBytes.back() == kMaxSmallBytes);

// size class by (bytes + 7) / 8, for every small size.
constexpr auto kClassByWords = [] {
  std::array<uint8_t, kMaxSmallBytes / 8 + 1> table{};
  uint32_t size_class = 0;
  for (uint32_t words = 0; words < table.size(); ++words) {
    while (kCellBytes[size_class] < words * 8) ++size_class;
    table[words] = static_cast<uint8_t>(size_class);
  }
  return table;
}();

constexpr size_t kPageBytes = 4096;

size_t round_up(size_t value, size_t unit) { return (value + unit - 1) / unit * unit; }

uintptr_t& klass_word(void* cell) { return *reinterpret_cast<uintptr_t*>(cell); }

double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

// --- Marker --------------------------------------------------------------------------------

void Marker::mark(void* object) {
  if (object != nullptr && heap_.test_and_mark(object)) grey_.push_back(object);
}

void Marker::mark_if_object(uintptr_t word) {
  if (void* object = heap_.object_containing(word)) mark(object);
}

// Conservatively scanned memory includes other threads' stacks and sanitizer redzones: read it
// raw, word by word.
__attribute__((no_sanitize("address", "thread"))) void Marker::scan_conservatively(const void* begin,
                                                                                  const void* end) {
  auto from = round_up(reinterpret_cast<uintptr_t>(begin), sizeof(uintptr_t));
  auto to = reinterpret_cast<uintptr_t>(end);
  for (uintptr_t at = from; at + sizeof(uintptr_t) <= to; at += sizeof(uintptr_t)) {
    mark_if_object(*reinterpret_cast<const volatile uintptr_t*>(at));
  }
}

bool Marker::is_marked(const void* object) const {
  auto address = reinterpret_cast<uintptr_t>(object);
  if (Heap::Block* block = heap_.block_of(address)) {
    return block->is_marked(block->cell_index(address));
  }
  auto it = heap_.large_objects_.find(address);
  return it != heap_.large_objects_.end() && it->second.marked;
}

// --- Construction ----------------------------------------------------------------------------

Heap::Heap(size_t initial_bytes, size_t max_bytes, uint32_t stress_interval)
    : max_bytes_(std::max(max_bytes, 2 * kBlockBytes)),
      initial_bytes_(std::clamp(initial_bytes, 2 * kBlockBytes, max_bytes_)),
      stress_interval_(stress_interval),
      threshold_bytes_(initial_bytes_) {
  block_count_ = round_up(max_bytes_, kBlockBytes) / kBlockBytes;
  // Reserve address space for every block at once, aligned to the block size so that an
  // address finds its block by arithmetic. Untouched pages cost nothing (MAP_NORESERVE).
  size_t bytes = block_count_ * kBlockBytes + kBlockBytes;
  void* mapping = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                       -1, 0);
  if (mapping != MAP_FAILED) {
    auto start = reinterpret_cast<uintptr_t>(mapping);
    auto aligned = round_up(start, kBlockBytes);
    if (aligned > start) munmap(mapping, aligned - start);
    size_t tail = (start + bytes) - (aligned + block_count_ * kBlockBytes);
    if (tail > 0) munmap(reinterpret_cast<void*>(aligned + block_count_ * kBlockBytes), tail);
    reserved_ = reinterpret_cast<char*>(aligned);
  } else {
    block_count_ = 0;  // every allocation fails: the isolate reports OutOfMemoryError
  }
  blocks_ = std::make_unique<Block[]>(block_count_);
}

Heap::~Heap() {
  if (reserved_ != nullptr) munmap(reserved_, block_count_ * kBlockBytes);
  for (auto& [address, large] : large_objects_) munmap(reinterpret_cast<void*>(address), large.bytes);
}

size_t Heap::default_max_bytes() {
  long pages = sysconf(_SC_PHYS_PAGES);
  long page_size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return size_t{1} << 30;
  return static_cast<size_t>(pages) * static_cast<size_t>(page_size) / 4;
}

uint32_t Heap::size_class_of(size_t bytes) { return kClassByWords[(bytes + 7) / 8]; }
size_t Heap::cell_bytes_of(size_t bytes) { return kCellBytes[size_class_of(bytes)]; }

void Heap::clear_cell(void* cell, size_t bytes) { std::memset(cell, 0, round_up(bytes, 8)); }

HeapStatistics Heap::statistics() const {
  std::lock_guard<std::mutex> guard(mutex_);
  return {used_bytes_.load(), std::max(threshold_bytes_, used_bytes_.load()), max_bytes_,
          collections_.load()};
}

// --- Allocation --------------------------------------------------------------------------------

void* Heap::allocate_slow(AllocationCache& cache, size_t bytes) {
  if (stress_interval_ != 0 && ++cache.allocations_ % stress_interval_ == 0 && client_ != nullptr) {
    client_->collect_garbage("GC Stress", false);
  }
  // First within the threshold; then, after a collection, growing up to -Xmx; then once more
  // after a collection that also clears soft references, as the JVM spec asks before an OOM.
  // A futile collection (see last_collection_futile_) skips straight to the next step.
  for (int attempt = 0; attempt < 3; ++attempt) {
    size_t limit = attempt == 0 ? threshold_bytes_ : max_bytes_;
    if (bytes > kMaxSmallBytes) {
      std::lock_guard<std::mutex> guard(mutex_);
      if (used_bytes_ + round_up(bytes, kPageBytes) <= limit) {
        if (void* object = allocate_large(bytes)) return object;
      }
    } else {
      uint32_t size_class = size_class_of(bytes);
      AllocationCache::Lane& lane = cache.lanes_[size_class];
      size_t cell_bytes = kCellBytes[size_class];
      bool refilled = true;
      while (refilled) {
        if (void* cell = lane.free_list) {
          lane.free_list = next_free(cell);
          clear_cell(cell, bytes);
          return cell;
        }
        if (static_cast<size_t>(lane.bump_end - lane.bump) >= cell_bytes) {
          void* cell = lane.bump;
          lane.bump += cell_bytes;
          return cell;
        }
        std::lock_guard<std::mutex> guard(mutex_);
        refilled = refill(lane, size_class, limit);
      }
    }
    if (client_ == nullptr || attempt == 2) break;
    bool clear_soft = attempt == 1;
    client_->collect_garbage("Allocation Failure", clear_soft);
    if (last_collection_futile_) {
      if (clear_soft) break;
      ++attempt;  // go straight to clearing soft references
      client_->collect_garbage("Allocation Failure", true);
      if (last_collection_futile_) break;
    }
  }
  return nullptr;
}

void Heap::release_cache(AllocationCache& cache) {
  std::lock_guard<std::mutex> guard(mutex_);
  for (uint32_t size_class = 0; size_class < kSizeClassCount; ++size_class) {
    AllocationCache::Lane& lane = cache.lanes_[size_class];
    bool has_cells = lane.free_list != nullptr ||
                     static_cast<size_t>(lane.bump_end - lane.bump) >= kCellBytes[size_class];
    if (has_cells) parked_lanes_[size_class].push_back(lane);
    lane = AllocationCache::Lane{};
  }
}

// Gives the lane a parked lane, the free cells of a partly used block, or a fresh block. Caller
// holds mutex_.
bool Heap::refill(AllocationCache::Lane& lane, uint32_t size_class, size_t limit) {
  if (std::vector<AllocationCache::Lane>& parked = parked_lanes_[size_class]; !parked.empty()) {
    lane = parked.back();
    parked.pop_back();
    return true;
  }
  std::vector<size_t>& available = available_[size_class];
  if (!available.empty()) {
    Block& block = blocks_[available.back()];
    available.pop_back();
    lane.free_list = block.free_list;
    block.free_list = nullptr;
    return true;
  }
  if (used_bytes_ + kBlockBytes > limit) return false;
  size_t index;
  if (!free_blocks_.empty()) {
    index = free_blocks_.back();
    free_blocks_.pop_back();
  } else if (blocks_ever_used_ < block_count_) {
    index = blocks_ever_used_++;
  } else {
    return false;
  }
  Block& block = blocks_[index];
  block.size_class = size_class;
  block.cell_bytes = kCellBytes[size_class];
  block.cell_count = static_cast<uint32_t>(kBlockBytes / block.cell_bytes);
  block.marks = std::make_unique<uint64_t[]>((block.cell_count + 63) / 64);
  block.free_list = nullptr;
  used_bytes_ += kBlockBytes;
  char* start = reserved_ + index * kBlockBytes;
  lane.bump = start;
  lane.bump_end = start + static_cast<size_t>(block.cell_count) * block.cell_bytes;
  return true;
}

// Large objects get their own zeroed mapping. Caller holds mutex_.
void* Heap::allocate_large(size_t bytes) {
  size_t mapped = round_up(bytes, kPageBytes);
  void* mapping = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapping == MAP_FAILED) return nullptr;
  auto address = reinterpret_cast<uintptr_t>(mapping);
  large_objects_.emplace(address, LargeObject{mapped, false});
  large_low_ = std::min(large_low_, address);
  large_high_ = std::max(large_high_, address + mapped);
  used_bytes_ += mapped;
  return mapping;
}

// --- Finding and marking objects -------------------------------------------------------------

Heap::Block* Heap::block_of(uintptr_t address) const {
  auto base = reinterpret_cast<uintptr_t>(reserved_);
  if (address < base || address >= base + block_count_ * kBlockBytes) return nullptr;
  Block& block = blocks_[(address - base) / kBlockBytes];
  return block.cell_bytes == 0 ? nullptr : &block;
}

void* Heap::cell_containing(const Block& block, uintptr_t address) const {
  size_t index = block.cell_index(address);
  if (index >= block.cell_count) return nullptr;  // the unused tail of the block
  auto* cell = reinterpret_cast<void*>(address - address % kBlockBytes + index * block.cell_bytes);
  return klass_word(cell) == 0 ? nullptr : cell;  // free cells have no class
}

void* Heap::object_containing(uintptr_t address) const {
  if (const Block* block = block_of(address)) return cell_containing(*block, address);
  if (address < large_low_ || address >= large_high_) return nullptr;
  auto it = large_objects_.upper_bound(address);
  if (it == large_objects_.begin()) return nullptr;
  --it;
  if (address >= it->first + it->second.bytes) return nullptr;
  auto* object = reinterpret_cast<void*>(it->first);
  return klass_word(object) == 0 ? nullptr : object;
}

bool Heap::test_and_mark(void* object) {
  auto address = reinterpret_cast<uintptr_t>(object);
  if (Block* block = block_of(address)) {
    size_t index = block->cell_index(address);
    uint64_t bit = uint64_t{1} << (index % 64);
    uint64_t& word = block->marks[index / 64];
    if (word & bit) return false;
    word |= bit;
    return true;
  }
  auto it = large_objects_.find(address);
  if (it == large_objects_.end() || it->second.marked) return false;
  it->second.marked = true;
  return true;
}

// --- Collection --------------------------------------------------------------------------------

void Heap::collect(const std::vector<AllocationCache*>& caches, const char* cause, bool clear_soft) {
  auto start = std::chrono::steady_clock::now();
  size_t used_before = used_bytes_;
  // Cached cells are free cells (no class word); sweeping re-links them, so caches start over.
  for (AllocationCache* cache : caches) {
    for (AllocationCache::Lane& lane : cache->lanes_) lane = AllocationCache::Lane{};
  }
  for (auto& parked : parked_lanes_) parked.clear();
  for (size_t i = 0; i < blocks_ever_used_; ++i) {
    Block& block = blocks_[i];
    if (block.cell_bytes != 0) std::fill_n(block.marks.get(), (block.cell_count + 63) / 64, 0);
  }
  for (auto& [address, large] : large_objects_) large.marked = false;

  Marker marker(*this);
  client_->mark_roots(marker);
  auto drain = [&] {
    while (void* object = marker.next_grey()) client_->trace(object, marker);
  };
  drain();
  client_->process_weak_roots(marker, clear_soft);
  drain();
  sweep();

  threshold_bytes_ = std::clamp(2 * used_bytes_.load(), initial_bytes_, max_bytes_);
  bool nearly_full = used_bytes_ + max_bytes_ / 20 > max_bytes_;
  bool recovered_little = used_before - used_bytes_ < max_bytes_ / 50;
  last_collection_futile_ = nearly_full && recovered_little;
  uint64_t number = collections_++;
  if (verbose_) {
    print_verbose("[gc] GC(%" PRIu64 ") Pause Full (%s) %zuM->%zuM(%zuM) %.3fms\n", number, cause,
                  used_before >> 20, used_bytes_.load() >> 20, threshold_bytes_ >> 20,
                  milliseconds_since(start));
  }
}

void Heap::print_verbose(const char* format, ...) {
  va_list arguments;
  va_start(arguments, format);
  if (verbose_printer_ != nullptr) {
    verbose_printer_(stdout, format, arguments);
  } else {
    std::vfprintf(stdout, format, arguments);
    std::fflush(stdout);  // Java output bypasses stdio: keep the two in order
  }
  va_end(arguments);
}

void Heap::sweep() {
  for (auto& list : available_) list.clear();
  for (size_t i = 0; i < blocks_ever_used_; ++i) {
    Block& block = blocks_[i];
    if (block.cell_bytes == 0) continue;
    char* base = reserved_ + i * kBlockBytes;
    void* free_list = nullptr;
    uint32_t live = 0;
    // Link free cells so that the lowest address is handed out first.
    for (uint32_t cell_index = block.cell_count; cell_index-- > 0;) {
      void* cell = base + static_cast<size_t>(cell_index) * block.cell_bytes;
      if (block.is_marked(cell_index)) {
        ++live;
        continue;
      }
      klass_word(cell) = 0;
      reinterpret_cast<void**>(cell)[1] = free_list;
      free_list = cell;
    }
    if (live == 0) {
      release_block(i);
    } else if (free_list != nullptr) {
      block.free_list = free_list;
      available_[block.size_class].push_back(i);
    }
  }
  for (auto it = large_objects_.begin(); it != large_objects_.end();) {
    if (it->second.marked) {
      ++it;
      continue;
    }
    munmap(reinterpret_cast<void*>(it->first), it->second.bytes);
    used_bytes_ -= it->second.bytes;
    it = large_objects_.erase(it);
  }
}

// An empty block goes back to the pool with its pages returned to the OS (zero on reuse).
void Heap::release_block(size_t index) {
  Block& block = blocks_[index];
  madvise(reserved_ + index * kBlockBytes, kBlockBytes, MADV_DONTNEED);
  block.cell_bytes = 0;
  block.cell_count = 0;
  block.free_list = nullptr;
  block.marks.reset();
  free_blocks_.push_back(index);
  used_bytes_ -= kBlockBytes;
}

}  // namespace islet::heap
