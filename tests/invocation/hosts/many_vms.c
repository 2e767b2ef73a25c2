/* many_vms.c: several VMs in one process (HotSpot refuses the second JNI_CreateJavaVM; islet
 * creates independent isolates). Four VMs created by one thread (attached to all four at once),
 * JNI_GetCreatedJavaVMs in creation order, two threads per VM calling a synchronized method
 * concurrently, statics independent per VM, one pthread attached to two VMs at once with a
 * distinct JNIEnv in each, DestroyJavaVM refused with Java frames on the stack, all VMs
 * destroyed, then a fresh VM with fresh statics, then four threads each creating, using and
 * destroying VMs at the same time. */
#include <pthread.h>

#include "host_support.h"

#define VM_COUNT 4
#define CALLS_PER_THREAD 2000

static struct VMLibrary library;
static JavaVM* vms[VM_COUNT];
static JNIEnv* envs[VM_COUNT];
static int created;

static jint call_int(JNIEnv* env, const char* method) {
  jclass cls = (*env)->FindClass(env, "Embedded");
  require(cls != NULL, "FindClass(Embedded)");
  jint value = (*env)->CallStaticIntMethod(env, cls, (*env)->GetStaticMethodID(env, cls, method, "()I"));
  report_exception(env, method);
  (*env)->DeleteLocalRef(env, cls);
  return value;
}

static void set_label(JNIEnv* env, const char* label) {
  jclass cls = (*env)->FindClass(env, "Embedded");
  jstring text = (*env)->NewStringUTF(env, label);
  (*env)->CallStaticVoidMethod(env, cls, (*env)->GetStaticMethodID(env, cls, "setLabel", "(Ljava/lang/String;)V"),
                               text);
  (*env)->DeleteLocalRef(env, text);
  (*env)->DeleteLocalRef(env, cls);
}

static void print_label(const char* who, JNIEnv* env) {
  char text[256];
  call_string_method(env, "Embedded", "label", text, sizeof text);
  printf("%s: %s\n", who, text);
}

static void* hammer(void* raw) {
  JavaVM* vm = (JavaVM*)raw;
  JNIEnv* env = NULL;
  require((*vm)->AttachCurrentThread(vm, (void**)&env, NULL) == JNI_OK, "AttachCurrentThread");
  for (int i = 0; i < CALLS_PER_THREAD; ++i) call_int(env, "incrementSynchronized");
  require((*vm)->DetachCurrentThread(vm) == JNI_OK, "DetachCurrentThread");
  return NULL;
}

static void* two_vms(void* unused) {
  JNIEnv* first = NULL;
  JNIEnv* second = NULL;
  require((*vms[0])->AttachCurrentThread(vms[0], (void**)&first, NULL) == JNI_OK, "attach to VM 0");
  require((*vms[1])->AttachCurrentThread(vms[1], (void**)&second, NULL) == JNI_OK, "attach to VM 1");
  printf("two-vms: attached to VM 0 and VM 1, %s\n", first != second ? "distinct envs" : "THE SAME env");
  JNIEnv* env = NULL;
  (*vms[0])->GetEnv(vms[0], (void**)&env, JNI_VERSION_1_8);
  printf("two-vms: GetEnv(VM 0) %s\n", env == first ? "is VM 0's env" : "is wrong");
  (*vms[1])->GetEnv(vms[1], (void**)&env, JNI_VERSION_1_8);
  printf("two-vms: GetEnv(VM 1) %s\n", env == second ? "is VM 1's env" : "is wrong");
  print_label("two-vms via VM 0", first);
  print_label("two-vms via VM 1", second);
  printf("two-vms: detach from VM 0 = %s\n", jni_code((*vms[0])->DetachCurrentThread(vms[0])));
  jint result = (*vms[0])->GetEnv(vms[0], (void**)&env, JNI_VERSION_1_8);
  printf("two-vms: GetEnv(VM 0) = %s\n", jni_code(result));
  result = (*vms[1])->GetEnv(vms[1], (void**)&env, JNI_VERSION_1_8);
  printf("two-vms: GetEnv(VM 1) = %s, %s\n", jni_code(result), env == second ? "still VM 1's env" : "wrong env");
  printf("two-vms: detach from VM 1 = %s\n", jni_code((*vms[1])->DetachCurrentThread(vms[1])));
  return NULL;
}

static jint JNICALL destroy_from_native(JNIEnv* env, jclass cls, jint value) {
  JavaVM* vm = NULL;
  (*env)->GetJavaVM(env, &vm);
  printf("native: DestroyJavaVM with Java frames = %s\n", jni_code((*vm)->DestroyJavaVM(vm)));
  return value;
}

