// Generating the header and the stub source of a library built by `islet --shared`.
#include "shared_library/library_sources.hpp"

#include <cctype>

namespace islet::shared_library {

namespace {

// A C string literal for `text` (class names, descriptors and paths may hold '"' or '\').
std::string c_literal(std::string_view text) {
  std::string literal = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') literal += '\\';
    literal += c;
  }
  return literal + "\"";
}

std::string prototype(const EntryPoint& entry, bool with_names) {
  std::string text = std::string(entry.result->c_type) + " " + entry.c_name + "(";
  for (size_t i = 0; i < entry.parameters.size(); ++i) {
    if (i > 0) text += ", ";
    text += entry.parameters[i]->c_type;
    if (with_names) text += " p" + std::to_string(i);
  }
  if (entry.parameters.empty()) text += "void";  // (), in C, would leave the parameters unspecified
  return text + ")";
}

// The jvalue member of each JNI type (JNI's jvalue union: z b c s i j f d l).
char jvalue_member(const CrossingType& type) {
  if (type.is_word) return 'l';
  static constexpr std::string_view kDescriptors = "ZBCSIJFD", kMembers = "zbcsijfd";
  return kMembers[kDescriptors.find(type.descriptor[0])];
}

// A builtin's stub computes its result in C (entry_points.cpp's table) and calls no Java.
std::string builtin_stub(const EntryPoint& entry) {
  const Builtin& builtin = *entry.builtin;
  std::string text = "ISLET_EXPORT " + prototype(entry, true) + " {\n";
  if (!builtin.c_prelude.empty()) text += "  " + std::string(builtin.c_prelude) + "\n";
  bool returns = entry.result->descriptor != "V";
  text += std::string(returns ? "  return " : "  (void)(") + std::string(builtin.c_result) + (returns ? ";\n" : ");\n");
  return text + "}\n\n";
}

// One stub: enter (check the thread, resolve, open a local frame), call, leave (fatal on an
// exception, close the frame), return the result converted to its C type.
std::string stub(const EntryPoint& entry, size_t index) {
  if (entry.builtin != nullptr) return builtin_stub(entry);
  std::string text = "ISLET_EXPORT " + prototype(entry, true) + " {\n";
  text += "  jclass klass;\n  jmethodID method;\n";
  text += "  JNIEnv* env = islet_image_enter(p0, &image, " + std::to_string(index) + ", &klass, &method);\n";
  text += "  jvalue args[" + std::to_string(entry.parameters.size()) + "];\n";
  for (size_t i = 0; i < entry.parameters.size(); ++i) {
    const CrossingType& type = *entry.parameters[i];
    std::string p = "p" + std::to_string(i);
    std::string value = type.is_word ? "islet_word_new(env, (jlong)(intptr_t)" + p + ")"
                                     : "(" + std::string(type.jni_type) + ")" + p;
    text += "  args[" + std::to_string(i) + "]." + jvalue_member(type) + " = " + value + ";\n";
  }
  std::string call = "(*env)->CallStatic" + std::string(entry.result->call_suffix) + "MethodA(env, klass, method, args)";
  const CrossingType& result = *entry.result;
  if (result.descriptor == "V") {
    text += "  " + call + ";\n";
  } else if (result.is_word) {
    text += "  jlong result = islet_word_raw(env, " + call + ");\n";
  } else {
    text += "  " + std::string(result.jni_type) + " result = " + call + ";\n";
  }
  text += "  islet_image_leave(env, &image, " + std::to_string(index) + ");\n";
  if (result.descriptor != "V") {
    std::string cast = result.is_word ? "(intptr_t)" : "";
    text += "  return (" + std::string(result.c_type) + ")" + cast + "result;\n";
  }
  return text + "}\n\n";
}

// A library defines every graal_isolate.h function, like a native-image library, so that a
// program links with -lapp alone; its isolates carry the library's classes.
constexpr std::string_view kIsolateFunctions = R"(ISLET_EXPORT int graal_create_isolate(graal_create_isolate_params_t* params, graal_isolate_t** isolate,
                                      graal_isolatethread_t** thread) {
  return islet_image_create_isolate(&image, params, isolate, thread);
}

