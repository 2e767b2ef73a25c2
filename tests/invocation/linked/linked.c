/* linked.c: the drop-in check. Compiled against HotSpot's JDK headers and linked with
 * -L$JDK/lib/server -ljvm (no rpath), it runs on whichever libjvm.so LD_LIBRARY_PATH finds first:
 * HotSpot's, or islet's build/lib/server without being rebuilt. argv[1] is only informative
 * (run_host.sh points LD_LIBRARY_PATH at its directory); argv[2] is the class directory. */
#include <jni.h>
#include <stdio.h>

int main(int argc, char** argv) {
  setvbuf(stdout, NULL, _IONBF, 0);
  if (argc < 3) return 2;
  char class_path[4096];
  snprintf(class_path, sizeof class_path, "-Djava.class.path=%s", argv[2]);
  JavaVMOption options[] = {{class_path, NULL}};
  JavaVMInitArgs args = {JNI_VERSION_1_8, 1, options, JNI_FALSE};
  JavaVM* vm = NULL;
  JNIEnv* env = NULL;
  jint result = JNI_CreateJavaVM(&vm, (void**)&env, &args);
  printf("JNI_CreateJavaVM = %d\n", (int)result);
  if (result != JNI_OK) return 1;
  jclass cls = (*env)->FindClass(env, "Embedded");
  (*env)->CallStaticVoidMethod(env, cls, (*env)->GetStaticMethodID(env, cls, "test", "(I)V"), 42);
  JavaVM* vms[2];
  jsize count = 0;
  JNI_GetCreatedJavaVMs(vms, 2, &count);
  printf("JNI_GetCreatedJavaVMs: %d\n", (int)count);
  printf("DestroyJavaVM = %d\n", (int)(*vm)->DestroyJavaVM(vm));
  return 0;
}
