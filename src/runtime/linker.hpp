// Linking a freshly parsed class: creating its Field and Method metadata, laying out instances
// and statics, and building the vtable and itables. Private to runtime/.
#pragma once

#include "runtime/klass.hpp"

namespace islet::runtime {

class VMThread;

// Fills fields, methods, layout, vtable and itables of `klass`, whose file, super and
// interfaces are already set. False with a pending exception (e.g. VerifyError) on failure.
bool link_class(VMThread* thread, Class* klass);

// Completes a class the VM synthesised without a class file (lambda proxies): supertypes,
// vtable and itables from its already-filled super, interfaces and methods.
void link_synthetic_class(VMThread* thread, Class* klass);

// Gives a newly created class its java.lang.Class mirror (once java/lang/Class is linked).
bool create_mirror(VMThread* thread, Class* klass);

}  // namespace islet::runtime
