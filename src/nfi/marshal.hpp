// Conversions between Values and native data, in both directions, following the NFI's
// marshalling table: managed arguments into argument slots, native results and callback
// arguments into Values, callback results back into native return registers.
#pragma once

#include <memory>
#include <vector>

#include "nfi/signature.hpp"

namespace islet::nfi::detail {

// What a downcall must undo or finish once the native function returns: arrays to end (copy
// back), OBJECT handles and closures that only lived for the call.
class CallCleanup {
 public:
  explicit CallCleanup(ContextImpl& context) : context_(context) {}
  ~CallCleanup() { run(); }
  void end_array(std::shared_ptr<ArraySource> array, void* data);
  void release_handle(TruffleObject handle);
  void release_closure(Ref<ClosureImpl> closure);
  void run() noexcept;

 private:
  ContextImpl& context_;
  std::vector<std::pair<std::shared_ptr<ArraySource>, void*>> arrays_;
  std::vector<TruffleObject> handles_;
  std::vector<Ref<ClosureImpl>> closures_;
};

// Stores argument `index` (0-based among the caller's arguments) into its slot, or throws
// Error ArgumentType naming the argument, the expected type and what was given.
void store_argument(const SignatureImpl& signature, size_t native_index, size_t index,
                    const Value& value, void* slot, ContextImpl& context, CallCleanup& cleanup);

// A native value of `type` at `data` (a return buffer or a callback argument) as a Value.
Value load_native(const Type& type, const void* data, ContextImpl& context);

// Stores a callback's result for its native caller, who then owns strings, OBJECT handles
// and closures in it. Throws Error ReturnType when the value does not convert.
void store_callback_result(const Type& type, const Value& value, void* result,
                           ContextImpl& context);

}  // namespace islet::nfi::detail
