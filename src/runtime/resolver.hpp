// Symbolic-reference resolution (JVMS 5.4.3): constant-pool Class, Fieldref, Methodref and
// InterfaceMethodref entries become Class*, Field* and Method* with the access checks and the
// HotSpot-worded errors (NoSuchMethodError, IllegalAccessError, ...). Results are cached in the
// accessor's ConstantPoolCache. Also class initialization (JVMS 5.5).
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/klass.hpp"

namespace islet::runtime {

class VMThread;

enum class InvokeKind : uint8_t { Virtual, Special, Static, Interface };

Class* resolve_class(VMThread* thread, Class* accessor, uint16_t cp_index);
Field* resolve_field(VMThread* thread, Class* accessor, uint16_t cp_index, bool is_static);
Method* resolve_method(VMThread* thread, Class* accessor, uint16_t cp_index, InvokeKind kind);
Object* resolve_string(VMThread* thread, Class* accessor, uint16_t cp_index);

// Resolves a class name (internal form) from `accessor`'s loader, with access checking.
Class* resolve_class_name(VMThread* thread, Class* accessor, std::string_view name);

// Lookup without access checks (JVMS 5.4.3.2-4); null if absent.
Field* lookup_field(Class* klass, std::string_view name, std::string_view descriptor);
Method* lookup_method_in_classes(Class* klass, std::string_view name, std::string_view descriptor);
Method* lookup_method(Class* klass, std::string_view name, std::string_view descriptor);
Method* lookup_interface_method(Class* interface, std::string_view name, std::string_view descriptor);

// Maximally-specific default method of `klass`'s superinterfaces (JVMS 5.4.3.3). Returns null
// when none; sets *conflict when several non-abstract candidates exist.
Method* select_default_method(Class* klass, std::string_view name, std::string_view descriptor,
                              bool* conflict);

// The method that invokevirtual/invokeinterface of `resolved` runs for a receiver of class
// `receiver`; null with AbstractMethodError/IncompatibleClassChangeError pending if none.
Method* select_virtual(VMThread* thread, Class* receiver, Method* resolved);
Method* select_interface(VMThread* thread, Class* receiver, Method* resolved);

// Runs <clinit> if needed (JVMS 5.5). False with the exception pending on failure.
bool initialize_class(VMThread* thread, Class* klass);
inline bool ensure_initialized(VMThread* thread, Class* klass) {
  return klass->is_initialized() || initialize_class(thread, klass);
}

// Access control (JVMS 5.4.4).
bool same_package(const Class* a, const Class* b);
bool is_accessible_class(const Class* accessor, const Class* target);
bool is_accessible_member(const Class* accessor, const Class* holder, uint16_t member_flags,
                          const Class* declared_in);

}  // namespace islet::runtime
