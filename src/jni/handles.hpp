// JNI object handles: a jobject is the address of a slot holding an Object*, so `*(Object**)ref`
// is the object and NULL stays NULL. Slots live in fixed-size, size-aligned HandleChunks; the
// chunk header says what kind of handle a slot is (local, global, weak global) and who owns it.
//
// Local handles (seed 003): a per-thread stack of chunks with a "finger" (the next free slot).
// Every Java-to-native call saves the finger and restores it on return, which frees every handle
// the call made in O(1); PushLocalFrame/PopLocalFrame do the same explicitly. No capacity limit.
// Global and weak global handles: per-isolate chunk lists with a free list of deleted slots.
// The collector marks every live local slot of every thread and every global slot precisely; weak
// global slots are cleared (set to null) when their object dies.
#pragma once

#include <cstddef>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

#include "runtime/object.hpp"

namespace islet::heap {
class Marker;
}

namespace islet::runtime {
class VMThread;
}

namespace islet::jni {

using runtime::Object;

enum class HandleKind : uint8_t { Local = 1, Global = 2, WeakGlobal = 3 };  // = jobjectRefType

// A block of handle slots. Chunks are aligned to their size, so the chunk of any valid handle is
// found by masking its address.
struct HandleChunk {
  static constexpr size_t kBytes = 16 * 1024;

  HandleKind kind;
  runtime::VMThread* owner;  // local chunks: the thread whose stack of handles this is
  HandleChunk* next;         // locals: the chunk above this one on the thread's stack
  HandleChunk* previous;
  Object* slots[1];          // the rest of the chunk: see kSlots

  static constexpr size_t kHeaderBytes = sizeof(void*) * 4;
  static constexpr size_t kSlots = (kBytes - kHeaderBytes) / sizeof(Object*);

  Object** begin() { return slots; }
  Object** end() { return slots + kSlots; }
  static HandleChunk* of(const void* slot) {
    return reinterpret_cast<HandleChunk*>(reinterpret_cast<uintptr_t>(slot) & ~(kBytes - 1));
  }
  static HandleChunk* allocate(HandleKind kind, runtime::VMThread* owner);
  static void release(HandleChunk* chunk);
};

// One thread's local handles.
class LocalHandles {
 public:
  // A saved finger: where the next handle goes.
  struct Mark {
    HandleChunk* chunk;
    Object** top;
  };

  LocalHandles() = default;
  ~LocalHandles();
  LocalHandles(const LocalHandles&) = delete;
  LocalHandles& operator=(const LocalHandles&) = delete;

  // Also makes the first chunk, so that the finger every native call saves and restores is
  // never null (which would send the next create through grow()).
  void set_owner(runtime::VMThread* owner) {
    owner_ = owner;
    if (first_ == nullptr) grow();
  }

  // A new handle for `object`; null for a null object (JNI's NULL is never a handle).
  Object** create(Object* object) {
    if (object == nullptr) return nullptr;
    if (top_ == limit_) grow();
    *top_ = object;
    return top_++;
  }
  // Deleting the newest handle of the current frame gives its slot back (the common
  // create-use-delete loop never grows the stack); others are just emptied. DeleteLocalRef
  // calls this without entering the VM, so it may run while the collector marks this thread's
  // handles (mark_roots): the slot and the finger change atomically, the finger only moves down
  // within its chunk, and the collector either still sees the object (kept one cycle longer)
  // or does not (it was deleted).
  void destroy(Object** handle) {
    std::atomic_ref<Object*>(*handle).store(nullptr, std::memory_order_relaxed);
    Object** top = top_;
    Object** floor = top != nullptr ? base_floor() : nullptr;
    while (top != nullptr && top > floor && top[-1] == nullptr) --top;
    if (top != top_) std::atomic_ref<Object**>(top_).store(top, std::memory_order_relaxed);
  }

  Mark mark() const { return {chunk_, top_}; }
  void reset(Mark mark) {
    chunk_ = mark.chunk;
    top_ = mark.top;
    limit_ = chunk_ != nullptr ? chunk_->end() : nullptr;
  }

  // Frames: the handles created after begin_frame are freed by end_frame. Native method calls
  // and PushLocalFrame both make one.
  struct FrameState {
    Mark finger;
    Mark base;
  };
  FrameState begin_frame() {
    FrameState saved{mark(), base_};
    base_ = mark();
    return saved;
  }
  void end_frame(const FrameState& saved) {
    reset(saved.finger);
    base_ = saved.base;
  }

