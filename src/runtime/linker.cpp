// Linking: Field/Method metadata from the class file, instance and static layout, the vtable
// (with default-method slots) and itables. Runs once per class, right after its supertypes.
#include "runtime/linker.hpp"

#include <algorithm>
#include <cstring>

#include "runtime/allocation.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/resolver.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

namespace {

void add_interface_once(std::vector<Class*>& list, Class* interface) {
  if (std::find(list.begin(), list.end(), interface) == list.end()) list.push_back(interface);
}

void compute_supertypes(Class* klass) {
  if (klass->super != nullptr) {
    klass->primary_supers = klass->super->primary_supers;
    klass->all_interfaces = klass->super->all_interfaces;
  }
  klass->primary_supers.push_back(klass);
  for (Class* direct : klass->interfaces) {
    add_interface_once(klass->all_interfaces, direct);
    for (Class* inherited : direct->all_interfaces) add_interface_once(klass->all_interfaces, inherited);
  }
}

uint32_t align_to(uint32_t value, uint32_t alignment) {
  return (value + alignment - 1) & ~(alignment - 1);
}

uint32_t field_size(BasicType type) {
  switch (type) {
    case BasicType::Long: case BasicType::Double: case BasicType::Object: case BasicType::Array:
      return 8;
    case BasicType::Int: case BasicType::Float:
      return 4;
    case BasicType::Short: case BasicType::Char:
      return 2;
    default:
      return 1;
  }
}

void create_fields(Class* klass) {
  const classfile::ClassFile& cf = klass->class_file();
  klass->fields = std::vector<Field>(cf.fields.size());
  for (size_t i = 0; i < cf.fields.size(); ++i) {
    const classfile::FieldInfo& info = cf.fields[i];
    Field& f = klass->fields[i];
    f.holder = klass;
    f.name = info.name;
    f.descriptor = info.descriptor;
    f.access_flags = info.access_flags;
    f.type = static_cast<BasicType>(info.descriptor[0]);
    f.constant_value = info.constant_value;
    f.info = &info;
  }
}

// Instance fields are grouped by size (8, 4, 2, 1 bytes) so that no padding is needed inside a
// class's own fields; field order is not observable from Java.
void layout_fields(Class* klass, uint32_t injected_bytes) {
  uint32_t offset = klass->super ? klass->super->instance_size : kObjectHeaderSize;
  if (klass->super) klass->reference_offsets = klass->super->reference_offsets;
  offset = align_to(offset, 8);
  for (uint32_t size : {8u, 4u, 2u, 1u}) {
    for (Field& f : klass->fields) {
      if (f.is_static() || field_size(f.type) != size) continue;
      f.offset = offset;
      offset += size;
      if (f.is_reference()) klass->reference_offsets.push_back(f.offset);
    }
  }
  offset = align_to(offset, 8) + injected_bytes;
  klass->instance_size = align_to(offset, 8);

  uint32_t static_index = 0;
  for (Field& f : klass->fields) {
    if (!f.is_static()) continue;
    f.offset = static_index * sizeof(Slot);
    if (f.is_reference()) klass->static_reference_offsets.push_back(f.offset);
    ++static_index;
  }
  klass->static_count = static_index;
  klass->statics = std::make_unique<Slot[]>(std::max<uint32_t>(static_index, 1));
}

// Reference and its subclasses: the referent is left out of the traced fields (the collector
// handles it) and each class records how strongly it holds its referent.
void classify_reference(Class* klass) {
  if (klass->super != nullptr) klass->reference_kind = klass->super->reference_kind;
  if (klass->loader == nullptr || !klass->loader->is_boot()) return;
  if (klass->name == "java/lang/ref/Reference") {
    Field* referent = klass->find_declared_field("referent", "Ljava/lang/Object;");
    if (referent != nullptr) std::erase(klass->reference_offsets, referent->offset);
    klass->reference_kind = ReferenceKind::Weak;
  } else if (klass->name == "java/lang/ref/SoftReference") {
    klass->reference_kind = ReferenceKind::Soft;
  } else if (klass->name == "java/lang/ref/PhantomReference") {
    klass->reference_kind = ReferenceKind::Phantom;
  }
}

void create_methods(Class* klass) {
  const classfile::ClassFile& cf = klass->class_file();
  klass->methods = std::vector<Method>(cf.methods.size());
  for (size_t i = 0; i < cf.methods.size(); ++i) {
    const classfile::MethodInfo& info = cf.methods[i];
    Method& m = klass->methods[i];
    m.holder = klass;
    m.name = info.name;
    m.descriptor = info.descriptor;
    m.access_flags = info.access_flags;
    m.info = &info;
    auto descriptor = classfile::parse_method_descriptor(info.descriptor);
    m.return_type = descriptor->ret.type;
    m.arg_slots = static_cast<uint16_t>(descriptor->arg_slots + (m.is_static() ? 0 : 1));
    if (m.is_native()) {
      m.kind = MethodKind::Native;
      m.max_locals = m.arg_slots;
    } else if (!info.code) {
      m.kind = MethodKind::Abstract;
      m.max_locals = m.arg_slots;
    } else {
      m.kind = MethodKind::Bytecode;
      m.max_stack = info.code->max_stack;
      m.max_locals = std::max(info.code->max_locals, m.arg_slots);
      m.code_length = static_cast<uint32_t>(info.code->bytecode.size());
      m.code = std::make_unique<uint8_t[]>(m.code_length);
      std::memcpy(m.code.get(), info.code->bytecode.data(), m.code_length);
    }
    if (m.name == "finalize" && m.descriptor == "()V" && !m.is_static()) klass->finalizer = &m;
  }
}

bool is_virtual_candidate(const Method& m) {
  return !m.is_static() && !m.is_private() && m.name != "<init>" && m.name != "<clinit>";
}

// JVMS 5.4.5: does `klass`'s method override the inherited `inherited`?
bool overrides(const Class* klass, const Method* inherited) {
  if (inherited->is_public() || inherited->is_protected()) return true;
  return same_package(klass, inherited->holder);
}

void build_vtable(Class* klass) {
  if (klass->super) klass->vtable = klass->super->vtable;
  for (Method& m : klass->methods) {
    if (!is_virtual_candidate(m)) continue;
    bool placed = false;
    for (size_t i = 0; i < klass->vtable.size(); ++i) {
      Method* inherited = klass->vtable[i];
      if (inherited->name == m.name && inherited->descriptor == m.descriptor &&
          overrides(klass, inherited)) {
        // A package-private method in another package keeps its slot; ours may share the name.
        if (m.vtable_index < 0) m.vtable_index = static_cast<int32_t>(i);
        klass->vtable[i] = &m;
        placed = true;
      }
    }
    if (!placed) {
      m.vtable_index = static_cast<int32_t>(klass->vtable.size());
      klass->vtable.push_back(&m);
    }
  }
  // Slots inherited from interfaces (default or still abstract): re-select for this class,
  // since a new superinterface may supply a more specific default.
  for (size_t i = 0; i < klass->vtable.size(); ++i) {
    Method* current = klass->vtable[i];
    if (!current->holder->is_interface()) continue;
    bool conflict = false;
    if (Method* selected = select_default_method(klass, current->name, current->descriptor, &conflict)) {
      klass->vtable[i] = selected;
    }
  }
  // Interface methods with no slot yet get one ("miranda" slots), so invokevirtual through the
  // class type reaches defaults too.
  for (Class* interface : klass->all_interfaces) {
    for (Method& im : interface->methods) {
      if (!is_virtual_candidate(im)) continue;
      bool present = false;
      for (Method* v : klass->vtable) {
        if (v->name == im.name && v->descriptor == im.descriptor) {
          present = true;
          break;
        }
      }
      if (present) continue;
      bool conflict = false;
      Method* selected = select_default_method(klass, im.name, im.descriptor, &conflict);
      klass->vtable.push_back(selected && !conflict ? selected : &im);
    }
  }
}

void number_interface_methods(Class* interface) {
  int32_t index = 0;
  for (Method& m : interface->methods) {
    if (is_virtual_candidate(m)) m.itable_index = index++;
  }
}

// The implementation selected for interface method `im` in `klass` (JVMS 5.4.6), or null.
Method* select_for_itable(Class* klass, const Method& im) {
  for (Class* c = klass; c != nullptr; c = c->super) {
    for (Method& m : c->methods) {
      if (m.name == im.name && m.descriptor == im.descriptor && !m.is_static() && !m.is_private()) {
        return &m;
      }
    }
  }
  bool conflict = false;
  Method* selected = select_default_method(klass, im.name, im.descriptor, &conflict);
  return conflict ? nullptr : selected;
}

void build_itables(Class* klass) {
  for (Class* interface : klass->all_interfaces) {
    ItableBlock block{interface, {}};
    for (Method& im : interface->methods) {
      if (im.itable_index < 0) continue;
      Method* selected = select_for_itable(klass, im);
      block.methods.push_back(selected && !selected->is_abstract() ? selected : nullptr);
    }
    klass->itables.push_back(std::move(block));
  }
}

}  // namespace

