// invokedynamic for what javac 17 emits in ordinary code, implemented as VM intrinsics instead of
// a full java.lang.invoke: StringConcatFactory (makeConcat, makeConcatWithConstants),
// LambdaMetafactory (metafactory, altMetafactory) and ObjectMethods (records).
#pragma once

#include <cstdint>

#include "runtime/klass.hpp"
#include "runtime/value.hpp"

namespace islet::runtime {
class VMThread;
}

namespace islet::interp {

using runtime::Class;
using runtime::Method;
using runtime::Slot;
using runtime::VMThread;

struct CallSite;

// Links the call site of the InvokeDynamic constant `cp_index` in `klass`. Null with a pending
// exception (BootstrapMethodError and friends) on failure.
CallSite* link_call_site(VMThread* thread, Class* klass, uint16_t cp_index);

// Number of argument slots the call site pops.
uint16_t call_site_arg_slots(const CallSite* site);
// Whether the call site's result takes two slots (never for the supported bootstraps).
runtime::BasicType call_site_return_type(const CallSite* site);

// Runs the call site with its arguments at `args`. False with a pending exception on failure.
bool invoke_call_site(VMThread* thread, CallSite* site, Slot* args, Slot* result);

// Executes a method of a lambda proxy class (MethodKind::LambdaForward) with its locals at `args`
// (receiver first): adapts the arguments and calls the implementation method.
Slot invoke_lambda_forward(VMThread* thread, Method* method, Slot* args);

}  // namespace islet::interp
