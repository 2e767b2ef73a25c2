// Resolution of constant-pool references (JVMS 5.4.3) with access control (5.4.4), method
// selection for virtual and interface calls (5.4.6), and the error messages HotSpot 17 prints.
#include "runtime/resolver.hpp"

#include <algorithm>

#include "classfile/descriptor.hpp"
#include "classfile/modified_utf8.hpp"
#include "natives/native_registry.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

using classfile::ConstantTag;

// --- Access control ---------------------------------------------------------------------------

bool same_package(const Class* a, const Class* b) {
  return a->loader == b->loader && a->package_name() == b->package_name();
}

namespace {

// JVMS 5.4.4: the NestHost class is loaded (by the member's loader) and must be in the same
// runtime package and list the member in NestMembers; otherwise the class is its own host.
// The answer is cached in the Class, since access checks ask for it often.
const Class* nest_host_of(const Class* klass) {
  if (klass->file == nullptr || klass->file->nest_host.empty()) return klass;
  if (const Class* cached = klass->nest_host.load(std::memory_order_acquire)) return cached;
  const Class* host = klass;
  VMThread* thread = klass->loader != nullptr ? VMThread::current(klass->loader->isolate()) : nullptr;
  if (thread != nullptr) {
    Object* pending = thread->take_pending_exception();
    Class* candidate = load_class(thread, *klass->loader, klass->file->nest_host);
    thread->take_pending_exception();  // a host that fails to load leaves the class on its own
    thread->set_pending_exception(pending);
    if (candidate != nullptr && candidate->file != nullptr && same_package(klass, candidate)) {
      const auto& members = candidate->file->nest_members;
      if (std::find(members.begin(), members.end(), klass->name) != members.end()) host = candidate;
    }
  }
  klass->nest_host.store(host, std::memory_order_release);
  return host;
}

bool nestmates(const Class* a, const Class* b) {
  return a == b || nest_host_of(a) == nest_host_of(b);
}

const Class* element_class(const Class* klass) {
  while (klass->is_array()) klass = klass->component;
  return klass;
}

}  // namespace

bool is_accessible_class(const Class* accessor, const Class* target) {
  target = element_class(target);
  if (target->is_primitive() || (target->access_flags & access::kPublic)) return true;
  return same_package(accessor, target);
}

bool is_accessible_member(const Class* accessor, const Class* holder, uint16_t flags,
                          const Class* declared_in) {
  if (flags & access::kPublic) return true;
  if (flags & access::kPrivate) return nestmates(accessor, declared_in);
  if (same_package(accessor, declared_in)) return true;
  if (flags & access::kProtected) {
    for (const Class* c = accessor; c != nullptr; c = c->super) {
      if (c == declared_in) return true;
    }
    // Nested classes reach protected members of their outer class's supers through nestmates.
    const Class* host = nest_host_of(accessor);
    for (const Class* c = host; c != nullptr; c = c->super) {
      if (c == declared_in) return true;
    }
  }
  (void)holder;
  return false;
}

namespace {

// HotSpot's words before "method"/"field": package-private members get none.
std::string access_words(uint16_t flags) {
  std::string words;
  if (flags & access::kAbstract) words += "abstract ";
  if (flags & access::kProtected) words += "protected ";
  if (flags & access::kPrivate) words += "private ";
  return words;
}

std::string pair_location(const Class* a, const Class* b) {
  std::string la = module_and_loader(a), lb = module_and_loader(b);
  if (la == lb) return a->external_name() + " and " + b->external_name() + " are in " + la;
  return a->external_name() + " is in " + la + "; " + b->external_name() + " is in " + lb;
}

std::string method_text(const Method* m) {
  std::string text = classfile::method_signature_for_messages(m->holder->name, m->name, m->descriptor);
  // method_signature_for_messages quotes the whole signature: 'void A.m()'.
  if (m->is_static()) text.insert(1, "static ");
  return text;
}

void throw_illegal_method_access(VMThread* thread, const Class* accessor, const Method* m) {
  std::string text = classfile::method_signature_for_messages(m->holder->name, m->name, m->descriptor);
  throw_new(thread, WellKnown::IllegalAccessError,
            "class " + accessor->external_name() + " tried to access " +
                access_words(m->access_flags) + "method " + text + " (" +
                pair_location(accessor, m->holder) + ")");
}

void throw_illegal_field_access(VMThread* thread, const Class* accessor, const Field* f) {
  throw_new(thread, WellKnown::IllegalAccessError,
            "class " + accessor->external_name() + " tried to access " +
                access_words(f->access_flags & ~access::kAbstract) + "field " + f->holder->external_name() + "." +
                f->name + " (" + pair_location(accessor, f->holder) + ")");
}

}  // namespace

// --- Lookup -----------------------------------------------------------------------------------

