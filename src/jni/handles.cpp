// JNI handle storage: chunk allocation, the local handle stack of a thread, the global and weak
// global tables, and the collector's view of all of them (see handles.hpp).
#include "jni/handles.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <new>

#include "heap/heap.hpp"

namespace islet::jni {

static_assert(offsetof(HandleChunk, slots) == HandleChunk::kHeaderBytes);

// --- Chunks ----------------------------------------------------------------------------------

HandleChunk* HandleChunk::allocate(HandleKind kind, runtime::VMThread* owner) {
  void* memory = std::aligned_alloc(kBytes, kBytes);
  if (memory == nullptr) throw std::bad_alloc();
  auto* chunk = static_cast<HandleChunk*>(memory);
  chunk->kind = kind;
  chunk->owner = owner;
  chunk->next = nullptr;
  chunk->previous = nullptr;
  return chunk;
}

void HandleChunk::release(HandleChunk* chunk) { std::free(chunk); }

// --- Local handles ---------------------------------------------------------------------------

LocalHandles::~LocalHandles() {
  for (HandleChunk* chunk = first_; chunk != nullptr;) {
    HandleChunk* next = chunk->next;
    HandleChunk::release(chunk);
    chunk = next;
  }
}

void LocalHandles::grow() {
  HandleChunk* next = chunk_ == nullptr ? first_ : chunk_->next;
  if (next == nullptr) {
    next = HandleChunk::allocate(HandleKind::Local, owner_);
    if (chunk_ == nullptr) {
      first_ = next;
    } else {
      chunk_->next = next;
      next->previous = chunk_;
    }
  }
  chunk_ = next;
  top_ = next->begin();
  limit_ = next->end();
}

void LocalHandles::unpin(Object* object) {
  auto it = std::find(pinned_.rbegin(), pinned_.rend(), object);
  if (it != pinned_.rend()) pinned_.erase(std::next(it).base());
}

void LocalHandles::mark_roots(heap::Marker& marker) const {
  if (chunk_ != nullptr) {
    // Chunks below the finger's are full: the finger only moves up by filling them.
    // The finger and the slots are read atomically: DeleteLocalRef may lower them meanwhile.
    Object** top = std::atomic_ref<Object** const>(top_).load(std::memory_order_relaxed);
    for (HandleChunk* chunk = first_;; chunk = chunk->next) {
      Object** end = chunk == chunk_ ? top : chunk->end();
      for (Object** slot = chunk->begin(); slot < end; ++slot) {
        marker.mark(std::atomic_ref<Object*>(*slot).load(std::memory_order_relaxed));
      }
      if (chunk == chunk_) break;
    }
  }
  for (Object* object : pinned_) marker.mark(object);
}

bool LocalHandles::contains(const void* address) const {
  if (chunk_ == nullptr) return false;
  auto* slot = static_cast<Object* const*>(address);
  for (HandleChunk* chunk = first_;; chunk = chunk->next) {
    Object** end = chunk == chunk_ ? top_ : chunk->end();
    if (slot >= chunk->begin() && slot < end) return true;
    if (chunk == chunk_) return false;
  }
}

// --- Global and weak global handles -----------------------------------------------------------

GlobalHandles::~GlobalHandles() {
  for (HandleChunk* chunk : chunks_) HandleChunk::release(chunk);
}

Object** GlobalHandles::pop_free() {
  uint64_t head = free_.load(std::memory_order_acquire);
  for (;;) {
    Object** slot = slot_of(head);
    if (slot == nullptr) return nullptr;
    // The slot may be popped and reused meanwhile; then what is read here is garbage, but the
    // tag has moved on and the CAS fails.
    auto next_word = reinterpret_cast<uintptr_t>(std::atomic_ref<Object*>(*slot).load(std::memory_order_relaxed));
    auto* next = reinterpret_cast<Object**>(next_word & ~uintptr_t{1});
    if (free_.compare_exchange_weak(head, pack(next, tag_of(head) + 1), std::memory_order_acquire,
                                    std::memory_order_acquire)) {
      return slot;
    }
  }
}

Object** GlobalHandles::carve() {
  std::lock_guard<std::mutex> guard(mutex_);
  if (bump_ == limit_) {
    HandleChunk* chunk = HandleChunk::allocate(kind_, nullptr);
    if ((reinterpret_cast<uintptr_t>(chunk) >> (kAddressBits + 3)) != 0) {
      std::fprintf(stderr, "islet: JNI global handle chunk above the %u-bit address range\n", kAddressBits + 3);
      std::abort();
    }
    chunks_.push_back(chunk);
    bump_ = chunk->begin();
    limit_ = chunk->end();
  }
  return bump_++;
}

Object** GlobalHandles::create(Object* object) {
  if (object == nullptr) return nullptr;
  Object** slot = pop_free();
  if (slot == nullptr) slot = carve();
  std::atomic_ref<Object*>(*slot).store(object, std::memory_order_relaxed);
  return slot;
}

void GlobalHandles::destroy(Object** handle) {
  std::atomic_ref<Object*> slot(*handle);
  if (is_free_slot(slot.load(std::memory_order_relaxed))) return;  // deleted twice: keep the stack intact
  uint64_t head = free_.load(std::memory_order_relaxed);
  do {
    slot.store(reinterpret_cast<Object*>(reinterpret_cast<uintptr_t>(slot_of(head)) | 1), std::memory_order_relaxed);
  } while (!free_.compare_exchange_weak(head, pack(handle, tag_of(head) + 1), std::memory_order_release,
                                        std::memory_order_relaxed));
}

template <typename Visitor>
void GlobalHandles::for_each_used_slot(Visitor&& visit) const {
  for (size_t i = 0; i < chunks_.size(); ++i) {
    HandleChunk* chunk = chunks_[i];
    Object** end = i + 1 == chunks_.size() ? bump_ : chunk->end();
    for (Object** slot = chunk->begin(); slot < end; ++slot) {
      Object* object = std::atomic_ref<Object*>(*slot).load(std::memory_order_relaxed);
      if (object != nullptr && !is_free_slot(object)) visit(slot, object);
    }
  }
}

// Both run with the world stopped: no thread creates handles (that happens inside the VM) and
// the chunk list does not change; only Delete(Weak)GlobalRef may free slots meanwhile.
void GlobalHandles::mark_roots(heap::Marker& marker) const {
  for_each_used_slot([&](Object**, Object* object) { marker.mark(object); });
}

void GlobalHandles::clear_unmarked(heap::Marker& marker) {
  for_each_used_slot([&](Object** slot, Object* object) {
    if (!marker.is_marked(object)) {
      std::atomic_ref<Object*>(*slot).compare_exchange_strong(object, nullptr, std::memory_order_relaxed);
    }
  });
}

bool GlobalHandles::is_live(const void* address) {
  if (!contains(address)) return false;
  return !is_free_slot(std::atomic_ref<Object*>(*static_cast<Object**>(const_cast<void*>(address))).load(std::memory_order_relaxed));
}

bool GlobalHandles::contains(const void* address) {
  std::lock_guard<std::mutex> guard(mutex_);
  auto* slot = static_cast<Object* const*>(address);
  for (size_t i = 0; i < chunks_.size(); ++i) {
    Object** end = i + 1 == chunks_.size() ? bump_ : chunks_[i]->end();
    if (slot >= chunks_[i]->begin() && slot < end) return true;
  }
  return false;
}

}  // namespace islet::jni
