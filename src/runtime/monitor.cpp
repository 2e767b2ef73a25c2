// Java monitors and identity hashes on the object status word (layout in monitor.hpp): thin
// locks by CAS, inflation to a Monitor on contention, deep recursion or wait/notify.
#include "runtime/monitor.hpp"

#include <chrono>

#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/object.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

namespace {

constexpr uint64_t kStateMask = 0x3;
constexpr uint64_t kUnlocked = 0, kThin = 1, kInflated = 2;
constexpr uint32_t kOwnerBits = 20;
constexpr uint64_t kOwnerMask = (uint64_t{1} << kOwnerBits) - 1;
constexpr uint32_t kRecursionShift = 2 + kOwnerBits;
constexpr uint64_t kMaxThinRecursion = (uint64_t{1} << (32 - kRecursionShift)) - 1;
constexpr uint64_t kLockMask = 0xFFFFFFFFull;
constexpr uint64_t kHashSetBit = uint64_t{1} << 63;

uint64_t state_of(uint64_t word) { return word & kStateMask; }
uint32_t thin_owner(uint64_t word) { return static_cast<uint32_t>((word >> 2) & kOwnerMask); }
uint64_t thin_recursion(uint64_t word) { return (word & kLockMask) >> kRecursionShift; }
uint32_t monitor_index(uint64_t word) { return static_cast<uint32_t>((word & kLockMask) >> 2); }
uint64_t with_lock(uint64_t word, uint64_t lock) { return (word & ~kLockMask) | lock; }

void throw_not_owner(VMThread* thread) {
  throw_new(thread, WellKnown::IllegalMonitorStateException, "current thread is not owner");
}

// Converts the status word to the inflated state; the monitor inherits a thin owner's count.
Monitor& inflate(VMThread* thread, Object* object) {
  MonitorTable& table = thread->isolate()->monitors();
  for (;;) {
    uint64_t word = object->status.load(std::memory_order_acquire);
    if (state_of(word) == kInflated) return table.at(monitor_index(word));
    uint32_t index = table.allocate();
    Monitor& monitor = table.at(index);
    if (state_of(word) == kThin) {
      monitor.owner_id = thin_owner(word);
      monitor.recursion = static_cast<uint32_t>(thin_recursion(word)) + 1;
    }
    uint64_t inflated = with_lock(word, (uint64_t{index} << 2) | kInflated);
    if (object->status.compare_exchange_strong(word, inflated, std::memory_order_acq_rel)) {
      return monitor;
    }
    table.release(index);
  }
}

}  // namespace

uint32_t MonitorTable::allocate() {
  std::lock_guard<std::mutex> guard(mutex_);
  if (!free_.empty()) {
    uint32_t index = free_.back();
    free_.pop_back();
    return index;
  }
  monitors_.emplace_back();
  return static_cast<uint32_t>(monitors_.size() - 1);
}

void MonitorTable::release(uint32_t index) {
  std::lock_guard<std::mutex> guard(mutex_);
  Monitor& m = monitors_[index];
  m.owner_id = 0;
  m.recursion = 0;
  free_.push_back(index);
}

Monitor& MonitorTable::at(uint32_t index) {
  std::lock_guard<std::mutex> guard(mutex_);
  return monitors_[index];
}

bool monitor_enter(VMThread* thread, Object* object) {
  const uint64_t me = thread->lock_id();
  for (;;) {
    uint64_t word = object->status.load(std::memory_order_relaxed);
    switch (state_of(word)) {
      case kUnlocked: {
        uint64_t locked = with_lock(word, (me << 2) | kThin);
        if (object->status.compare_exchange_weak(word, locked, std::memory_order_acquire)) return true;
        continue;
      }
      case kThin:
        if (thin_owner(word) == me && thin_recursion(word) < kMaxThinRecursion) {
          if (object->status.compare_exchange_weak(word, word + (uint64_t{1} << kRecursionShift),
                                                   std::memory_order_relaxed)) {
            return true;
          }
          continue;
        }
        inflate(thread, object);
        continue;
      default: {
        Monitor& monitor = thread->isolate()->monitors().at(monitor_index(word));
        std::unique_lock<std::mutex> lock(monitor.mutex);
        if (monitor.owner_id == me) {
          ++monitor.recursion;
          return true;
        }
        monitor.entry.wait(lock, [&] { return monitor.owner_id == 0; });
        monitor.owner_id = static_cast<uint32_t>(me);
        monitor.recursion = 1;
        return true;
      }
    }
  }
}

