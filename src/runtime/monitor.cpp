// Java monitors and identity hashes on the object status word (layout in monitor.hpp): thin
// locks by CAS, inflation to a Monitor on contention, deep recursion or wait/notify, blocking
// entry and Object.wait inside SafeRegions.
#include "runtime/monitor.hpp"

#include <bit>
#include <chrono>
#include <optional>
#include <thread>

#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/object.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/threads.hpp"
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
// Before a contender inflates a thin lock it retries this often (yielding): most critical
// sections are short, and an inflated monitor costs a mutex on every later entry.
constexpr int kThinSpins = 16;

uint64_t state_of(uint64_t word) { return word & kStateMask; }
uint32_t thin_owner(uint64_t word) { return static_cast<uint32_t>((word >> 2) & kOwnerMask); }
uint64_t thin_recursion(uint64_t word) { return (word & kLockMask) >> kRecursionShift; }
uint32_t monitor_index(uint64_t word) { return static_cast<uint32_t>((word & kLockMask) >> 2); }
uint64_t with_lock(uint64_t word, uint64_t lock) { return (word & ~kLockMask) | lock; }

void throw_not_owner(VMThread* thread) {
  throw_new(thread, WellKnown::IllegalMonitorStateException, "current thread is not owner");
}

Monitor& monitor_of(VMThread* thread, uint64_t word) {
  return thread->isolate()->monitors().at(monitor_index(word));
}

// Converts the status word to the inflated state; the monitor inherits a thin owner's count.
Monitor& inflate(VMThread* thread, Object* object) {
  MonitorTable& table = thread->isolate()->monitors();
  for (;;) {
    uint64_t word = object->status.load(std::memory_order_acquire);
    if (state_of(word) == kInflated) return table.at(monitor_index(word));
    uint32_t index = table.allocate();
    Monitor& monitor = table.at(index);
    {
      // Nobody else can see this monitor yet; the lock only orders these writes for readers
      // that later lock it after finding the index in the status word.
      std::lock_guard<std::mutex> guard(monitor.mutex);
      if (state_of(word) == kThin) {
        monitor.owner_id.store(thin_owner(word), std::memory_order_relaxed);
        monitor.recursion = static_cast<uint32_t>(thin_recursion(word)) + 1;
      } else {
        monitor.owner_id.store(0, std::memory_order_relaxed);
        monitor.recursion = 0;
      }
    }
    uint64_t inflated = with_lock(word, (uint64_t{index} << 2) | kInflated);
    if (object->status.compare_exchange_strong(word, inflated, std::memory_order_acq_rel)) {
      return monitor;
    }
    table.release(index);
  }
}

// Takes a free monitor or waits (safely, as a BLOCKED thread) until its owner leaves it.
// `recursion` is the count a new owner starts with (Object.wait restores the one it had).
void enter_inflated(VMThread* thread, Monitor& monitor, uint32_t recursion = 1) {
  const uint32_t me = thread->lock_id();
  {
    std::lock_guard<std::mutex> guard(monitor.mutex);
    uint32_t owner = monitor.owner_id.load(std::memory_order_relaxed);
    if (owner == me) {
      ++monitor.recursion;
      return;
    }
    if (owner == 0) {
      monitor.owner_id.store(me, std::memory_order_relaxed);
      monitor.recursion = recursion;
      return;
    }
  }
  JavaStateScope blocked(thread, JavaThreadState::Blocked);
  SafeRegion region(thread);
  std::unique_lock<std::mutex> lock(monitor.mutex);  // released before the region ends
  ++monitor.entrants_waiting;
  monitor.entry.wait(lock, [&] { return monitor.owner_id.load(std::memory_order_relaxed) == 0; });
  --monitor.entrants_waiting;
  monitor.owner_id.store(me, std::memory_order_relaxed);
  monitor.recursion = recursion;
}

// Gives the monitor up entirely (Object.wait) and returns the recursion count to restore.
uint32_t release_fully(Monitor& monitor) {
  uint32_t recursion = monitor.recursion;
  monitor.recursion = 0;
  monitor.owner_id.store(0, std::memory_order_relaxed);
  if (monitor.entrants_waiting > 0) monitor.entry.notify_one();
  return recursion;
}

