// ContextImpl: what native code reaches through TruffleEnv/TruffleContext. It owns the OBJECT
// handle table, the registry of NFI-made function pointers, the callback error handler and the
// environments of threads (one shared by all without a ThreadBinding, one per attached thread
// with one). The ABI blocks come first in their structs so that TruffleEnv* and TruffleContext*
// convert to the owning context in O(1).
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

#include "islet/nfi.hpp"

namespace islet::nfi::detail {

class ContextImpl final : public Box {
 public:
  ContextImpl();
  ~ContextImpl() override;

  TruffleContext* truffle_context() { return reinterpret_cast<TruffleContext*>(&context_); }

  // Environments (trufflenfi.h's thread API and ENV arguments). Without a thread binding: the
  // context's one environment, on every thread. With one: the calling thread's own, made on first
  // use, or null if the thread is not attached.
  void set_thread_binding(std::shared_ptr<const ThreadBinding> binding) { binding_ = std::move(binding); }
  TruffleEnv* current_env();
  TruffleEnv* attach_current_thread();
  void detach_current_thread();
  static ContextImpl* from(TruffleEnv* env);
  static ContextImpl* from(TruffleContext* context);

  // OBJECT handles. A handle encodes slot index and generation, so stale handles are detected.
  TruffleObject new_handle(const Value& value);
  bool release_handle(TruffleObject handle);
  std::optional<Value> resolve_handle(TruffleObject handle) const;
  size_t handle_count() const;

  // NFI-made function pointers, by code address. find() returns a new reference, or nothing
  // when the address is not (or no longer) one of ours.
  void register_closure(void* code, ClosureImpl* closure);
  void unregister_closure(void* code);
  Ref<ClosureImpl> find_closure(void* code) const;
  size_t closure_count() const;

  void set_callback_error_handler(std::function<void(std::exception_ptr)> handler);
  void report_callback_error(std::exception_ptr error) noexcept;

 private:
  struct EnvBlock {
    const __TruffleNativeAPI* functions;  // must stay the first member (ABI)
    ContextImpl* owner;
  };
  struct ContextBlock {
    const __TruffleThreadAPI* functions;  // must stay the first member (ABI)
    ContextImpl* owner;
  };
  struct HandleSlot {
    Value value;
    uint32_t generation = 0;
    bool live = false;
  };

  TruffleEnv* env_of(const void* thread);
  void drop_envs_of_detached_threads();  // with thread_envs_mutex_ held

  EnvBlock env_;
  ContextBlock context_;

  std::shared_ptr<const ThreadBinding> binding_;  // set once, before use on several threads
  std::mutex thread_envs_mutex_;
  std::unordered_map<const void*, std::unique_ptr<EnvBlock>> thread_envs_;
  size_t next_env_sweep_;

  mutable std::mutex handles_mutex_;
  std::vector<HandleSlot> handles_;
  std::vector<uint32_t> free_handles_;
  size_t live_handles_ = 0;

  mutable std::mutex closures_mutex_;
  std::unordered_map<void*, ClosureImpl*> closures_;

  std::mutex handler_mutex_;
  std::function<void(std::exception_ptr)> callback_error_handler_;
};

// releaseAndReturn: handles released once the innermost OBJECT-returning call on this thread
// has read its result. The frame lives on that call's stack.
class DeferredReleases {
 public:
  explicit DeferredReleases(ContextImpl& context);
  ~DeferredReleases();
  // Adds to the current thread's innermost frame; false when no frame is active.
  static bool defer(ContextImpl& context, TruffleObject handle);

 private:
  ContextImpl& context_;
  std::vector<std::pair<ContextImpl*, TruffleObject>> handles_;
  DeferredReleases* outer_;
};

}  // namespace islet::nfi::detail