Field* lookup_field(Class* klass, std::string_view name, std::string_view descriptor) {
  if (Field* f = klass->find_declared_field(name, descriptor)) return f;
  for (Class* interface : klass->interfaces) {
    if (Field* f = lookup_field(interface, name, descriptor)) return f;
  }
  return klass->super ? lookup_field(klass->super, name, descriptor) : nullptr;
}

Method* lookup_method_in_classes(Class* klass, std::string_view name, std::string_view descriptor) {
  for (Class* c = klass; c != nullptr; c = c->super) {
    if (Method* m = c->find_declared_method(name, descriptor)) return m;
  }
  return nullptr;
}

Method* select_default_method(Class* klass, std::string_view name, std::string_view descriptor,
                              bool* conflict) {
  std::vector<Method*> candidates;
  for (Class* interface : klass->all_interfaces) {
    Method* m = interface->find_declared_method(name, descriptor);
    if (m != nullptr && !m->is_static() && !m->is_private()) candidates.push_back(m);
  }
  // Keep only the maximally specific ones: drop a candidate whose interface is a superinterface
  // of another candidate's interface.
  std::vector<Method*> maximal;
  for (Method* m : candidates) {
    bool shadowed = false;
    for (Method* other : candidates) {
      if (other != m && other->holder->implements(m->holder)) {
        shadowed = true;
        break;
      }
    }
    if (!shadowed) maximal.push_back(m);
  }
  Method* chosen = nullptr;
  int non_abstract = 0;
  for (Method* m : maximal) {
    if (!m->is_abstract()) {
      ++non_abstract;
      chosen = m;
    }
  }
  *conflict = non_abstract > 1;
  if (non_abstract == 1) return chosen;
  if (non_abstract == 0 && !maximal.empty()) return maximal.front();  // abstract
  return nullptr;
}

Method* lookup_method(Class* klass, std::string_view name, std::string_view descriptor) {
  if (Method* m = lookup_method_in_classes(klass, name, descriptor)) return m;
  bool conflict = false;
  return select_default_method(klass, name, descriptor, &conflict);
}

Method* lookup_interface_method(Class* interface, std::string_view name, std::string_view descriptor) {
  if (Method* m = interface->find_declared_method(name, descriptor)) return m;
  if (interface->super) {
    Method* m = interface->super->find_declared_method(name, descriptor);  // java.lang.Object
    if (m != nullptr && m->is_public() && !m->is_static()) return m;
  }
  bool conflict = false;
  return select_default_method(interface, name, descriptor, &conflict);
}

// --- Constant-pool resolution -----------------------------------------------------------------

Class* resolve_class_name(VMThread* thread, Class* accessor, std::string_view name) {
  ClassLoaderData& loader = accessor->loader ? *accessor->loader : thread->isolate()->boot_loader();
  Class* klass = load_class(thread, loader, name);
  if (klass == nullptr) return nullptr;
  if (!is_accessible_class(accessor, klass)) {
    const Class* target = element_class(klass);
    throw_new(thread, WellKnown::IllegalAccessError,
              "failed to access class " + target->external_name() + " from class " +
                  accessor->external_name() + " (" + pair_location(target, accessor) + ")");
    return nullptr;
  }
  return klass;
}

Class* resolve_class(VMThread* thread, Class* accessor, uint16_t cp_index) {
  ConstantPoolCacheEntry& entry = accessor->cp_cache[cp_index];
  if (entry.resolved.load(std::memory_order_acquire)) return entry.klass;
  Class* klass = resolve_class_name(thread, accessor, accessor->class_file().class_name(cp_index));
  if (klass == nullptr) return nullptr;
  // Another thread may have resolved the entry meanwhile and readers may be using it: only the
  // first resolution writes it.
  std::lock_guard<std::mutex> guard(accessor->resolution_mutex);
  if (!entry.resolved.load(std::memory_order_relaxed)) {
    entry.klass = klass;
    entry.resolved.store(true, std::memory_order_release);
  }
  return klass;
}

