// Class initialization exactly in the order of JVMS 5.5: one initializing thread, others wait;
// superclass first, then superinterfaces that declare default methods; ConstantValue statics;
// <clinit>; failures become ExceptionInInitializerError once and NoClassDefFoundError after.
#include <string>

#include "classfile/modified_utf8.hpp"
#include "interp/interpreter.hpp"
#include "runtime/allocation.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/resolver.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

namespace {

void finish(Class* klass, InitState state) {
  std::lock_guard<std::mutex> guard(klass->init_mutex);
  klass->init_thread = nullptr;
  klass->init_state.store(state, std::memory_order_release);
  klass->init_done.notify_all();
}

bool declares_default_methods(const Class* interface) {
  for (const Method& m : interface->methods) {
    if (!m.is_static() && !m.is_abstract() && m.name != "<clinit>") return true;
  }
  return false;
}

// Statics with a ConstantValue attribute get their value before <clinit> runs.
bool assign_constant_values(VMThread* thread, Class* klass) {
  const classfile::ClassFile& cf = klass->class_file();
  for (Field& f : klass->fields) {
    if (!f.is_static() || f.constant_value == 0) continue;
    const classfile::Constant& c = cf.constants[f.constant_value];
    Slot& slot = klass->statics[f.offset / sizeof(Slot)];
    switch (c.tag) {
      case classfile::ConstantTag::Integer: case classfile::ConstantTag::Float:
        slot.raw = 0;
        slot.i = c.int_value;
        break;
      case classfile::ConstantTag::Long: case classfile::ConstantTag::Double:
        slot.j = c.long_value;
        break;
      case classfile::ConstantTag::String: {
        Object* s = resolve_string(thread, klass, f.constant_value);
        if (s == nullptr) return false;
        slot.l = s;
        break;
      }
      default:
        break;
    }
  }
  return true;
}

// Wraps a non-Error thrown by <clinit> into ExceptionInInitializerError (JVMS 5.5 step 11).
void wrap_initializer_exception(VMThread* thread) {
  Isolate* isolate = thread->isolate();
  Object* thrown = thread->pending_exception();
  if (thrown->klass->is_subclass_of(isolate->well_known(WellKnown::Error))) return;
  thread->take_pending_exception();
  Class* eiie = isolate->well_known(WellKnown::ExceptionInInitializerError);
  if (eiie == nullptr || !ensure_initialized(thread, eiie)) return;
  Method* ctor = eiie->find_declared_method("<init>", "(Ljava/lang/Throwable;)V");
  Object* error = new_instance(thread, eiie);
  if (error == nullptr) return;
  interp::call_method(thread, ctor, {Slot::of_ref(error), Slot::of_ref(thrown)});
  if (!thread->has_pending_exception()) thread->set_pending_exception(error);
}

Object* call_object_method(VMThread* thread, Object* receiver, const char* name, const char* descriptor) {
  Method* m = lookup_method(receiver->klass, name, descriptor);
  return m ? interp::call_virtual(thread, m, {Slot::of_ref(receiver)}).l : nullptr;
}

// Remembers why initialization failed: ExceptionInInitializerError("Exception <class>: <msg>
// [in thread "<name>"]") carrying the original stack trace. The pending exception is preserved.
void record_initialization_error(VMThread* thread, Class* klass) {
  Isolate* isolate = thread->isolate();
  Object* original = thread->take_pending_exception();
  std::string text = "Exception " + original->klass->external_name();
  Object* message = original->field_at<Object*>(isolate->offsets().throwable_detail_message);
  if (message != nullptr) text += ": " + string_to_utf8(thread, message);
  Object* thread_name = thread->thread_object()
                            ? thread->thread_object()->field_at<Object*>(isolate->offsets().thread_name)
                            : nullptr;
  text += " [in thread \"" + (thread_name ? string_to_utf8(thread, thread_name) : std::string("main")) + "\"]";
  Class* eiie = isolate->well_known(WellKnown::ExceptionInInitializerError);
  Object* error = eiie ? new_throwable(thread, eiie, &text) : nullptr;
  Object* trace = error ? call_object_method(thread, original, "getStackTrace", "()[Ljava/lang/StackTraceElement;") : nullptr;
  if (trace != nullptr) {
    Method* set_trace = lookup_method(error->klass, "setStackTrace", "([Ljava/lang/StackTraceElement;)V");
    if (set_trace) interp::call_method(thread, set_trace, {Slot::of_ref(error), Slot::of_ref(trace)});
  }
  if (!thread->has_pending_exception()) klass->initialization_error = error;
  thread->take_pending_exception();
  thread->set_pending_exception(original);
}

}  // namespace

bool initialize_class(VMThread* thread, Class* klass) {
  {
    std::unique_lock<std::mutex> lock(klass->init_mutex);
    for (;;) {
      InitState state = klass->init_state.load(std::memory_order_acquire);
      if (state == InitState::Initialized) return true;
      if (state == InitState::Erroneous) {
        lock.unlock();
        std::string message = "Could not initialize class " + klass->external_name();
        if (klass->initialization_error != nullptr) {
          throw_new_with_cause(thread, WellKnown::NoClassDefFoundError, message, klass->initialization_error);
        } else {
          throw_new(thread, WellKnown::NoClassDefFoundError, message);
        }
        return false;
      }
      if (state == InitState::BeingInitialized) {
        if (klass->init_thread == thread) return true;  // recursive request
        // The initializing thread may collect while this one waits: wait as a safe thread, and
        // with init_mutex released before the region ends (init_mutex is a leaf lock).
        lock.unlock();
        {
          SafeRegion region(thread);
          std::unique_lock<std::mutex> waiting(klass->init_mutex);
          klass->init_done.wait(waiting, [&] {
            return klass->init_state.load(std::memory_order_acquire) != InitState::BeingInitialized;
          });
        }
        lock.lock();
        continue;
      }
      klass->init_state.store(InitState::BeingInitialized, std::memory_order_release);
      klass->init_thread = thread;
      break;
    }
  }

  if (!klass->is_interface()) {
    if (klass->super != nullptr && !ensure_initialized(thread, klass->super)) {
      record_initialization_error(thread, klass);
      finish(klass, InitState::Erroneous);
      return false;
    }
    for (Class* interface : klass->all_interfaces) {
      if (declares_default_methods(interface) && !ensure_initialized(thread, interface)) {
        record_initialization_error(thread, klass);
        finish(klass, InitState::Erroneous);
        return false;
      }
    }
  }

  if (!assign_constant_values(thread, klass)) {
    finish(klass, InitState::Erroneous);
    return false;
  }
  if (Method* clinit = klass->find_declared_method("<clinit>", "()V")) {
    interp::call_method(thread, clinit, std::span<const Slot>());
    if (thread->has_pending_exception()) {
      record_initialization_error(thread, klass);
      wrap_initializer_exception(thread);
      finish(klass, InitState::Erroneous);
      return false;
    }
  }
  finish(klass, InitState::Initialized);
  return true;
}

}  // namespace islet::runtime