  // A native method call: a frame for the handles it creates, and a floor below which its
  // PopLocalFrame cannot pop (frames pushed by its callers). Frames it pushes and never pops
  // end with it.
  struct NativeCallState {
    FrameState frame;
    size_t pushed_floor;
  };
  NativeCallState enter_native() {
    NativeCallState saved{begin_frame(), pushed_floor_};
    pushed_floor_ = pushed_frames_.size();
    return saved;
  }
  void leave_native(const NativeCallState& saved) {
    pushed_frames_.resize(pushed_floor_);
    pushed_floor_ = saved.pushed_floor;
    end_frame(saved.frame);
  }

  // PushLocalFrame / PopLocalFrame. pop_frame is false when the current native call pushed none.
  void push_frame() { pushed_frames_.push_back(begin_frame()); }
  bool pop_frame() {
    if (pushed_frames_.size() <= pushed_floor_) return false;
    end_frame(pushed_frames_.back());
    pushed_frames_.pop_back();
    return true;
  }

  // Arrays handed out by GetPrimitiveArrayCritical (and strings by GetStringCritical) stay alive
  // until released, even if native code drops every handle to them.
  void pin(Object* object) { pinned_.push_back(object); }
  void unpin(Object* object);

  // Marks every object a live handle or a pin refers to (world stopped).
  void mark_roots(heap::Marker& marker) const;
  // True if `address` is a slot below the finger (a live or deleted handle of this thread).
  bool contains(const void* address) const;

 private:
  Object** base_floor() const {
    return base_.chunk == chunk_ && base_.top != nullptr ? base_.top : chunk_->begin();
  }
  void grow();

  runtime::VMThread* owner_ = nullptr;
  HandleChunk* first_ = nullptr;
  HandleChunk* chunk_ = nullptr;  // chunk of the finger
  Object** top_ = nullptr;        // the finger
  Object** limit_ = nullptr;      // end of chunk_
  Mark base_{nullptr, nullptr};   // start of the innermost frame
  std::vector<FrameState> pushed_frames_;
  size_t pushed_floor_ = 0;
  std::vector<Object*> pinned_;
};

// Global or weak global handles of one isolate: any thread may create and delete them.
// Deleted slots form a lock-free stack (create pops, destroy pushes: one compare-and-swap each);
// only carving slots out of a fresh chunk takes the mutex.
class GlobalHandles {
 public:
  explicit GlobalHandles(HandleKind kind) : kind_(kind) {}
  ~GlobalHandles();
  GlobalHandles(const GlobalHandles&) = delete;
  GlobalHandles& operator=(const GlobalHandles&) = delete;

  // Inside the VM (ThreadInVM): the object must not be collected meanwhile.
  Object** create(Object* object);
  // Safe without entering the VM: the collector reads each slot once and clears a weak slot
  // only if it still holds the object it read (compare-and-swap), so a slot that becomes free
  // meanwhile is either skipped or marked one cycle longer, never corrupted.
  void destroy(Object** handle);

  // Strong handles: marks every object held (world stopped).
  void mark_roots(heap::Marker& marker) const;
  // Weak handles: empties every slot whose object the collector did not mark (world stopped).
  void clear_unmarked(heap::Marker& marker);
  // True if `address` is a slot of this table (a live or deleted handle).
  bool contains(const void* address);
  // True if `address` is a slot of this table that is not deleted.
  bool is_live(const void* address);

 private:
  // A free slot holds the next free slot's address with the low bit set, so the collector (and
  // a use after delete) never mistakes it for an object.
  static bool is_free_slot(Object* value) { return reinterpret_cast<uintptr_t>(value) & 1; }

  // The free stack's head: a slot address (>> 3, 45 bits) and a 19-bit tag bumped by every pop
  // and push, so that a pop racing with pops and pushes of the same slot fails its CAS (ABA).
  static constexpr unsigned kAddressBits = 45;
  static uint64_t pack(Object** slot, uint64_t tag) {
    return (tag << kAddressBits) | (reinterpret_cast<uintptr_t>(slot) >> 3);
  }
  static Object** slot_of(uint64_t head) {
    return reinterpret_cast<Object**>((head & ((uint64_t{1} << kAddressBits) - 1)) << 3);
  }
  static uint64_t tag_of(uint64_t head) { return head >> kAddressBits; }

  Object** pop_free();
  Object** carve();

  template <typename Visitor>
  void for_each_used_slot(Visitor&& visit) const;

  const HandleKind kind_;
  std::atomic<uint64_t> free_{0};  // packed head; slot 0 = empty
  std::mutex mutex_;               // guards the fields below
  std::vector<HandleChunk*> chunks_;
  Object** bump_ = nullptr;   // never-used slots of the newest chunk
  Object** limit_ = nullptr;
};

}  // namespace islet::jni