void append_waiter(Monitor& monitor, MonitorWaiter* waiter) {
  if (monitor.wait_tail == nullptr) {
    monitor.wait_head = waiter;
  } else {
    monitor.wait_tail->next = waiter;
  }
  monitor.wait_tail = waiter;
}

void unlink_waiter(Monitor& monitor, MonitorWaiter* waiter) {
  MonitorWaiter* previous = nullptr;
  for (MonitorWaiter* w = monitor.wait_head; w != nullptr; previous = w, w = w->next) {
    if (w != waiter) continue;
    (previous ? previous->next : monitor.wait_head) = w->next;
    if (monitor.wait_tail == w) monitor.wait_tail = previous;
    w->next = nullptr;
    return;
  }
}

// Notifies the first waiter; the caller holds monitor.mutex, so the waiter (which takes that
// mutex before it returns) and its thread are still alive when it is unparked.
bool notify_first(Monitor& monitor) {
  MonitorWaiter* waiter = monitor.wait_head;
  if (waiter == nullptr) return false;
  monitor.wait_head = waiter->next;
  if (monitor.wait_head == nullptr) monitor.wait_tail = nullptr;
  waiter->next = nullptr;
  waiter->notified.store(true, std::memory_order_seq_cst);
  waiter->thread->parker().unpark();
  return true;
}

Parker::Deadline deadline_after(int64_t millis) {
  if (millis == 0) return std::nullopt;
  // A century is forever for a program; it keeps the time point from overflowing.
  constexpr int64_t kForever = int64_t{100} * 365 * 24 * 3600 * 1000;
  return std::chrono::steady_clock::now() + std::chrono::milliseconds(std::min(millis, kForever));
}

bool deadline_passed(const Parker::Deadline& deadline) {
  return deadline && std::chrono::steady_clock::now() >= *deadline;
}

}  // namespace

// --- MonitorTable ------------------------------------------------------------------------------

MonitorTable::~MonitorTable() {
  for (auto& chunk : chunks_) delete[] chunk.load(std::memory_order_relaxed);
}

uint32_t MonitorTable::allocate() {
  std::lock_guard<std::mutex> guard(mutex_);
  if (free_count_ > 0) return free_[--free_count_];
  uint32_t index = next_++;
  uint32_t chunk = static_cast<uint32_t>(std::bit_width(index / kFirstChunk + 1) - 1);
  if (chunks_[chunk].load(std::memory_order_relaxed) == nullptr) {
    chunks_[chunk].store(new Monitor[size_t{kFirstChunk} << chunk], std::memory_order_release);
  }
  return index;
}

void MonitorTable::release(uint32_t index) {
  std::lock_guard<std::mutex> guard(mutex_);
  if (free_count_ == free_capacity_) {
    uint32_t capacity = free_capacity_ == 0 ? 8 : free_capacity_ * 2;
    auto grown = std::make_unique<uint32_t[]>(capacity);
    for (uint32_t i = 0; i < free_count_; ++i) grown[i] = free_[i];
    free_ = std::move(grown);
    free_capacity_ = capacity;
  }
  free_[free_count_++] = index;
}

Monitor& MonitorTable::at(uint32_t index) const {
  uint32_t chunk = static_cast<uint32_t>(std::bit_width(index / kFirstChunk + 1) - 1);
  uint32_t first = kFirstChunk * ((uint32_t{1} << chunk) - 1);
  return chunks_[chunk].load(std::memory_order_acquire)[index - first];
}

// --- Entering and leaving ------------------------------------------------------------------------

bool monitor_enter(VMThread* thread, Object* object) {
  const uint64_t me = thread->lock_id();
  int spins = 0;
  for (;;) {
    uint64_t word = object->status.load(std::memory_order_acquire);
    switch (state_of(word)) {
      case kUnlocked: {
        uint64_t locked = with_lock(word, (me << 2) | kThin);
        if (object->status.compare_exchange_weak(word, locked, std::memory_order_acquire)) return true;
        continue;
      }
      case kThin:
        if (thin_owner(word) == me) {
          if (thin_recursion(word) < kMaxThinRecursion) {
            if (object->status.compare_exchange_weak(word, word + (uint64_t{1} << kRecursionShift),
                                                     std::memory_order_relaxed)) {
              return true;
            }
            continue;
          }
        } else if (spins++ < kThinSpins) {
          std::this_thread::yield();
          continue;
        }
        inflate(thread, object);
        continue;
      default:
        enter_inflated(thread, monitor_of(thread, word));
        return true;
    }
  }
}

