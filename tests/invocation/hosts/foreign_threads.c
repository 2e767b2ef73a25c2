/* foreign_threads.c (islet only): a C library calls back into Java on threads of its own that
 * never attach themselves. The VM attaches each once (a daemon), and detaches it when it exits;
 * a thread still alive when the VM ends does not hold DestroyJavaVM up, and its exit after the VM
 * is gone is harmless. Many create -> callbacks -> destroy cycles keep the resident set flat.
 * Arguments: <libjvm.so> <classes> <NFI test library> [cycles, default 100]. */
#include "host_support.h"

/* One cycle; prints what it sees when `verbose`. 0 when everything was as expected. */
static int cycle(struct VMLibrary* library, const char* classes, const char* testlib, void (*release)(void),
                 int verbose) {
  JavaVM* vm = NULL;
  JNIEnv* env = NULL;
  jint created = create_vm_with(library, classes, NULL, &vm, &env);
  if (created != JNI_OK) {
    printf("JNI_CreateJavaVM = %s\n", jni_code(created));
    return 1;
  }
  jclass cls = (*env)->FindClass(env, "ForeignCallbacks");
  require(cls != NULL, "FindClass(ForeignCallbacks)");
  jmethodID sum_id = (*env)->GetStaticMethodID(env, cls, "sumOnNewThreads", "(Ljava/lang/String;II)J");
  jmethodID lingering_id = (*env)->GetStaticMethodID(env, cls, "callBackFromLingeringThread", "(Ljava/lang/String;I)I");
  jmethodID active_id = (*env)->GetStaticMethodID(env, cls, "activeThreads", "()I");
  jstring path = (*env)->NewStringUTF(env, testlib);

  /* 4 threads x 250 calls of plusOne(index): 250 * (1 + 2 + 3 + 4). */
  jlong sum = (*env)->CallStaticLongMethod(env, cls, sum_id, path, 4, 250);
  jint after_sum = (*env)->CallStaticIntMethod(env, cls, active_id);
  jint lingering = (*env)->CallStaticIntMethod(env, cls, lingering_id, path, 41);
  jint while_lingering = (*env)->CallStaticIntMethod(env, cls, active_id);
  if ((*env)->ExceptionCheck(env)) {
    (*env)->ExceptionDescribe(env);
    return 1;
  }
  jint destroyed = (*vm)->DestroyJavaVM(vm);
  release(); /* the lingering thread exits now, after its VM */
  int ok = sum == 2500 && after_sum == 1 && lingering == 42 && while_lingering == 2 && destroyed == JNI_OK;
  if (verbose || !ok) {
    printf("sum of callbacks from 4 foreign threads = %lld (C expects 2500)\n", (long long)sum);
    printf("Java threads once they exited = %d (main)\n", (int)after_sum);
    printf("lingering thread's callback = %d\n", (int)lingering);
    printf("Java threads while it lingers = %d\n", (int)while_lingering);
    printf("DestroyJavaVM with the lingering thread attached = %s\n", jni_code(destroyed));
    printf("the lingering thread exited after DestroyJavaVM\n");
  }
  return ok ? 0 : 1;
}

int main(int argc, char** argv) {
  struct VMLibrary library = open_vm_library(argc, argv);
  require(argc > 3, "usage: foreign_threads <libjvm.so> <classes> <NFI test library> [cycles]");
  const char* testlib = argv[3];
  int cycles = argc > 4 ? atoi(argv[4]) : 100;
  /* The same library the VM loads through the NFI (one copy in the process). */
  void* native = dlopen(testlib, RTLD_NOW);
  require(native != NULL, "dlopen(NFI test library)");
  void (*release)(void) = (void (*)(void))dlsym(native, "release_lingering_thread");
  require(release != NULL, "release_lingering_thread");

  int warm = cycles / 10 > 0 ? cycles / 10 : 1;
  long baseline = 0;
  for (int i = 0; i < cycles; ++i) {
    if (cycle(&library, argv[2], testlib, release, i == 0) != 0) {
      printf("cycle %d failed\n", i);
      return 1;
    }
    if (i + 1 == warm) baseline = resident_bytes();
  }
  long growth = resident_bytes() - baseline;
  long limit = 32L << 20; /* as loop.c: a leaked isolate per cycle would not fit */
  printf("%d cycles with foreign-thread callbacks: resident set growth after cycle %d %s\n", cycles, warm,
         growth < limit ? "within bounds" : "TOO LARGE");
  if (getenv("ISLET_LOOP_REPORT") != NULL) printf("  growth %.1f MB\n", growth / 1048576.0);
  return growth < limit ? 0 : 1;
}
