/* libraries.c: JNI libraries in embedded VMs. A VM loads libembedtest.so (System.loadLibrary on
 * -Djava.library.path): JNI_OnLoad runs, a native method of it works. At DestroyJavaVM islet
 * runs the library's JNI_OnUnload (HotSpot only does so when a class loader is collected, never
 * for the application loader). On islet, two VMs then load the same library at once: the OS
 * opens it once, each VM initialises it (JNI_OnLoad per VM). */
#include "host_support.h"

static void load_and_call(const char* who, JNIEnv* env) {
  char text[256];
  call_string_method(env, "Embedded", "loadAndCall", text, sizeof text);
  printf("%s: Embedded.loadAndCall() = %s\n", who, text);
}

int main(int argc, char** argv) {
  struct VMLibrary library = open_vm_library(argc, argv);
  require(argc > 3, "usage: libraries <libjvm.so> <classes> <library-dir>");
  char library_path[4096];
  snprintf(library_path, sizeof library_path, "-Djava.library.path=%s", argv[3]);
  const char* options[] = {library_path, NULL};
  JavaVM* vm = NULL;
  JNIEnv* env = NULL;
  require(create_vm_with(&library, argv[2], options, &vm, &env) == JNI_OK, "JNI_CreateJavaVM");
  load_and_call("VM 1", env);
  printf("VM 1: DestroyJavaVM = %s\n", jni_code((*vm)->DestroyJavaVM(vm)));

  JavaVM* vm_a = NULL;
  JavaVM* vm_b = NULL;
  JNIEnv* env_a = NULL;
  JNIEnv* env_b = NULL;
  jint result = create_vm_with(&library, argv[2], options, &vm_a, &env_a);
  printf("VM A: JNI_CreateJavaVM = %s\n", jni_code(result));
  if (result != JNI_OK) return 0;
  require(create_vm_with(&library, argv[2], options, &vm_b, &env_b) == JNI_OK, "JNI_CreateJavaVM B");
  load_and_call("VM A", env_a);
  load_and_call("VM B", env_b);
  printf("VM B: DestroyJavaVM = %s\n", jni_code((*vm_b)->DestroyJavaVM(vm_b)));
  load_and_call("VM A again (loaded already)", env_a);
  printf("VM A: DestroyJavaVM = %s\n", jni_code((*vm_a)->DestroyJavaVM(vm_a)));
  return 0;
}