bool monitor_exit(VMThread* thread, Object* object) {
  const uint64_t me = thread->lock_id();
  for (;;) {
    uint64_t word = object->status.load(std::memory_order_acquire);
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
        Monitor& monitor = monitor_of(thread, word);
        std::lock_guard<std::mutex> lock(monitor.mutex);
        if (monitor.owner_id.load(std::memory_order_relaxed) != me) {
          throw_not_owner(thread);
          return false;
        }
        if (--monitor.recursion == 0) {
          monitor.owner_id.store(0, std::memory_order_relaxed);
          if (monitor.entrants_waiting > 0) monitor.entry.notify_one();
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
    case kInflated:
      // Only this thread can make the owner this thread, so a relaxed read answers for it.
      return monitor_of(thread, word).owner_id.load(std::memory_order_relaxed) == thread->lock_id();
    default:
      return false;
  }
}

// --- wait / notify -------------------------------------------------------------------------------

bool monitor_wait(VMThread* thread, Object* object, int64_t millis) {
  if (millis < 0) {
    throw_new(thread, WellKnown::IllegalArgumentException, "timeout value is negative");
    return false;
  }
  if (!holds_lock(thread, object)) {
    throw_not_owner(thread);
    return false;
  }
  // Clear a stale interrupt signal before looking at the interrupt status: an interrupt that
  // comes after the check finds the signal set and ends the park below.
  thread->set_interrupt_signal(false);
  if (java_interrupt_status(thread, true)) {
    throw_new_no_message(thread, WellKnown::InterruptedException);
    return false;
  }
  Monitor& monitor = inflate(thread, object);
  Parker::Deadline deadline = deadline_after(millis);
  MonitorWaiter waiter;
  waiter.thread = thread;
  uint32_t recursion;
  {
    std::lock_guard<std::mutex> guard(monitor.mutex);
    append_waiter(monitor, &waiter);
    recursion = release_fully(monitor);
  }
  bool interrupted = false;
  {
    JavaStateScope waiting(thread, millis == 0 ? JavaThreadState::Waiting : JavaThreadState::TimedWaiting);
    for (;;) {
      {
        SafeRegion region(thread);
        while (!waiter.notified.load(std::memory_order_seq_cst) && !thread->interrupt_signalled() &&
               !deadline_passed(deadline)) {
          thread->parker().park(deadline);
        }
      }
      if (waiter.notified.load(std::memory_order_seq_cst) || deadline_passed(deadline)) break;
      thread->set_interrupt_signal(false);
      if (java_interrupt_status(thread, false)) {
        interrupted = true;
        break;
      }
      // The signal belonged to an interrupt that Thread.interrupted() already consumed.
    }
  }
  {
    std::lock_guard<std::mutex> guard(monitor.mutex);
    // Not notified (timeout or interrupt): leave the wait set. A notification that raced with
    // the interrupt wins: the wait then returns normally with the interrupt still pending.
    if (!waiter.notified.load(std::memory_order_seq_cst)) unlink_waiter(monitor, &waiter);
    else interrupted = false;
  }
  enter_inflated(thread, monitor, recursion);
  if (interrupted) {
    java_interrupt_status(thread, true);
    throw_new_no_message(thread, WellKnown::InterruptedException);
    return false;
  }
  return true;
}

bool monitor_notify(VMThread* thread, Object* object, bool all) {
  if (!holds_lock(thread, object)) {
    throw_not_owner(thread);
    return false;
  }
  uint64_t word = object->status.load(std::memory_order_acquire);
  if (state_of(word) != kInflated) return true;  // nobody can be waiting on a thin lock
  Monitor& monitor = monitor_of(thread, word);
  std::lock_guard<std::mutex> lock(monitor.mutex);
  while (notify_first(monitor) && all) {
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
