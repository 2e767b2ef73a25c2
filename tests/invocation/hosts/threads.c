/* threads.c: threads and the JavaVM table. Scenario "attach": GetEnv before and after attaching a
 * second pthread, JavaVMAttachArgs (name, group, unknown version), AttachCurrentThreadAsDaemon,
 * attaching an attached thread, DetachCurrentThread refused with Java frames on the stack and a
 * no-op when not attached, the creating thread detaching and DestroyJavaVM from an unattached
 * thread. Scenario "destroy-elsewhere": DestroyJavaVM on a second thread waits until the creating
 * (non-daemon) thread detaches, then runs the shutdown hooks. Scenario "java-threads":
 * DestroyJavaVM waits for a non-daemon Java thread, but neither for a daemon Java thread nor for
 * a native thread attached as a daemon (both still there when it returns). Worker threads run
 * one after the other, so the output is deterministic. */
#include <pthread.h>
#include <unistd.h>

#include "host_support.h"

static JavaVM* vm;
static jobject custom_group; /* global ref to a ThreadGroup named "custom-group" */

static void describe(JNIEnv* env, const char* who) {
  char text[512];
  call_string_method(env, "Embedded", "describeThread", text, sizeof text);
  printf("%s: %s\n", who, text);
}

static void get_env(const char* who, jint version, JNIEnv* expected) {
  JNIEnv* env = (JNIEnv*)1;
  jint result = (*vm)->GetEnv(vm, (void**)&env, version);
  printf("%s: GetEnv(0x%x) = %s, env %s\n", who, (unsigned)version, jni_code(result),
         env == NULL ? "NULL" : env == expected ? "the thread's" : "another");
}

static void run_on_thread(void* (*body)(void*), void* argument) {
  pthread_t thread;
  require(pthread_create(&thread, NULL, body, argument) == 0, "pthread_create");
  pthread_join(thread, NULL);
}

static void* named_worker(void* unused) {
  get_env("worker", JNI_VERSION_1_8, NULL);
  JavaVMAttachArgs args = {JNI_VERSION_1_8, "worker-1", NULL};
  JNIEnv* env = NULL;
  jint result = (*vm)->AttachCurrentThread(vm, (void**)&env, &args);
  printf("worker: AttachCurrentThread(worker-1) = %s\n", jni_code(result));
  get_env("worker", JNI_VERSION_1_8, env);
  get_env("worker", 0x7fff0000, env);
  describe(env, "worker");
  jclass cls = (*env)->FindClass(env, "Embedded");
  (*env)->CallStaticVoidMethod(env, cls, (*env)->GetStaticMethodID(env, cls, "test", "(I)V"), 1);
  JNIEnv* again = NULL;
  result = (*vm)->AttachCurrentThread(vm, (void**)&again, NULL);
  printf("worker: AttachCurrentThread again = %s, %s\n", jni_code(result), again == env ? "same env" : "another env");
  result = (*vm)->AttachCurrentThreadAsDaemon(vm, (void**)&again, NULL);
  printf("worker: AttachCurrentThreadAsDaemon while attached = %s, %s\n", jni_code(result),
         again == env ? "same env" : "another env");
  describe(env, "worker");
  printf("worker: DetachCurrentThread = %s\n", jni_code((*vm)->DetachCurrentThread(vm)));
  get_env("worker", JNI_VERSION_1_8, NULL);
  printf("worker: DetachCurrentThread again = %s\n", jni_code((*vm)->DetachCurrentThread(vm)));
  return NULL;
}

static void* daemon_worker(void* unused) {
  JNIEnv* env = NULL;
  jint result = (*vm)->AttachCurrentThreadAsDaemon(vm, (void**)&env, NULL);
  printf("daemon: AttachCurrentThreadAsDaemon(NULL args) = %s\n", jni_code(result));
  describe(env, "daemon");
  printf("daemon: DetachCurrentThread = %s\n", jni_code((*vm)->DetachCurrentThread(vm)));
  return NULL;
}

static void* odd_version_worker(void* unused) {
  JavaVMAttachArgs args = {0x7fff0000, "not-used", NULL};
  JNIEnv* env = NULL;
  jint result = (*vm)->AttachCurrentThread(vm, (void**)&env, &args);
  printf("odd-version: AttachCurrentThread(version 0x7fff0000) = %s\n", jni_code(result));
  if (result == JNI_OK) describe(env, "odd-version");
  (*vm)->DetachCurrentThread(vm);
  return NULL;
}

static void* grouped_worker(void* unused) {
  JavaVMAttachArgs args = {JNI_VERSION_1_2, "grouped", custom_group};
  JNIEnv* env = NULL;
  jint result = (*vm)->AttachCurrentThread(vm, (void**)&env, &args);
  printf("grouped: AttachCurrentThread = %s\n", jni_code(result));
  describe(env, "grouped");
  (*vm)->DetachCurrentThread(vm);
  return NULL;
}

/* Embedded.nativeCallback: runs with Java frames below it. */
static jint JNICALL native_callback(JNIEnv* env, jclass cls, jint value) {
  get_env("callback", JNI_VERSION_1_8, env);
  printf("callback: DetachCurrentThread with Java frames = %s\n", jni_code((*vm)->DetachCurrentThread(vm)));
  /* DestroyJavaVM here is JNI_ERR on islet but crashes HotSpot 17 (double free): it is tested
   * in many_vms.c, which only runs on islet. */
  return value * 10;
}

