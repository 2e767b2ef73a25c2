/* basic.c: the invocation API's main path. Default init args per version, JNI_CreateJavaVM with
 * version checks and standard options, JNI_GetCreatedJavaVMs, FindClass + CallStaticVoidMethod on
 * the class path given by -Djava.class.path, exceptions, GetEnv, DestroyJavaVM, and creating a VM
 * again afterwards (HotSpot refuses; islet allows it). */
#include "host_support.h"

static jint JNICALL hook_vfprintf(FILE* stream, const char* format, va_list arguments) {
  printf("[vfprintf hook, %s] ", stream == stderr ? "stderr" : stream == stdout ? "stdout" : "other");
  return vprintf(format, arguments);
}

static void print_defaults(struct VMLibrary* library) {
  static const jint versions[] = {JNI_VERSION_1_1, JNI_VERSION_1_2, JNI_VERSION_1_4, JNI_VERSION_1_6,
                                  JNI_VERSION_1_8, JNI_VERSION_9,   JNI_VERSION_10,  0x00010003,
                                  0x7fff0000,      0};
  for (size_t i = 0; i < sizeof versions / sizeof versions[0]; ++i) {
    JavaVMInitArgs args;
    memset(&args, 0, sizeof args);
    args.version = versions[i];
    jint result = library->defaults(&args);
    printf("JNI_GetDefaultJavaVMInitArgs(0x%x) = %s, version now 0x%x, nOptions %d\n", (unsigned)versions[i],
           jni_code(result), (unsigned)args.version, (int)args.nOptions);
  }
}

static void print_created(struct VMLibrary* library, JavaVM* expected) {
  JavaVM* vms[4] = {NULL, NULL, NULL, NULL};
  jsize count = -1;
  jint result = library->created(vms, 4, &count);
  printf("JNI_GetCreatedJavaVMs = %s, %d VM(s)%s\n", jni_code(result), (int)count,
         count == 1 ? (vms[0] == expected ? ", the one created" : ", another one") : "");
}

static void try_version(struct VMLibrary* library, jint version) {
  JavaVMInitArgs args;
  memset(&args, 0, sizeof args);
  args.version = version;
  JavaVM* vm = (JavaVM*)1;
  JNIEnv* env = (JNIEnv*)1;
  jint result = library->create(&vm, (void**)&env, &args);
  printf("JNI_CreateJavaVM(version 0x%x) = %s\n", (unsigned)version, jni_code(result));
  require(result != JNI_OK, "a VM was created with an unsupported version");
}

static void call_test(JNIEnv* env, int value) {
  jclass cls = (*env)->FindClass(env, "Embedded");
  require(cls != NULL, "FindClass(Embedded)");
  jmethodID test = (*env)->GetStaticMethodID(env, cls, "test", "(I)V");
  require(test != NULL, "GetStaticMethodID(test)");
  (*env)->CallStaticVoidMethod(env, cls, test, value);
  report_exception(env, "Embedded.test");
  (*env)->DeleteLocalRef(env, cls);
}

int main(int argc, char** argv) {
  struct VMLibrary library = open_vm_library(argc, argv);
  char class_path[4096];
  snprintf(class_path, sizeof class_path, "-Djava.class.path=%s", argv[2]);

  print_defaults(&library);
  try_version(&library, JNI_VERSION_1_1);
  try_version(&library, 0x7fff0000);
  print_created(&library, NULL);

  JavaVMOption options[] = {
      {"vfprintf", (void*)hook_vfprintf},
      {class_path, NULL},
      {"-Dtest.key=some value", NULL},
      {"-Dtest.empty", NULL},
      {"-Djava.library.path=/nonexistent/islet-test-libs", NULL},
      {"-Xmx128m", NULL},
      {"-Xms16m", NULL},
      {"-Xss2m", NULL},
      {"-Xcheck:jni", NULL},
      {"--add-modules=ALL-DEFAULT", NULL},
  };
  JavaVMInitArgs args;
  args.version = JNI_VERSION_1_8;
  args.nOptions = sizeof options / sizeof options[0];
  args.options = options;
  args.ignoreUnrecognized = JNI_FALSE;
  JavaVM* vm = NULL;
  JNIEnv* env = NULL;
  jint result = library.create(&vm, (void**)&env, &args);
  printf("JNI_CreateJavaVM = %s, vm %s, env %s\n", jni_code(result), vm ? "set" : "NULL", env ? "set" : "NULL");
  require(result == JNI_OK, "JNI_CreateJavaVM");
  print_created(&library, vm);

  call_test(env, 100);
  char text[1024];
  call_string_method(env, "Embedded", "describeThread", text, sizeof text);
  printf("creating thread: %s\n", text);
  call_string_method(env, "Embedded", "properties", text, sizeof text);
  printf("properties: %s\n", text);

  jclass missing = (*env)->FindClass(env, "NoSuchClassAnywhere");
  printf("FindClass(NoSuchClassAnywhere) = %s\n", missing ? "a class" : "NULL");
  report_exception(env, "FindClass");
  jclass cls = (*env)->FindClass(env, "Embedded");
  jmethodID throwing = (*env)->GetStaticMethodID(env, cls, "throwing", "()V");
  (*env)->CallStaticVoidMethod(env, cls, throwing);
  report_exception(env, "Embedded.throwing");

  JNIEnv* from_get_env = NULL;
  result = (*vm)->GetEnv(vm, (void**)&from_get_env, JNI_VERSION_1_6);
  printf("GetEnv(1.6) = %s, %s\n", jni_code(result), from_get_env == env ? "the creating thread's env" : "another env");
  result = (*vm)->GetEnv(vm, (void**)&from_get_env, 0x7fff0000);
  printf("GetEnv(0x7fff0000) = %s, env %s\n", jni_code(result), from_get_env ? "set" : "NULL");
  JNIEnv* attached = NULL;
  result = (*vm)->AttachCurrentThread(vm, (void**)&attached, NULL);
  printf("AttachCurrentThread on the creating thread = %s, %s\n", jni_code(result),
         attached == env ? "its env" : "another env");

  result = (*vm)->DestroyJavaVM(vm);
  printf("DestroyJavaVM = %s\n", jni_code(result));
  print_created(&library, NULL);

  /* HotSpot cannot create a second VM in a process; islet can. */
  JavaVM* second_vm = NULL;
  JNIEnv* second_env = NULL;
  result = create_vm_with(&library, argv[2], NULL, &second_vm, &second_env);
  printf("JNI_CreateJavaVM again = %s\n", jni_code(result));
  if (result == JNI_OK) {
    call_test(second_env, 200);
    printf("DestroyJavaVM again = %s\n", jni_code((*second_vm)->DestroyJavaVM(second_vm)));
  }
  return 0;
}