ISLET_EXPORT int graal_attach_thread(graal_isolate_t* isolate, graal_isolatethread_t** thread) {
  return islet_isolate_functions()->attach_thread(isolate, thread);
}

ISLET_EXPORT graal_isolatethread_t* graal_get_current_thread(graal_isolate_t* isolate) {
  return islet_isolate_functions()->get_current_thread(isolate);
}

ISLET_EXPORT graal_isolate_t* graal_get_isolate(graal_isolatethread_t* thread) {
  return islet_isolate_functions()->get_isolate(thread);
}

ISLET_EXPORT int graal_detach_thread(graal_isolatethread_t* thread) {
  return islet_isolate_functions()->detach_thread(thread);
}

ISLET_EXPORT int graal_tear_down_isolate(graal_isolatethread_t* thread) {
  return islet_isolate_functions()->tear_down_isolate(thread);
}

ISLET_EXPORT int islet_tear_down_isolate_timed(graal_isolatethread_t* thread, long timeout_millis, char* report,
                                               size_t report_size) {
  return islet_isolate_functions()->tear_down_isolate_timed(thread, timeout_millis, report, report_size);
}
)";

}  // namespace

std::string library_header(std::string_view library_name, const std::vector<EntryPoint>& entry_points) {
  std::string guard = "__";
  for (char c : library_name) guard += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::toupper(c)) : '_';
  guard += "_H";
  std::string text = "#ifndef " + guard + "\n#define " + guard + "\n\n#include <graal_isolate.h>\n\n\n";
  text += "#if defined(__cplusplus)\nextern \"C\" {\n#endif\n\n";
  for (const EntryPoint& entry : entry_points) {
    if (!entry.documentation.empty()) {
      text += "/*\n";
      for (const std::string& line : entry.documentation) text += " * " + line + "\n";
      text += " */\n";
    }
    text += prototype(entry, false) + ";\n\n";
  }
  text += "#if defined(__cplusplus)\n}\n#endif\n#endif\n";
  return text;
}

std::string library_source(std::string_view library_name, const std::vector<EntryPoint>& entry_points,
                           std::string_view classes_jar, size_t classes_size) {
  std::string text = "/* " + std::string(library_name) +
                     ": generated by islet --shared. One C function per @CEntryPoint method, calling\n"
                     " * Java through JNI and include/islet/entry_points.h; the graal_isolate.h functions; the\n"
                     " * application's classes as read-only data. */\n"
                     "#include <stdint.h>\n\n#include \"islet/entry_points.h\"\n\n"
                     "#define ISLET_EXPORT __attribute__((visibility(\"default\")))\n\n";
  // The assembler reads the jar from the directory the compiler runs in.
  text += "__asm__(\".section .rodata.islet_image_classes,\\\"a\\\",@progbits\\n\"\n"
          "        \".balign 16\\n\"\n"
          "        \".globl islet_image_classes\\n\"\n"
          "        \".hidden islet_image_classes\\n\"\n"
          "        \"islet_image_classes:\\n\"\n"
          "        \".incbin \\\"" + std::string(classes_jar) + "\\\"\\n\"\n"
          "        \".previous\\n\");\n";
  text += "extern const unsigned char islet_image_classes[] __attribute__((visibility(\"hidden\")));\n\n";
  text += "static const islet_entry_point_t entry_points[] = {\n";
  for (const EntryPoint& entry : entry_points) {
    text += "    {" + c_literal(entry.c_name) + ", " + c_literal(entry.class_name) + ", " + c_literal(entry.method_name) +
            ", " + c_literal(entry.descriptor) + "},\n";
  }
  if (entry_points.empty()) text += "    {0, 0, 0, 0},\n";
  text += "};\n\n";
  text += "static const islet_image_t image = {ISLET_IMAGE_VERSION, " + c_literal(library_name) +
          ", islet_image_classes, " + std::to_string(classes_size) + ", entry_points, " +
          std::to_string(entry_points.size()) + "};\n\n";
  for (size_t i = 0; i < entry_points.size(); ++i) text += stub(entry_points[i], i);
  return text + std::string(kIsolateFunctions);
}

}  // namespace islet::shared_library