Field* resolve_field(VMThread* thread, Class* accessor, uint16_t cp_index, bool is_static) {
  ConstantPoolCacheEntry& entry = accessor->cp_cache[cp_index];
  Field* field = nullptr;
  if (entry.resolved.load(std::memory_order_acquire)) {
    field = entry.field;
  } else {
    const classfile::ClassFile& cf = accessor->class_file();
    const classfile::Constant& ref = cf.constants[cp_index];
    Class* holder = resolve_class(thread, accessor, ref.index1);
    if (holder == nullptr) return nullptr;
    const std::string& name = cf.nat_name(ref.index2);
    const std::string& descriptor = cf.nat_descriptor(ref.index2);
    field = lookup_field(holder, name, descriptor);
    if (field == nullptr) {
      throw_new(thread, WellKnown::NoSuchFieldError, name);
      return nullptr;
    }
    if (!is_accessible_member(accessor, holder, field->access_flags, field->holder)) {
      throw_illegal_field_access(thread, accessor, field);
      return nullptr;
    }
    std::lock_guard<std::mutex> guard(accessor->resolution_mutex);
    if (!entry.resolved.load(std::memory_order_relaxed)) {
      entry.field = field;
      entry.resolved.store(true, std::memory_order_release);
    }
  }
  if (field->is_static() != is_static) {
    throw_new(thread, WellKnown::IncompatibleClassChangeError,
              std::string("Expected ") + (is_static ? "static" : "non-static") + " field " +
                  field->holder->external_name() + "." + field->name);
    return nullptr;
  }
  return field;
}

namespace {

bool check_invoke_kind(VMThread* thread, Method* m, InvokeKind kind) {
  bool wants_static = kind == InvokeKind::Static;
  if (m->is_static() != wants_static) {
    throw_new(thread, WellKnown::IncompatibleClassChangeError,
              std::string(wants_static ? "Expected static" : "Expecting non-static") + " method " +
                  classfile::method_signature_for_messages(m->holder->name, m->name, m->descriptor));
    return false;
  }
  return true;
}

// JVMS 2.9.3: MethodHandle.invokeExact/invoke and VarHandle's access methods (get, set,
// compareAndSet, ...) are declared `native` and varargs with one Object[] parameter but accept any
// call-site descriptor. Each such call site gets its own native Method with the site's descriptor,
// bound to the generic declaration's native function (which reads the descriptor from its frame);
// the constant-pool cache keeps it, the isolate owns it. VarHandle declares some of them with a
// void or boolean result, so the declaration is found by name and parameter list.
Method* signature_polymorphic_method(VMThread* thread, Class* holder, const std::string& name,
                                     const std::string& descriptor) {
  constexpr std::string_view kGenericParameters = "([Ljava/lang/Object;)";
  if (holder->name != "java/lang/invoke/MethodHandle" && holder->name != "java/lang/invoke/VarHandle") {
    return nullptr;
  }
  Method* generic = nullptr;
  for (Method& m : holder->methods) {
    if (m.name == name && m.descriptor.starts_with(kGenericParameters)) generic = &m;
  }
  constexpr uint16_t kPolymorphic = access::kNative | access::kVarargs;
  if (generic == nullptr || (generic->access_flags & kPolymorphic) != kPolymorphic) return nullptr;
  auto parsed = classfile::parse_method_descriptor(descriptor);
  if (!parsed) return nullptr;
  auto site = std::make_shared<Method>();
  site->holder = holder;
  site->name = name;
  site->descriptor = descriptor;
  site->access_flags = generic->access_flags;
  site->kind = MethodKind::Native;
  site->return_type = parsed->ret.type;
  site->arg_slots = static_cast<uint16_t>(parsed->arg_slots + 1);
  site->max_locals = site->arg_slots;
  site->native.store(thread->isolate()->natives().find(holder->name, name, generic->descriptor),
                     std::memory_order_release);
  thread->isolate()->keep_alive(site);
  return site.get();
}

Method* resolve_method_uncached(VMThread* thread, Class* accessor, uint16_t cp_index) {
  const classfile::ClassFile& cf = accessor->class_file();
  const classfile::Constant& ref = cf.constants[cp_index];
  Class* holder = resolve_class(thread, accessor, ref.index1);
  if (holder == nullptr) return nullptr;
  const std::string& name = cf.nat_name(ref.index2);
  const std::string& descriptor = cf.nat_descriptor(ref.index2);
  bool interface_ref = ref.tag == ConstantTag::InterfaceMethodref;
  if (interface_ref != holder->is_interface()) {
    throw_new(thread, WellKnown::IncompatibleClassChangeError,
              std::string("Found ") + (holder->is_interface() ? "interface " : "class ") +
                  holder->external_name() + ", but " + (interface_ref ? "interface" : "class") +
                  " was expected");
    return nullptr;
  }
  Method* method = interface_ref ? lookup_interface_method(holder, name, descriptor)
                                 : lookup_method(holder, name, descriptor);
  if (method == nullptr) method = signature_polymorphic_method(thread, holder, name, descriptor);
  if (method == nullptr) {
    throw_new(thread, WellKnown::NoSuchMethodError,
              classfile::method_signature_for_messages(holder->name, name, descriptor));
    return nullptr;
  }
  if (!is_accessible_member(accessor, holder, method->access_flags, method->holder)) {
    throw_illegal_method_access(thread, accessor, method);
    return nullptr;
  }
  return method;
}

}  // namespace

