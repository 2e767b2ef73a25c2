// Natives of java.lang.Throwable (stack traces) and NullPointerException (helpful messages).
// A backtrace is a long[] of (Method*, bci) pairs taken from the interpreter frames when the
// throwable is filled in; StackTraceElements are only built if someone asks for them.
#include <vector>

#include "interp/frame.hpp"
#include "interp/npe_message.hpp"
#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/allocation.hpp"

namespace islet::natives {

namespace {

using interp::Frame;

// Frames to leave out at the top: fillInStackTrace itself and the throwable's constructors.
Frame* first_reported_frame(VMThread* thread, Object* throwable) {
  Class* throwable_class = thread->isolate()->well_known(WellKnown::Throwable);
  Frame* frame = thread->top_frame();
  while (frame != nullptr && frame->method->holder->is_subclass_of(throwable_class) &&
         (frame->method->name == "fillInStackTrace" || frame->method->name == "fillInStackTrace0")) {
    frame = frame->caller;
  }
  while (frame != nullptr && frame->method->name == "<init>" &&
         throwable->klass->is_subclass_of(frame->method->holder) &&
         frame->method->holder->is_subclass_of(throwable_class)) {
    frame = frame->caller;
  }
  return frame;
}

void fill_in_stack_trace(VMThread* thread, Object* self) {
  std::vector<int64_t> entries;
  for (Frame* frame = first_reported_frame(thread, self); frame != nullptr; frame = frame->caller) {
    entries.push_back(reinterpret_cast<int64_t>(frame->method));
    entries.push_back(frame->method->kind == runtime::MethodKind::Bytecode ? frame->bci() : -1);
  }
  ArrayObject* backtrace = runtime::new_primitive_array(thread, runtime::BasicType::Long,
                                                        static_cast<int32_t>(entries.size()));
  if (backtrace == nullptr) return;
  for (size_t i = 0; i < entries.size(); ++i) backtrace->at<int64_t>(static_cast<int32_t>(i)) = entries[i];
  self->field_at<Object*>(thread->isolate()->offsets().throwable_backtrace) = backtrace;
}

Object* make_element(VMThread* thread, Method* method, int32_t bci) {
  Isolate* isolate = thread->isolate();
  const runtime::WellKnownOffsets& o = isolate->offsets();
  Object* element = runtime::new_instance(thread, isolate->well_known(WellKnown::StackTraceElement));
  if (element == nullptr) return nullptr;
  Class* holder = method->holder;
  Object* class_name = java_string(thread, holder->external_name());
  Object* method_name = runtime::new_string_from_modified_utf8(thread, method->name);
  Object* file_name = nullptr;
  if (holder->file != nullptr && !holder->file->source_file.empty()) {
    file_name = runtime::new_string_from_modified_utf8(thread, holder->file->source_file);
  }
  Object* module = nullptr;
  if (holder->loader != nullptr && holder->loader->is_boot()) module = java_string(thread, "java.base");
  // A user-defined loader's name prefixes the frame ("one//Foo.m(Foo.java:3)"), as in HotSpot;
  // the builtin loaders' names are left out of both.
  Object* loader_name = nullptr;
  if (holder->loader != nullptr && holder->loader->is_user()) {
    loader_name = holder->loader->loader_object()->field_at<Object*>(o.loader_name);
  }
  if (class_name == nullptr || method_name == nullptr) return nullptr;
  element->field_at<Object*>(o.ste_declaring_class) = class_name;
  element->field_at<Object*>(o.ste_method_name) = method_name;
  element->field_at<Object*>(o.ste_file_name) = file_name;
  element->field_at<Object*>(o.ste_module_name) = module;
  element->field_at<Object*>(o.ste_class_loader_name) = loader_name;
  element->field_at<int32_t>(o.ste_line_number) =
      method->is_native() ? -2 : (bci < 0 ? -1 : method->line_number_at(static_cast<uint32_t>(bci)));
  return element;
}

Object* decode_backtrace(VMThread* thread, Object* backtrace) {
  Class* element_class = thread->isolate()->well_known(WellKnown::StackTraceElement);
  auto* entries = runtime::as_array(backtrace);
  int32_t count = entries == nullptr ? 0 : entries->length / 2;
  ArrayObject* result = runtime::new_object_array(thread, element_class, count);
  if (result == nullptr) return nullptr;
  for (int32_t i = 0; i < count; ++i) {
    auto* method = reinterpret_cast<Method*>(entries->at<int64_t>(2 * i));
    auto bci = static_cast<int32_t>(entries->at<int64_t>(2 * i + 1));
    Object* element = make_element(thread, method, bci);
    if (element == nullptr) return nullptr;
    result->at<Object*>(i) = element;
  }
  return result;
}

Object* extended_npe_message(VMThread* thread, Object* self) {
  auto* backtrace = runtime::as_array(self->field_at<Object*>(thread->isolate()->offsets().throwable_backtrace));
  if (backtrace == nullptr || backtrace->length < 2) return nullptr;
  auto* method = reinterpret_cast<Method*>(backtrace->at<int64_t>(0));
  int64_t bci = backtrace->at<int64_t>(1);
  if (bci < 0 || method->kind != runtime::MethodKind::Bytecode || method->info == nullptr) return nullptr;
  std::vector<interp::LocalVariableName> names;
  for (const classfile::LocalVariable& local : method->info->code->local_variables) {
    names.push_back({local.start_pc, local.length, local.index, local.name});
  }
  auto message = interp::helpful_npe_message(method->holder->class_file(), *method->info,
                                             static_cast<uint32_t>(bci), names);
  return message ? java_string(thread, *message) : nullptr;
}

constexpr NativeEntry kEntries[] = {
    {"java/lang/Throwable", "fillInStackTrace0", "()V", adapt<&fill_in_stack_trace>()},
    {"java/lang/Throwable", "decodeBacktrace", "(Ljava/lang/Object;)[Ljava/lang/StackTraceElement;", adapt<&decode_backtrace>()},
    {"java/lang/NullPointerException", "getExtendedNPEMessage", "()Ljava/lang/String;", adapt<&extended_npe_message>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> throwable_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