bool monitor_exit(VMThread* thread, Object* object) {
  const uint64_t me = thread->lock_id();
  for (;;) {
    uint64_t word = object->status.load(std::memory_order_relaxed);
    switch (state_of(word)) {
      case kUnlocked:
        throw_not_owner(thread);
        return false;
      case kThin: {
        if (thin_owner(word) != me) {
          throw_not_owner(thread);
          return false;
        }
        uint64_t next = thin_recursion(word) > 0 ? word - (uint64_t{1} << kRecursionShift)
                                                 : with_lock(word, kUnlocked);
        if (object->status.compare_exchange_weak(word, next, std::memory_order_release)) return true;
        continue;  // inflated by a contender meanwhile
      }
      default: {
        Monitor& monitor = thread->isolate()->monitors().at(monitor_index(word));
        std::lock_guard<std::mutex> lock(monitor.mutex);
        if (monitor.owner_id != me) {
          throw_not_owner(thread);
          return false;
        }
        if (--monitor.recursion == 0) {
          monitor.owner_id = 0;
          monitor.entry.notify_one();
        }
        return true;
      }
    }
  }
}

bool holds_lock(VMThread* thread, Object* object) {
  uint64_t word = object->status.load(std::memory_order_acquire);
  switch (state_of(word)) {
    case kThin:
      return thin_owner(word) == thread->lock_id();
    case kInflated: {
      Monitor& monitor = thread->isolate()->monitors().at(monitor_index(word));
      std::lock_guard<std::mutex> lock(monitor.mutex);
      return monitor.owner_id == thread->lock_id();
    }
    default:
      return false;
  }
}

bool monitor_wait(VMThread* thread, Object* object, int64_t millis) {
  if (millis < 0) {
    throw_new(thread, WellKnown::IllegalArgumentException, "timeout value is negative");
    return false;
  }
  if (!holds_lock(thread, object)) {
    throw_not_owner(thread);
    return false;
  }
  Monitor& monitor = inflate(thread, object);
  std::unique_lock<std::mutex> lock(monitor.mutex);
  uint32_t saved_recursion = monitor.recursion;
  monitor.owner_id = 0;
  monitor.recursion = 0;
  monitor.entry.notify_one();
  ++monitor.waiting;
  auto notified = [&] { return monitor.pending_notifies > 0; };
  bool woken;
  if (millis == 0) {
    monitor.waiters.wait(lock, notified);
    woken = true;
  } else {
    woken = monitor.waiters.wait_for(lock, std::chrono::milliseconds(millis), notified);
  }
  if (woken) --monitor.pending_notifies;
  --monitor.waiting;
  monitor.entry.wait(lock, [&] { return monitor.owner_id == 0; });
  monitor.owner_id = thread->lock_id();
  monitor.recursion = saved_recursion;
  return true;
}

bool monitor_notify(VMThread* thread, Object* object, bool all) {
  if (!holds_lock(thread, object)) {
    throw_not_owner(thread);
    return false;
  }
  uint64_t word = object->status.load(std::memory_order_acquire);
  if (state_of(word) != kInflated) return true;  // nobody can be waiting on a thin lock
  Monitor& monitor = thread->isolate()->monitors().at(monitor_index(word));
  std::lock_guard<std::mutex> lock(monitor.mutex);
  uint32_t unnotified = monitor.waiting - monitor.pending_notifies;
  if (unnotified == 0) return true;
  if (all) {
    monitor.pending_notifies += unnotified;
    monitor.waiters.notify_all();
  } else {
    ++monitor.pending_notifies;
    monitor.waiters.notify_one();
  }
  return true;
}

int32_t identity_hash(VMThread* thread, Object* object) {
  for (;;) {
    uint64_t word = object->status.load(std::memory_order_acquire);
    if (word & kHashSetBit) return static_cast<int32_t>((word >> 32) & 0x7FFFFFFF);
    uint64_t hash = thread->next_hash() & 0x7FFFFFFF;
    if (hash == 0) hash = 1;
    uint64_t hashed = word | kHashSetBit | (hash << 32);
    if (object->status.compare_exchange_weak(word, hashed, std::memory_order_acq_rel)) {
      return static_cast<int32_t>(hash);
    }
  }
}

}  // namespace islet::runtime
