/* loop.c: create -> call -> destroy, many times in one process (islet; HotSpot refuses the second
 * VM). Every VM starts with fresh statics. The resident set after the cycles must stay close to
 * what it was after the first tenth of them (teardown frees what an isolate owned).
 * Arguments: <libjvm.so> <classes> [cycles, default 200]. ISLET_LOOP_REPORT=1 prints the numbers
 * (bench/embed uses it). */
#include <time.h>

#include "host_support.h"

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char** argv) {
  struct VMLibrary library = open_vm_library(argc, argv);
  int cycles = argc > 3 ? atoi(argv[3]) : 200;
  int report = getenv("ISLET_LOOP_REPORT") != NULL;
  long baseline = 0;
  int warm = cycles / 10 > 0 ? cycles / 10 : 1;
  double start = now_ms();
  for (int i = 0; i < cycles; ++i) {
    JavaVM* vm = NULL;
    JNIEnv* env = NULL;
    jint result = create_vm_with(&library, argv[2], NULL, &vm, &env);
    if (result != JNI_OK) {
      printf("cycle %d: JNI_CreateJavaVM = %s\n", i, jni_code(result));
      return 0;
    }
    jclass cls = (*env)->FindClass(env, "Embedded");
    require(cls != NULL, "FindClass(Embedded)");
    jint counter = (*env)->CallStaticIntMethod(env, cls, (*env)->GetStaticMethodID(env, cls, "increment", "()I"));
    if (counter != 1) {
      printf("cycle %d: statics not fresh (counter %d)\n", i, (int)counter);
      return 1;
    }
    jint destroyed = (*vm)->DestroyJavaVM(vm);
    if (destroyed != JNI_OK) {
      printf("cycle %d: DestroyJavaVM = %s\n", i, jni_code(destroyed));
      return 1;
    }
    if (i + 1 == warm) baseline = resident_bytes();
  }
  long final = resident_bytes();
  long growth = final - baseline;
  /* Allocator caches and fragmentation may grow a little; a leak of one isolate (megabytes)
   * per cycle would not fit. */
  long limit = 32L << 20;
  printf("%d cycles: every VM had fresh statics; resident set growth after cycle %d %s\n", cycles, warm,
         growth < limit ? "within bounds" : "TOO LARGE");
  if (report) {
    printf("  resident after cycle %d: %.1f MB, after cycle %d: %.1f MB (growth %.1f MB), %.3f ms per cycle\n", warm,
           baseline / 1048576.0, cycles, final / 1048576.0, growth / 1048576.0, (now_ms() - start) / cycles);
  }
  return growth < limit ? 0 : 1;
}
