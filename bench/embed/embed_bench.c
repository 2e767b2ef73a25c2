/* embed_bench.c: what embedding a VM costs, measured the same way on any libjvm.so (HotSpot's or
 * islet's, named on the command line): VM creation until the first CallStaticVoidMethod has
 * returned, a second VM in the same process (islet only: HotSpot refuses), resident memory per
 * additional VM, AttachCurrentThread + DetachCurrentThread from another thread, DestroyJavaVM.
 * Prints one "<metric> <value>" line per measurement (bench/embed/run.sh turns them into a table).
 * Arguments: <libjvm.so> <classes-dir>. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "jni.h"

#define EXTRA_VMS 10
#define ATTACH_ROUNDS 20000

typedef jint(JNICALL* CreateJavaVM)(JavaVM**, void**, void*);
static CreateJavaVM create;
static char class_path[4096];

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static double resident_mb(void) {
  long total = 0, resident = 0;
  FILE* statm = fopen("/proc/self/statm", "r");
  if (statm == NULL) return 0;
  if (fscanf(statm, "%ld %ld", &total, &resident) != 2) resident = 0;
  fclose(statm);
  return resident * (double)sysconf(_SC_PAGESIZE) / 1048576.0;
}

static jint new_vm(JavaVM** vm, JNIEnv** env) {
  JavaVMOption options[] = {{class_path, NULL}};
  JavaVMInitArgs args = {JNI_VERSION_1_8, 1, options, JNI_FALSE};
  return create(vm, (void**)env, &args);
}

static void call_test(JNIEnv* env) {
  jclass cls = (*env)->FindClass(env, "BenchTarget");
  (*env)->CallStaticVoidMethod(env, cls, (*env)->GetStaticMethodID(env, cls, "test", "(I)V"), 1);
  if ((*env)->ExceptionCheck(env)) {
    (*env)->ExceptionDescribe(env);
    exit(1);
  }
}

static void* attach_loop(void* raw) {
  JavaVM* vm = (JavaVM*)raw;
  JNIEnv* env = NULL;
  /* One round first: the first attach loads and initialises what attaching needs. */
  (*vm)->AttachCurrentThread(vm, (void**)&env, NULL);
  (*vm)->DetachCurrentThread(vm);
  double start = now_ms();
  for (int i = 0; i < ATTACH_ROUNDS; ++i) {
    if ((*vm)->AttachCurrentThread(vm, (void**)&env, NULL) != JNI_OK) exit(1);
    (*vm)->DetachCurrentThread(vm);
  }
  printf("attach_detach_us %.2f\n", (now_ms() - start) * 1000.0 / ATTACH_ROUNDS);
  return NULL;
}

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  setvbuf(stdout, NULL, _IONBF, 0);
  snprintf(class_path, sizeof class_path, "-Djava.class.path=%s", argv[2]);
  double start = now_ms();
  void* library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) return 2;
  create = (CreateJavaVM)dlsym(library, "JNI_CreateJavaVM");
  JavaVM* vm;
  JNIEnv* env;
  if (new_vm(&vm, &env) != JNI_OK) return 1;
  call_test(env);
  printf("first_call_ms %.2f\n", now_ms() - start);

  pthread_t thread;
  pthread_create(&thread, NULL, attach_loop, vm);
  pthread_join(thread, NULL);

  JavaVM* second;
  JNIEnv* second_env;
  double before = now_ms();
  if (new_vm(&second, &second_env) == JNI_OK) {
    call_test(second_env);
    printf("second_vm_ms %.3f\n", now_ms() - before);
    JavaVM* extra[EXTRA_VMS];
    JNIEnv* extra_env;
    double rss_before = resident_mb();
    for (int i = 0; i < EXTRA_VMS; ++i) {
      new_vm(&extra[i], &extra_env);
      call_test(extra_env);
    }
    printf("rss_per_vm_mb %.2f\n", (resident_mb() - rss_before) / EXTRA_VMS);
    for (int i = 0; i < EXTRA_VMS; ++i) (*extra[i])->DestroyJavaVM(extra[i]);
    (*second)->DestroyJavaVM(second);
  } else {
    printf("second_vm_ms refused\n");
    printf("rss_per_vm_mb refused\n");
  }
  before = now_ms();
  jint destroyed = (*vm)->DestroyJavaVM(vm);
  printf("destroy_ms %.3f\n", now_ms() - before);
  return destroyed == JNI_OK ? 0 : 1;
}
