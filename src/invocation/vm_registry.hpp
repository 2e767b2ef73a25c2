// The process-wide registry of live VMs (isolates created through JNI_CreateJavaVM or
// graal_create_isolate): the only mutable state islet keeps outside an Isolate. It owns the
// isolates, lists them in creation order for JNI_GetCreatedJavaVMs, and hands one back to the
// teardown that ends it.
#pragma once

#include <memory>
#include <vector>

namespace islet::runtime {
class Isolate;
}

namespace islet::invocation {

using runtime::Isolate;

// Takes ownership of a freshly created isolate and lists it.
void register_vm(std::unique_ptr<Isolate> isolate);

// Removes `isolate` from the list and returns it to the caller, who destroys it; null if it is
// not listed (never created here, or another thread is already tearing it down).
std::unique_ptr<Isolate> unregister_vm(Isolate* isolate);

// Takes `isolate` off the list for good without freeing it: its daemon threads were stopped
// where they stood and may still hold pointers into it (vm_lifecycle.cpp). It stays reachable
// until the process ends.
void retire_vm(Isolate* isolate);

// True if `isolate` is listed (created by an embedder and not yet torn down).
bool is_registered(Isolate* isolate);

// The listed isolate whose JavaVM* is `java_vm`, or null: validates a pointer an embedder passes
// (a graal_isolate_t*) without reading through it.
Isolate* find_vm(const void* java_vm);

// Every listed isolate, oldest first.
std::vector<Isolate*> live_vms();

}  // namespace islet::invocation
