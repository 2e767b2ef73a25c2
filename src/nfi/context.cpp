// ContextImpl and the trufflenfi.h function tables. Without a VM, "managed objects" are Values
// kept alive by the handle table, and every thread may use the NFI, so attaching is bookkeeping;
// the VM's polyglot layer adds real thread attachment (a ThreadBinding: per-thread environments)
// and GC-rooted handles on top.
#include "nfi/context.hpp"

#include <algorithm>
#include <cstdio>

#include "nfi/boxes.hpp"
#include "nfi/closure.hpp"
#include "nfi/library.hpp"
#include "nfi/parser.hpp"

namespace islet::nfi::detail {

namespace {

// --- the native API (slot order fixed by trufflenfi.h) ---

TruffleContext* api_get_truffle_context(TruffleEnv* env) {
  return ContextImpl::from(env)->truffle_context();
}

TruffleObject api_new_object_ref(TruffleEnv* env, TruffleObject object) {
  ContextImpl* context = ContextImpl::from(env);
  if (object == nullptr) return nullptr;
  try {
    std::optional<Value> value = context->resolve_handle(object);
    return value ? context->new_handle(*value) : nullptr;
  } catch (...) {
    return nullptr;  // out of memory: JNI's NewGlobalRef also answers NULL
  }
}

void api_release_object_ref(TruffleEnv* env, TruffleObject object) {
  ContextImpl::from(env)->release_handle(object);
}

TruffleObject api_release_and_return(TruffleEnv* env, TruffleObject object) {
  ContextImpl* context = ContextImpl::from(env);
  // Outside an OBJECT-returning NFI call there is no result to hand the object to.
  if (object != nullptr && !DeferredReleases::defer(*context, object))
    context->release_handle(object);
  return object;
}

int api_is_same_object(TruffleEnv* env, TruffleObject object1, TruffleObject object2) {
  ContextImpl* context = ContextImpl::from(env);
  if (object1 == nullptr || object2 == nullptr) return object1 == object2;
  std::optional<Value> first = context->resolve_handle(object1);
  std::optional<Value> second = context->resolve_handle(object2);
  return first && second && same_object(*first, *second);
}

void api_new_closure_ref(TruffleEnv* env, void* closure) {
  if (Ref<ClosureImpl> found = ContextImpl::from(env)->find_closure(closure)) retain(found.get());
}

void api_release_closure_ref(TruffleEnv* env, void* closure) {
  if (Ref<ClosureImpl> found = ContextImpl::from(env)->find_closure(closure)) release(found.get());
}

TruffleObject api_get_closure_object(TruffleEnv* env, void* closure) {
  ContextImpl* context = ContextImpl::from(env);
  Ref<ClosureImpl> found = context->find_closure(closure);
  if (!found) return nullptr;
  try {
    return context->new_handle(Value::from_callable(found->callable()));
  } catch (...) {
    return nullptr;
  }
}

const __TruffleNativeAPI kNativeApi = {
    api_get_truffle_context, api_new_object_ref,  api_release_object_ref,  api_release_and_return,
    api_is_same_object,      api_new_closure_ref, api_release_closure_ref, api_get_closure_object,
};

// --- the thread API ---

TruffleEnv* api_get_truffle_env(TruffleContext* context) {
  return ContextImpl::from(context)->current_env();
}
TruffleEnv* api_attach_current_thread(TruffleContext* context) {
  return ContextImpl::from(context)->attach_current_thread();
}
void api_detach_current_thread(TruffleContext* context) {
  ContextImpl::from(context)->detach_current_thread();
}

const __TruffleThreadAPI kThreadApi = {
    api_get_truffle_env,
    api_attach_current_thread,
    api_detach_current_thread,
};

// Handles are (generation << 32) | (slot index + 1): never null, and a released slot's old
// handles stop resolving once the slot is reused with the next generation.
constexpr int kGenerationShift = 32;

TruffleObject encode_handle(uint32_t index, uint32_t generation) {
  return reinterpret_cast<TruffleObject>((static_cast<uintptr_t>(generation) << kGenerationShift) |
                                         (static_cast<uintptr_t>(index) + 1));
}

bool decode_handle(TruffleObject handle, uint32_t& index, uint32_t& generation) {
  auto bits = reinterpret_cast<uintptr_t>(handle);
  uint32_t low = static_cast<uint32_t>(bits);
  if (low == 0) return false;
  index = low - 1;
  generation = static_cast<uint32_t>(bits >> kGenerationShift);
  return true;
}

thread_local DeferredReleases* innermost_deferred = nullptr;

// Environments of threads that have detached are dropped when the table has doubled since the
// last sweep (amortised O(1) per new thread); below this size it is never swept.
constexpr size_t kFirstEnvSweep = 16;

}  // namespace

ContextImpl::ContextImpl()
    : env_{&kNativeApi, this}, context_{&kThreadApi, this}, next_env_sweep_(kFirstEnvSweep) {}

// --- environments -------------------------------------------------------------------------------

TruffleEnv* ContextImpl::current_env() {
  if (!binding_) return reinterpret_cast<TruffleEnv*>(&env_);
  const void* thread = binding_->current_thread();
  return thread != nullptr ? env_of(thread) : nullptr;
}

TruffleEnv* ContextImpl::attach_current_thread() {
  if (!binding_) return reinterpret_cast<TruffleEnv*>(&env_);
  const void* thread = binding_->attach_current_thread();
  return thread != nullptr ? env_of(thread) : nullptr;
}

void ContextImpl::detach_current_thread() {
  if (!binding_) return;
  const void* thread = binding_->current_thread();
  if (thread == nullptr) return;
  binding_->detach_current_thread();
  if (binding_->is_attached(thread)) return;  // the binding keeps threads it did not attach
  std::lock_guard lock(thread_envs_mutex_);
  thread_envs_.erase(thread);
}

TruffleEnv* ContextImpl::env_of(const void* thread) {
  std::lock_guard lock(thread_envs_mutex_);
  auto found = thread_envs_.find(thread);
  if (found != thread_envs_.end()) return reinterpret_cast<TruffleEnv*>(found->second.get());
  if (thread_envs_.size() >= next_env_sweep_) drop_envs_of_detached_threads();
  auto block = std::make_unique<EnvBlock>(EnvBlock{&kNativeApi, this});
  TruffleEnv* env = reinterpret_cast<TruffleEnv*>(block.get());
  thread_envs_.emplace(thread, std::move(block));
  return env;
}

void ContextImpl::drop_envs_of_detached_threads() {
  std::erase_if(thread_envs_, [this](const auto& entry) { return !binding_->is_attached(entry.first); });
  next_env_sweep_ = std::max(kFirstEnvSweep, 2 * thread_envs_.size());
}

ContextImpl::~ContextImpl() = default;

ContextImpl* ContextImpl::from(TruffleEnv* env) { return reinterpret_cast<EnvBlock*>(env)->owner; }
ContextImpl* ContextImpl::from(TruffleContext* context) {
  return reinterpret_cast<ContextBlock*>(context)->owner;
}

TruffleObject ContextImpl::new_handle(const Value& value) {
  std::lock_guard lock(handles_mutex_);
  uint32_t index;
  if (!free_handles_.empty()) {
    index = free_handles_.back();
    free_handles_.pop_back();
  } else {
    index = static_cast<uint32_t>(handles_.size());
    handles_.emplace_back();
  }
  HandleSlot& slot = handles_[index];
  slot.value = value;
  slot.live = true;
  slot.generation = slot.generation + 1 == 0 ? 1 : slot.generation + 1;
  ++live_handles_;
  return encode_handle(index, slot.generation);
}

bool ContextImpl::release_handle(TruffleObject handle) {
  uint32_t index, generation;
  if (!decode_handle(handle, index, generation)) return false;
  Value dropped;  // destroyed after the lock is released: it may own other NFI objects
  std::lock_guard lock(handles_mutex_);
  if (index >= handles_.size() || !handles_[index].live || handles_[index].generation != generation)
    return false;
  HandleSlot& slot = handles_[index];
  dropped = std::move(slot.value);
  slot.live = false;
  free_handles_.push_back(index);
  --live_handles_;
  return true;
}

std::optional<Value> ContextImpl::resolve_handle(TruffleObject handle) const {
  uint32_t index, generation;
  if (!decode_handle(handle, index, generation)) return std::nullopt;
  std::lock_guard lock(handles_mutex_);
  if (index >= handles_.size() || !handles_[index].live || handles_[index].generation != generation)
    return std::nullopt;
  return handles_[index].value;
}

size_t ContextImpl::handle_count() const {
  std::lock_guard lock(handles_mutex_);
  return live_handles_;
}

void ContextImpl::register_closure(void* code, ClosureImpl* closure) {
  std::lock_guard lock(closures_mutex_);
  closures_[code] = closure;
}

void ContextImpl::unregister_closure(void* code) {
  std::lock_guard lock(closures_mutex_);
  closures_.erase(code);
}

Ref<ClosureImpl> ContextImpl::find_closure(void* code) const {
  std::lock_guard lock(closures_mutex_);
  auto found = closures_.find(code);
  if (found == closures_.end()) return {};
  // Only revive a closure whose count has not reached zero (its destructor may be waiting
  // for this lock to unregister it).
  ClosureImpl* closure = found->second;
  int count = closure->references.load(std::memory_order_relaxed);
  while (count > 0 && !closure->references.compare_exchange_weak(count, count + 1)) {
  }
  return count > 0 ? Ref<ClosureImpl>::adopt(closure) : Ref<ClosureImpl>();
}

size_t ContextImpl::closure_count() const {
  std::lock_guard lock(closures_mutex_);
  return closures_.size();
}

void ContextImpl::set_callback_error_handler(std::function<void(std::exception_ptr)> handler) {
  std::lock_guard lock(handler_mutex_);
  callback_error_handler_ = std::move(handler);
}

void ContextImpl::report_callback_error(std::exception_ptr error) noexcept {
  std::function<void(std::exception_ptr)> handler;
  {
    std::lock_guard lock(handler_mutex_);
    handler = callback_error_handler_;
  }
  try {
    if (handler) {
      handler(error);
      return;
    }
    std::rethrow_exception(error);
  } catch (const std::exception& exception) {
    std::fprintf(stderr,
                 "islet nfi: callback failed on a thread with no NFI call in progress: %s\n",
                 exception.what());
  } catch (...) {
    std::fprintf(stderr, "islet nfi: callback failed on a thread with no NFI call in progress\n");
  }
}

DeferredReleases::DeferredReleases(ContextImpl& context)
    : context_(context), outer_(innermost_deferred) {
  innermost_deferred = this;
}

DeferredReleases::~DeferredReleases() {
  innermost_deferred = outer_;
  for (auto& [context, handle] : handles_) context->release_handle(handle);
}

bool DeferredReleases::defer(ContextImpl& context, TruffleObject handle) {
  if (innermost_deferred == nullptr) return false;
  innermost_deferred->handles_.emplace_back(&context, handle);
  return true;
}

}  // namespace islet::nfi::detail

