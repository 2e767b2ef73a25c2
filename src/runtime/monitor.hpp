// Java monitors (synchronized, wait/notify) and identity hashes, both kept in an object's status
// word. Lock word (low 32 bits of status):
//   bits 0-1: 00 unlocked, 01 thin-locked, 10 inflated
//   thin:     bits 2-21 owner thread id, bits 22-31 recursion count
//   inflated: bits 2-31 index of a Monitor in the isolate's MonitorTable
// The uncontended path is one CAS. Contention, deep recursion and wait() inflate the lock to a
// Monitor (mutex, entry condition, FIFO wait set); monitors are never deflated.
//
// Blocking: a thread that has to wait for a monitor, or waits in Object.wait, does so inside a
// SafeRegion, holding no Java object it will read before it leaves. Monitor::mutex is a leaf
// lock: no thread waits for a safepoint while holding it, so a running thread may take it
// without becoming safe.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>

namespace islet::runtime {

class VMThread;
struct Object;

// One thread in a monitor's wait set; lives on the waiting thread's stack. Linked and unlinked
// under Monitor::mutex.
struct MonitorWaiter {
  VMThread* thread = nullptr;
  MonitorWaiter* next = nullptr;
  std::atomic<bool> notified{false};
};

struct Monitor {
  std::mutex mutex;
  std::condition_variable entry;  // signalled when the owner releases the monitor
  // VMThread::lock_id() of the owner, 0 when free. Written under `mutex`; read without it only
  // by the owner itself (holds_lock).
  std::atomic<uint32_t> owner_id{0};
  uint32_t recursion = 0;          // under `mutex`
  uint32_t entrants_waiting = 0;   // threads blocked in entry.wait, under `mutex`
  MonitorWaiter* wait_head = nullptr;  // Object.wait callers in FIFO order, under `mutex`
  MonitorWaiter* wait_tail = nullptr;
};

// Monitors by index, in chunks that never move: chunk k holds kFirstChunk << k monitors, so a
// lookup is a few shifts and an acquire load, without a lock.
class MonitorTable {
 public:
  MonitorTable() = default;
  ~MonitorTable();
  MonitorTable(const MonitorTable&) = delete;
  MonitorTable& operator=(const MonitorTable&) = delete;

  uint32_t allocate();           // index of a free Monitor
  void release(uint32_t index);  // an inflation that lost its race gives the monitor back
  Monitor& at(uint32_t index) const;

 private:
  static constexpr uint32_t kFirstChunk = 256;
  static constexpr int kChunks = 22;  // 256 * (2^22 - 1) monitors: more than 30 index bits allow
  std::mutex mutex_;
  uint32_t next_ = 0;
  std::unique_ptr<uint32_t[]> free_;  // released indexes (rare), a small stack
  uint32_t free_count_ = 0, free_capacity_ = 0;
  std::atomic<Monitor*> chunks_[kChunks] = {};
};

bool monitor_enter(VMThread* thread, Object* object);
// False with IllegalMonitorStateException pending if the thread does not own the monitor.
bool monitor_exit(VMThread* thread, Object* object);
bool holds_lock(VMThread* thread, Object* object);
// Object.wait: false with an exception pending (IllegalMonitorStateException, negative timeout,
// InterruptedException when interrupted before or while waiting).
bool monitor_wait(VMThread* thread, Object* object, int64_t millis);
bool monitor_notify(VMThread* thread, Object* object, bool all);

int32_t identity_hash(VMThread* thread, Object* object);

}  // namespace islet::runtime