Method* resolve_method(VMThread* thread, Class* accessor, uint16_t cp_index, InvokeKind kind) {
  ConstantPoolCacheEntry& entry = accessor->cp_cache[cp_index];
  Method* method;
  if (entry.resolved.load(std::memory_order_acquire)) {
    method = entry.method;
  } else {
    method = resolve_method_uncached(thread, accessor, cp_index);
    if (method == nullptr) return nullptr;
    std::lock_guard<std::mutex> guard(accessor->resolution_mutex);
    if (!entry.resolved.load(std::memory_order_relaxed)) {
      entry.method = method;
      entry.resolved.store(true, std::memory_order_release);
    }
  }
  if (!check_invoke_kind(thread, method, kind)) return nullptr;
  if (kind == InvokeKind::Special && method->name == "<init>" &&
      method->holder != resolve_class(thread, accessor, accessor->class_file().constants[cp_index].index1)) {
    throw_new(thread, WellKnown::NoSuchMethodError,
              classfile::method_signature_for_messages(method->holder->name, method->name, method->descriptor));
    return nullptr;
  }
  return method;
}

Object* resolve_string(VMThread* thread, Class* accessor, uint16_t cp_index) {
  ConstantPoolCacheEntry& entry = accessor->cp_cache[cp_index];
  if (entry.resolved.load(std::memory_order_acquire)) return entry.object;
  const classfile::ClassFile& cf = accessor->class_file();
  const std::string& utf8 = cf.utf8(cf.constants[cp_index].index1);
  std::u16string chars = classfile::decode_modified_utf8(utf8);
  Object* s = thread->isolate()->strings().intern(thread, chars);
  if (s == nullptr) return nullptr;
  std::lock_guard<std::mutex> guard(accessor->resolution_mutex);
  if (!entry.resolved.load(std::memory_order_relaxed)) {
    entry.object = s;
    entry.resolved.store(true, std::memory_order_release);
  }
  return entry.object;
}

// --- Selection (JVMS 5.4.6) -------------------------------------------------------------------

namespace {

void throw_abstract(VMThread* thread, Class* receiver, Method* resolved) {
  std::string sig = classfile::method_signature_for_messages(resolved->holder->name, resolved->name,
                                                             resolved->descriptor);
  // HotSpot names the method without its holder here: 'abstract void m()'.
  std::string holder_prefix = resolved->holder->external_name() + ".";
  size_t at = sig.find(holder_prefix);
  if (at != std::string::npos) sig.erase(at, holder_prefix.size());
  std::string bare = "'" + std::string(resolved->is_abstract() ? "abstract " : "") +
                     sig.substr(1, sig.size() - 2) + "'";
  throw_new(thread, WellKnown::AbstractMethodError,
            "Receiver class " + receiver->external_name() +
                " does not define or inherit an implementation of the resolved method " + bare +
                " of " + (resolved->holder->is_interface() ? "interface " : "abstract class ") +
                resolved->holder->external_name() + ".");
}

}  // namespace

Method* select_virtual(VMThread* thread, Class* receiver, Method* resolved) {
  if (resolved->holder->is_interface()) return select_interface(thread, receiver, resolved);
  Method* selected = resolved;
  if (resolved->vtable_index >= 0 && !resolved->is_private()) {
    selected = receiver->vtable[static_cast<size_t>(resolved->vtable_index)];
  }
  if (selected->is_abstract()) {
    throw_abstract(thread, receiver, resolved);
    return nullptr;
  }
  return selected;
}

Method* select_interface(VMThread* thread, Class* receiver, Method* resolved) {
  if (resolved->is_private()) return resolved;
  if (!resolved->holder->is_interface()) {
    // An Object method reached through an interface type.
    return select_virtual(thread, receiver, resolved);
  }
  if (!receiver->implements(resolved->holder)) {
    throw_new(thread, WellKnown::IncompatibleClassChangeError,
              "Class " + receiver->external_name() + " does not implement the requested interface " +
                  resolved->holder->external_name());
    return nullptr;
  }
  Method* selected = receiver->itable_lookup(resolved);
  if (selected == nullptr) {
    bool conflict = false;
    Method* candidate = select_default_method(receiver, resolved->name, resolved->descriptor, &conflict);
    if (conflict) {
      throw_new(thread, WellKnown::IncompatibleClassChangeError,
                "Conflicting default methods: " + candidate->holder->external_name() + "." +
                    resolved->name);
      return nullptr;
    }
    throw_abstract(thread, receiver, resolved);
    return nullptr;
  }
  if (!selected->is_public()) {
    throw_new(thread, WellKnown::IllegalAccessError,
              "Receiver class " + receiver->external_name() +
                  " does not define or inherit an implementation of the resolved method '" +
                  method_text(resolved).substr(1));
    return nullptr;
  }
  return selected;
}

}  // namespace islet::runtime
