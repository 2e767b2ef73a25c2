/* options.c: JavaVMInitArgs option handling. Rejected options (unknown ones, malformed sizes,
 * HotSpot -XX flags) with their return codes and messages, which go through the vfprintf hook;
 * ignoreUnrecognized letting "-X" and "_" options through; the exit hook (System.exit) and the
 * abort hook (FatalError). Scenario names: errors, ignore, exit-hook, abort-hook. */
#include <unistd.h>

#include "host_support.h"

static jint JNICALL hook_vfprintf(FILE* stream, const char* format, va_list arguments) {
  printf("[vfprintf hook, %s] ", stream == stderr ? "stderr" : stream == stdout ? "stdout" : "other");
  return vprintf(format, arguments);
}

static void JNICALL hook_exit(jint status) {
  printf("exit hook: status %d\n", (int)status);
  _exit(40 + (int)status);
}

static void JNICALL hook_abort(void) {
  printf("abort hook\n");
  _exit(50);
}

static struct VMLibrary library;
static const char* classes;

/* JNI_CreateJavaVM with the hook, the class path and `extra`; prints the result. */
static jint create(const char** extra, int count, jboolean ignore, JavaVM** vm, JNIEnv** env) {
  JavaVMOption options[16];
  char class_path[4096];
  snprintf(class_path, sizeof class_path, "-Djava.class.path=%s", classes);
  int n = 0;
  options[n].optionString = "vfprintf";
  options[n++].extraInfo = (void*)hook_vfprintf;
  options[n].optionString = "exit";
  options[n++].extraInfo = (void*)hook_exit;
  options[n].optionString = "abort";
  options[n++].extraInfo = (void*)hook_abort;
  options[n].optionString = class_path;
  options[n++].extraInfo = NULL;
  printf("options:");
  for (int i = 0; i < count; ++i) {
    options[n].optionString = (char*)extra[i];
    options[n++].extraInfo = NULL;
    printf(" [%s]", extra[i]);
  }
  printf(" ignoreUnrecognized=%d\n", ignore);
  JavaVMInitArgs args;
  args.version = JNI_VERSION_1_8;
  args.nOptions = n;
  args.options = options;
  args.ignoreUnrecognized = ignore;
  *vm = NULL;
  *env = NULL;
  jint result = library.create(vm, (void**)env, &args);
  printf("  -> %s%s\n", jni_code(result), result == JNI_OK ? "" : (*vm == NULL && *env == NULL ? ", vm and env NULL" : ", vm or env set"));
  return result;
}

static void expect_failure(const char* option, jboolean ignore) {
  JavaVM* vm;
  JNIEnv* env;
  require(create(&option, 1, ignore, &vm, &env) != JNI_OK, "a bad option was accepted");
}

static void scenario_errors(void) {
  expect_failure("-foo", JNI_FALSE);
  expect_failure("-Xfoo", JNI_FALSE);
  expect_failure("_foo", JNI_FALSE);
  expect_failure("", JNI_FALSE);
  expect_failure("-Xmxfoo", JNI_FALSE);
  expect_failure("-Xms12q", JNI_FALSE);
  expect_failure("-Xss", JNI_FALSE);
  expect_failure("-XX:+UseBogusCollector", JNI_FALSE);
  expect_failure("-XX:BogusSize=10", JNI_FALSE);
  expect_failure("--add-modules", JNI_FALSE);
  expect_failure("-Xmxfoo", JNI_TRUE);  /* malformed, not unrecognized: ignoreUnrecognized does not help */
}

/* In a fresh process: HotSpot keeps state from failed attempts (a VM it creates after them
 * lacks the class path), and it cannot create a second VM. */
static void scenario_ignore(void) {
  const char* ignorable[] = {"-Xfoo", "_foo", "-XX:+UseBogusCollector", "-verbose:bogus", "-Dtest.key=ok",
                             "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"};
  JavaVM* vm;
  JNIEnv* env;
  require(create(ignorable, 6, JNI_TRUE, &vm, &env) == JNI_OK, "ignoreUnrecognized");
  char text[1024];
  call_string_method(env, "Embedded", "properties", text, sizeof text);
  printf("  properties: %s\n", text);
  printf("  DestroyJavaVM = %s\n", jni_code((*vm)->DestroyJavaVM(vm)));

  /* Not "-X" or "_": the JNI specification has no exemption for it. HotSpot ignores it anyway,
   * but has no VM to offer any more at this point; islet rejects it. */
  expect_failure("-foo", JNI_TRUE);
}

static void call_static(JNIEnv* env, const char* name, const char* signature, jint argument) {
  jclass cls = (*env)->FindClass(env, "Embedded");
  require(cls != NULL, "FindClass(Embedded)");
  jmethodID method = (*env)->GetStaticMethodID(env, cls, name, signature);
  require(method != NULL, name);
  (*env)->CallStaticVoidMethod(env, cls, method, argument);
  report_exception(env, name);
}

int main(int argc, char** argv) {
  library = open_vm_library(argc, argv);
  classes = argv[2];
  const char* scenario = argc > 3 ? argv[3] : "errors";
  JavaVM* vm;
  JNIEnv* env;
  if (strcmp(scenario, "errors") == 0) {
    scenario_errors();
  } else if (strcmp(scenario, "ignore") == 0) {
    scenario_ignore();
  } else if (strcmp(scenario, "exit-hook") == 0) {
    require(create(NULL, 0, JNI_FALSE, &vm, &env) == JNI_OK, "JNI_CreateJavaVM");
    call_static(env, "exit", "(I)V", 3);
    printf("System.exit returned\n");
  } else if (strcmp(scenario, "abort-hook") == 0) {
    require(create(NULL, 0, JNI_FALSE, &vm, &env) == JNI_OK, "JNI_CreateJavaVM");
    (*env)->FatalError(env, "the host gives up");
    printf("FatalError returned\n");
  }
  return 0;
}
