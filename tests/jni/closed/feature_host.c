/* feature_host: --features= given to JNI_CreateJavaVM. A feature class that cannot be found stops
   the VM's creation (JNI_ERR, Native Image's message through the vfprintf hook); JniClosedFeature
   then fills the closed world of the next VM, in which JniClosed.main must find exactly what the
   feature registered (expected/feature-invocation.txt).
   Usage: feature_host <classes> <library path> */
#include <jni.h>
#include <stdarg.h>
#include <stdio.h>

static jint JNICALL print_through_hook(FILE *stream, const char *format, va_list arguments) {
  printf("[vfprintf hook] ");
  return vprintf(format, arguments);
}

static jint create(const char *classes, const char *libs, const char *features, JavaVM **vm, JNIEnv **env) {
  char class_path[4096], library_path[4096];
  snprintf(class_path, sizeof class_path, "-Djava.class.path=%s", classes);
  snprintf(library_path, sizeof library_path, "-Djava.library.path=%s", libs);
  JavaVMOption options[] = {{"vfprintf", (void *)print_through_hook}, {class_path, NULL}, {library_path, NULL},
                            {(char *)features, NULL}, {"-Xjni:closed", NULL}};
  JavaVMInitArgs args = {JNI_VERSION_1_8, 5, options, JNI_FALSE};
  jint result = JNI_CreateJavaVM(vm, (void **)env, &args);
  printf("JNI_CreateJavaVM with %s: %s\n", features, result == JNI_OK ? "JNI_OK" : result == JNI_ERR ? "JNI_ERR" : "?");
  fflush(stdout);
  return result;
}

int main(int argc, char **argv) {
  if (argc != 3) return 2;
  JavaVM *vm;
  JNIEnv *env;
  if (create(argv[1], argv[2], "--features=NoSuchFeature", &vm, &env) == JNI_OK) return 1;
  if (create(argv[1], argv[2], "--features=JniClosedFeature", &vm, &env) != JNI_OK) return 1;
  jclass program = (*env)->FindClass(env, "JniClosed");
  jmethodID main_method = program ? (*env)->GetStaticMethodID(env, program, "main", "([Ljava/lang/String;)V") : NULL;
  jobjectArray no_arguments = main_method ? (*env)->NewObjectArray(env, 0, (*env)->FindClass(env, "java/lang/String"), NULL) : NULL;
  if (no_arguments != NULL) (*env)->CallStaticVoidMethod(env, program, main_method, no_arguments);
  if ((*env)->ExceptionCheck(env)) {
    (*env)->ExceptionDescribe(env);
    return 1;
  }
  printf("DestroyJavaVM: %d\n", (int)(*vm)->DestroyJavaVM(vm));
  return 0;
}
