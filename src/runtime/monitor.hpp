// Java monitors (synchronized, wait/notify) and identity hashes, both kept in an object's status
// word. Lock word (low 32 bits of status):
//   bits 0-1: 00 unlocked, 01 thin-locked, 10 inflated
//   thin:     bits 2-21 owner thread id, bits 22-31 recursion count
//   inflated: bits 2-31 index of a Monitor in the isolate's MonitorTable
// The uncontended path is one CAS; contention, deep recursion and wait() inflate to a Monitor
// (mutex + condition variable) that is never deflated in step 1.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace islet::runtime {

class VMThread;
struct Object;

struct Monitor {
  std::mutex mutex;
  std::condition_variable entry;    // signalled when the owner releases
  std::condition_variable waiters;  // wait/notify
  uint32_t owner_id = 0;  // VMThread::lock_id() of the owner, 0 when free
  uint32_t recursion = 0;
  uint32_t waiting = 0;
  uint32_t pending_notifies = 0;
};

class MonitorTable {
 public:
  uint32_t allocate();  // index of a free Monitor
  void release(uint32_t index);  // an inflation that lost its race gives the monitor back
  Monitor& at(uint32_t index);

 private:
  std::mutex mutex_;
  std::vector<uint32_t> free_;
  std::deque<Monitor> monitors_;  // deque: stable addresses while growing
};

bool monitor_enter(VMThread* thread, Object* object);
// False with IllegalMonitorStateException pending if the thread does not own the monitor.
bool monitor_exit(VMThread* thread, Object* object);
bool holds_lock(VMThread* thread, Object* object);
// Object.wait: false with an exception pending (IllegalMonitorStateException, interrupt).
bool monitor_wait(VMThread* thread, Object* object, int64_t millis);
bool monitor_notify(VMThread* thread, Object* object, bool all);

int32_t identity_hash(VMThread* thread, Object* object);

}  // namespace islet::runtime