static void print_created(void) {
  JavaVM* listed[VM_COUNT + 1];
  jsize count = 0;
  library.created(listed, VM_COUNT + 1, &count);
  int in_order = count == created;
  for (int i = 0; in_order && i < count; ++i) in_order = listed[i] == vms[i];
  printf("JNI_GetCreatedJavaVMs: %d VM(s)%s\n", (int)count, in_order ? ", in creation order" : ", NOT as created");
}

#define CHURN_THREADS 4
#define CHURN_CYCLES 25
static const char* classes;
static volatile int churn_failures;

/* Creates, calls and destroys VMs in a loop, concurrently with other threads doing the same. */
static void* churn(void* unused) {
  for (int i = 0; i < CHURN_CYCLES; ++i) {
    JavaVM* vm = NULL;
    JNIEnv* env = NULL;
    if (create_vm_with(&library, classes, NULL, &vm, &env) != JNI_OK) {
      __sync_fetch_and_add(&churn_failures, 1);
      return NULL;
    }
    if (call_int(env, "increment") != 1) __sync_fetch_and_add(&churn_failures, 1);
    if ((*vm)->DestroyJavaVM(vm) != JNI_OK) __sync_fetch_and_add(&churn_failures, 1);
  }
  return NULL;
}

int main(int argc, char** argv) {
  library = open_vm_library(argc, argv);
  classes = argv[2];
  for (int i = 0; i < VM_COUNT; ++i) {
    jint result = create_vm_with(&library, argv[2], NULL, &vms[i], &envs[i]);
    printf("JNI_CreateJavaVM #%d = %s\n", i, jni_code(result));
    if (result != JNI_OK) break;
    ++created;
  }
  print_created();
  for (int i = 0; i < created; ++i) {
    char label[32];
    snprintf(label, sizeof label, "vm-%d", i);
    set_label(envs[i], label);
    for (int j = 0; j < i; ++j) call_int(envs[i], "increment");
  }

  pthread_t threads[2 * VM_COUNT];
  for (int i = 0; i < 2 * created; ++i) pthread_create(&threads[i], NULL, hammer, vms[i / 2]);
  for (int i = 0; i < 2 * created; ++i) pthread_join(threads[i], NULL);
  for (int i = 0; i < created; ++i) {
    char who[32];
    snprintf(who, sizeof who, "VM %d", i);
    print_label(who, envs[i]);
  }

  if (created >= 2) {
    pthread_t thread;
    pthread_create(&thread, NULL, two_vms, NULL);
    pthread_join(thread, NULL);
  }

  /* DestroyJavaVM with Java frames on the stack: JNI_ERR on islet; HotSpot 17 crashes (double
   * free), so only a VM that made several VMs gets here. */
  if (created >= 2) {
    jclass cls = (*envs[0])->FindClass(envs[0], "Embedded");
    JNINativeMethod natives[] = {{"nativeCallback", "(I)I", (void*)destroy_from_native}};
    (*envs[0])->RegisterNatives(envs[0], cls, natives, 1);
    jmethodID call_native = (*envs[0])->GetStaticMethodID(envs[0], cls, "callNative", "(I)I");
    jint value = (*envs[0])->CallStaticIntMethod(envs[0], cls, call_native, 7);
    printf("Embedded.callNative(7) = %d\n", (int)value);
  }

  for (int i = created - 1; i >= 0; --i) {
    printf("DestroyJavaVM #%d = %s\n", i, jni_code((*vms[i])->DestroyJavaVM(vms[i])));
  }
  created = 0;
  print_created();

  JavaVM* vm = NULL;
  JNIEnv* env = NULL;
  jint result = create_vm_with(&library, argv[2], NULL, &vm, &env);
  printf("JNI_CreateJavaVM after destroying all = %s\n", jni_code(result));
  if (result == JNI_OK) {
    print_label("fresh VM", env);
    printf("fresh VM: increment() = %d\n", (int)call_int(env, "increment"));
    printf("DestroyJavaVM = %s\n", jni_code((*vm)->DestroyJavaVM(vm)));

    pthread_t churners[CHURN_THREADS];
    for (int i = 0; i < CHURN_THREADS; ++i) pthread_create(&churners[i], NULL, churn, NULL);
    for (int i = 0; i < CHURN_THREADS; ++i) pthread_join(churners[i], NULL);
    printf("%d threads x %d create/call/destroy cycles at once: %d failure(s)\n", CHURN_THREADS, CHURN_CYCLES,
           (int)churn_failures);
    print_created();
  }
  return 0;
}