bool link_class(VMThread* thread, Class* klass) {
  compute_supertypes(klass);
  create_fields(klass);
  uint32_t injected = klass->name == "java/lang/Class" ? sizeof(Class*) : 0;
  layout_fields(klass, injected);
  classify_reference(klass);
  create_methods(klass);
  klass->cp_cache =
      std::make_unique<ConstantPoolCacheEntry[]>(klass->class_file().constants.size());
  if (klass->is_interface()) {
    number_interface_methods(klass);
    // Interfaces dispatch Object's public methods through Object's vtable.
    if (klass->super) klass->vtable = klass->super->vtable;
  } else {
    build_vtable(klass);
    build_itables(klass);
  }
  return true;
}

void link_synthetic_class(VMThread* thread, Class* klass) {
  compute_supertypes(klass);
  build_vtable(klass);
  build_itables(klass);
}

bool create_mirror(VMThread* thread, Class* klass) {
  Isolate* isolate = thread->isolate();
  Class* class_class = isolate->well_known_if_loaded(WellKnown::Class);
  if (class_class == nullptr) return true;  // bootstrapping: the isolate creates it later
  Object* mirror = new_instance(thread, class_class);
  if (mirror == nullptr) return false;
  mirror->field_at<Class*>(isolate->offsets().class_vm_class) = klass;
  klass->mirror = mirror;
  return true;
}

}  // namespace islet::runtime