namespace islet::nfi {

using detail::Ref;

Context::Context() : impl_(Ref<detail::ContextImpl>::adopt(new detail::ContextImpl())) {}

Value Context::eval(std::string_view source) const {
  detail::ParsedSource parsed = detail::parse_source(source);
  Ref<detail::LibraryImpl> library;
  switch (parsed.command) {
    case detail::ParsedSource::Command::Signature:
      parsed.signature->set_context(impl_);
      return Value(Signature(parsed.signature));
    case detail::ParsedSource::Command::Default:
      library = detail::LibraryImpl::process_default(impl_);
      break;
    case detail::ParsedSource::Command::Load:
      library = detail::LibraryImpl::open(impl_, parsed.file, parsed.flags);
      break;
  }
  for (auto& [name, signature] : parsed.bindings) library->add_binding(name, signature);
  return Value(Library(library));
}

Library Context::load(std::string_view path, int flags) const {
  if ((flags & (kLazy | kNow)) == 0) flags |= kNow;
  return Library(detail::LibraryImpl::open(impl_, std::string(path), flags));
}

Signature Context::signature(std::string_view text) const {
  Ref<detail::SignatureImpl> signature = detail::parse_signature(text);
  signature->set_context(impl_);
  return Signature(std::move(signature));
}

Library Context::load_default() const {
  return Library(detail::LibraryImpl::process_default(impl_));
}

TruffleContext* Context::truffle_context() const { return impl_->truffle_context(); }
TruffleEnv* Context::truffle_env() const { return impl_->current_env(); }

void Context::set_thread_binding(std::shared_ptr<const ThreadBinding> binding) const {
  impl_->set_thread_binding(std::move(binding));
}

void Context::set_callback_error_handler(std::function<void(std::exception_ptr)> handler) const {
  impl_->set_callback_error_handler(std::move(handler));
}

size_t Context::object_handle_count() const { return impl_->handle_count(); }
size_t Context::closure_count() const { return impl_->closure_count(); }

}  // namespace islet::nfi