static void scenario_attach(JNIEnv* env) {
  jclass group_class = (*env)->FindClass(env, "java/lang/ThreadGroup");
  jmethodID group_init = (*env)->GetMethodID(env, group_class, "<init>", "(Ljava/lang/String;)V");
  jobject group = (*env)->NewObject(env, group_class, group_init, (*env)->NewStringUTF(env, "custom-group"));
  custom_group = (*env)->NewGlobalRef(env, group);

  run_on_thread(named_worker, NULL);
  run_on_thread(daemon_worker, NULL);
  run_on_thread(odd_version_worker, NULL);
  run_on_thread(grouped_worker, NULL);

  jclass cls = (*env)->FindClass(env, "Embedded");
  JNINativeMethod natives[] = {{"nativeCallback", "(I)I", (void*)native_callback}};
  require((*env)->RegisterNatives(env, cls, natives, 1) == 0, "RegisterNatives");
  jint value = (*env)->CallStaticIntMethod(env, cls, (*env)->GetStaticMethodID(env, cls, "callNative", "(I)I"), 4);
  printf("main: Embedded.callNative(4) = %d\n", (int)value);
  describe(env, "main");

  (*env)->DeleteGlobalRef(env, custom_group);
  printf("main: DetachCurrentThread = %s\n", jni_code((*vm)->DetachCurrentThread(vm)));
  get_env("main", JNI_VERSION_1_8, NULL);
  printf("main: DestroyJavaVM while not attached = %s\n", jni_code((*vm)->DestroyJavaVM(vm)));
}

static volatile int destroyer_started;

static void* destroyer(void* unused) {
  get_env("destroyer", JNI_VERSION_1_8, NULL);
  printf("destroyer: calling DestroyJavaVM\n");
  destroyer_started = 1;
  jint result = (*vm)->DestroyJavaVM(vm);
  printf("destroyer: DestroyJavaVM = %s\n", jni_code(result));
  return NULL;
}

static void scenario_destroy_elsewhere(JNIEnv* env) {
  jclass cls = (*env)->FindClass(env, "Embedded");
  jmethodID add_hook = (*env)->GetStaticMethodID(env, cls, "addShutdownHook", "(Ljava/lang/String;)V");
  (*env)->CallStaticVoidMethod(env, cls, add_hook, (*env)->NewStringUTF(env, "registered by main"));
  report_exception(env, "addShutdownHook");
  pthread_t thread;
  require(pthread_create(&thread, NULL, destroyer, NULL) == 0, "pthread_create");
  while (!destroyer_started) usleep(1000);
  usleep(200 * 1000); /* DestroyJavaVM is now waiting for this non-daemon thread */
  printf("main: still attached, detaching now\n");
  printf("main: DetachCurrentThread = %s\n", jni_code((*vm)->DetachCurrentThread(vm)));
  pthread_join(thread, NULL);
  printf("main: done\n");
}

static pthread_mutex_t forever_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t forever_signal = PTHREAD_COND_INITIALIZER;
static int daemon_attached;

/* Attaches as a daemon and stays attached, never touching the VM again. */
static void* lingering_daemon(void* unused) {
  JNIEnv* env = NULL;
  jint result = (*vm)->AttachCurrentThreadAsDaemon(vm, (void**)&env, NULL);
  printf("native daemon: AttachCurrentThreadAsDaemon = %s\n", jni_code(result));
  pthread_mutex_lock(&forever_mutex);
  daemon_attached = 1;
  pthread_cond_broadcast(&forever_signal);
  for (;;) pthread_cond_wait(&forever_signal, &forever_mutex);
  return NULL;
}

static void start_worker(JNIEnv* env, jboolean daemon, jlong millis, const char* message) {
  jclass cls = (*env)->FindClass(env, "Embedded");
  jmethodID start = (*env)->GetStaticMethodID(env, cls, "startWorker", "(ZJLjava/lang/String;)V");
  (*env)->CallStaticVoidMethod(env, cls, start, daemon, millis, (*env)->NewStringUTF(env, message));
  report_exception(env, "startWorker");
}

static void scenario_java_threads(JNIEnv* env) {
  pthread_t thread;
  require(pthread_create(&thread, NULL, lingering_daemon, NULL) == 0, "pthread_create");
  pthread_mutex_lock(&forever_mutex);
  while (!daemon_attached) pthread_cond_wait(&forever_signal, &forever_mutex);
  pthread_mutex_unlock(&forever_mutex);
  start_worker(env, JNI_TRUE, 1000000, "daemon worker: done (never printed)");
  start_worker(env, JNI_FALSE, 300, "non-daemon worker: done");
  printf("main: calling DestroyJavaVM\n");
  printf("main: DestroyJavaVM = %s\n", jni_code((*vm)->DestroyJavaVM(vm)));
}

int main(int argc, char** argv) {
  struct VMLibrary library = open_vm_library(argc, argv);
  JNIEnv* env = NULL;
  require(create_vm_with(&library, argv[2], NULL, &vm, &env) == JNI_OK, "JNI_CreateJavaVM");
  const char* scenario = argc > 3 ? argv[3] : "attach";
  if (strcmp(scenario, "attach") == 0) scenario_attach(env);
  if (strcmp(scenario, "destroy-elsewhere") == 0) scenario_destroy_elsewhere(env);
  if (strcmp(scenario, "java-threads") == 0) scenario_java_threads(env);
  return 0;
}
