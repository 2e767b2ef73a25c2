// IsolateGate: the way into an isolate for code that holds no thread of it and may outlive it —
// native data that calls back into Java (an NFI function pointer kept by a C library), the exit
// hook of an OS thread the VM attached on its own. The isolate owns its gate; such holders share
// it (std::shared_ptr), so the gate outlives the isolate.
//
// Entering yields a Pass, which keeps the isolate from being freed until the pass ends; once the
// isolate has begun to end, entering fails. The isolate's destructor closes the gate first and
// waits for the passes out, so a holder either enters before the end (and the isolate waits for
// it) or finds the gate closed — never freed memory. Passes are short (attaching a thread,
// checking a record, detaching a thread): a pass holder must never wait for the isolate's end.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <utility>

namespace islet::runtime {

class Isolate;

class IsolateGate {
 public:
  explicit IsolateGate(Isolate* isolate) : isolate_(isolate) {}
  IsolateGate(const IsolateGate&) = delete;
  IsolateGate& operator=(const IsolateGate&) = delete;

  class Pass {
   public:
    Pass() = default;
    Pass(Pass&& other) noexcept : gate_(std::exchange(other.gate_, nullptr)) {}
    Pass& operator=(Pass&& other) noexcept {
      if (this != &other) {
        release();
        gate_ = std::exchange(other.gate_, nullptr);
      }
      return *this;
    }
    ~Pass() { release(); }

    // False when the gate was closed: the isolate has ended (or is ending).
    explicit operator bool() const { return gate_ != nullptr; }
    Isolate* isolate() const { return gate_ != nullptr ? gate_->isolate_ : nullptr; }
    void release() {
      if (gate_ != nullptr) std::exchange(gate_, nullptr)->leave();
    }

   private:
    friend class IsolateGate;
    explicit Pass(IsolateGate* gate) : gate_(gate) {}
    IsolateGate* gate_ = nullptr;
  };

  // A pass into the isolate, or an empty one if it has begun to end.
  Pass enter() {
    std::lock_guard<std::mutex> guard(mutex_);
    if (closed_.load(std::memory_order_relaxed)) return Pass();
    ++inside_;
    return Pass(this);
  }

  // True once the isolate has begun to end. Without a pass, only a hint that may turn true
  // right after it answered false.
  bool closed() const { return closed_.load(std::memory_order_acquire); }

  // The isolate's address, to compare with (it may have been freed: never read through it
  // without a pass).
  const Isolate* address() const { return isolate_; }

  // The isolate is ending: no entry succeeds from now on. Returns once every pass has ended.
  void close() {
    std::unique_lock<std::mutex> lock(mutex_);
    closed_.store(true, std::memory_order_release);
    all_out_.wait(lock, [this] { return inside_ == 0; });
  }

 private:
  void leave() {
    std::lock_guard<std::mutex> guard(mutex_);
    if (--inside_ == 0) all_out_.notify_all();
  }

  Isolate* const isolate_;
  std::mutex mutex_;
  std::condition_variable all_out_;
  uint32_t inside_ = 0;
  std::atomic<bool> closed_{false};
};

}  // namespace islet::runtime
