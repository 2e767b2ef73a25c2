// FunctionImpl: a native address bound to a signature in a context, and the dynamic downcall.
#pragma once

#include <span>
#include <string>

#include "nfi/signature.hpp"

namespace islet::nfi::detail {

class FunctionImpl final : public Box {
 public:
  // `library` keeps the code mapped (null for function pointers returned by native code).
  FunctionImpl(Ref<ContextImpl> context, Ref<SignatureImpl> signature, void* code,
               Ref<LibraryImpl> library, std::string name);

  const CallCore& core() const { return core_; }
  const SignatureImpl& signature() const { return *signature_; }
  Ref<SignatureImpl> signature_ref() const { return signature_; }
  ContextImpl& context() const { return *context_; }
  const std::string& name() const { return name_; }

  // The Value path: marshal, ffi_call, unmarshal, clean up, rethrow callback errors.
  Value execute(std::span<const Value> arguments) const;

 private:
  // Every argument marshalled through store_value_fast: no cleanup, no allocation.
  bool try_execute_plain(std::span<const Value> arguments, Value& value) const;
  Value execute_general(std::span<const Value> arguments) const;

  Ref<ContextImpl> context_;
  Ref<SignatureImpl> signature_;
  Ref<LibraryImpl> library_;
  std::string name_;
  CallCore core_;
};

Ref<FunctionImpl> make_function(Ref<ContextImpl> context, Ref<SignatureImpl> signature, void* code,
                                Ref<LibraryImpl> library, std::string name);

}  // namespace islet::nfi::detail
