/* graal_api.c: every graal_isolate.h function's documented success and failure cases, on islet's
 * libjvm.so (HotSpot has no isolate API), and mixing the API with JNI on the same isolate
 * (graal_isolate_t* is the JavaVM*, graal_isolatethread_t* the JNIEnv*). The expected output
 * follows the Native Image C API's documentation (seed 000) and islet's error codes. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "graal_isolate.h"
#include "jni.h"

#define SYMBOLS(X)                                                                                    \
  X(graal_create_isolate) X(graal_attach_thread) X(graal_get_current_thread) X(graal_get_isolate) \
  X(graal_detach_thread) X(graal_tear_down_isolate) X(islet_tear_down_isolate_timed) X(JNI_GetCreatedJavaVMs)
#define DECLARE(name) static __typeof__(name)* p_##name;
SYMBOLS(DECLARE)

static graal_isolate_t* isolate;
static graal_isolatethread_t* main_thread;

static void require(int condition, const char* what) {
  if (!condition) {
    printf("FAILED: %s\n", what);
    exit(1);
  }
}

/* Calls Embedded.<method>()Ljava/lang/String; through the JNI view of an isolate thread. */
static void print_java(const char* who, graal_isolatethread_t* thread, const char* method) {
  JNIEnv* env = (JNIEnv*)thread;
  jclass cls = (*env)->FindClass(env, "Embedded");
  require(cls != NULL, "FindClass(Embedded)");
  jstring s = (jstring)(*env)->CallStaticObjectMethod(env, cls, (*env)->GetStaticMethodID(env, cls, method, "()Ljava/lang/String;"));
  const char* chars = (*env)->GetStringUTFChars(env, s, NULL);
  printf("%s: Embedded.%s() = %s\n", who, method, chars);
  (*env)->ReleaseStringUTFChars(env, s, chars);
  (*env)->DeleteLocalRef(env, s);
  (*env)->DeleteLocalRef(env, cls);
}

static void* second_thread(void* unused) {
  printf("second: graal_get_current_thread = %s\n", p_graal_get_current_thread(isolate) ? "a thread" : "NULL");
  graal_isolatethread_t* thread = NULL;
  printf("second: graal_attach_thread = %d\n", p_graal_attach_thread(isolate, &thread));
  printf("second: thread %s the creating thread's, graal_get_isolate %s\n", thread != main_thread ? "differs from" : "IS",
         p_graal_get_isolate(thread) == isolate ? "is the isolate" : "is wrong");
  printf("second: graal_get_current_thread %s\n", p_graal_get_current_thread(isolate) == thread ? "is it" : "is wrong");
  print_java("second", thread, "describeThread");
  printf("second: graal_detach_thread(creating thread) = %d\n", p_graal_detach_thread(main_thread));
  printf("second: graal_detach_thread = %d\n", p_graal_detach_thread(thread));
  printf("second: graal_get_current_thread after detach = %s\n", p_graal_get_current_thread(isolate) ? "a thread" : "NULL");
  printf("second: graal_detach_thread again = %d\n", p_graal_detach_thread(thread));
  return NULL;
}

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t signal = PTHREAD_COND_INITIALIZER;
static int lingering_attached, lingering_may_detach;

static void* lingering_thread(void* name) {
  JavaVM* vm = (JavaVM*)isolate;
  JavaVMAttachArgs args = {JNI_VERSION_1_8, (char*)name, NULL};
  JNIEnv* env = NULL;
  require((*vm)->AttachCurrentThread(vm, (void**)&env, &args) == JNI_OK, "AttachCurrentThread");
  pthread_mutex_lock(&mutex);
  lingering_attached = 1;
  pthread_cond_broadcast(&signal);
  while (!lingering_may_detach) pthread_cond_wait(&signal, &mutex);
  pthread_mutex_unlock(&mutex);
  usleep(100 * 1000); /* the tear-down is waiting by now */
  printf("%s: detaching\n", (char*)name);
  (*vm)->DetachCurrentThread(vm);
  return NULL;
}

static pthread_t start_lingering(const char* name) {
  pthread_t thread;
  lingering_attached = 0;
  lingering_may_detach = 0;
  pthread_create(&thread, NULL, lingering_thread, (void*)name);
  pthread_mutex_lock(&mutex);
  while (!lingering_attached) pthread_cond_wait(&signal, &mutex);
  pthread_mutex_unlock(&mutex);
  return thread;
}

static void let_lingering_detach(void) {
  pthread_mutex_lock(&mutex);
  lingering_may_detach = 1;
  pthread_cond_broadcast(&signal);
  pthread_mutex_unlock(&mutex);
}

static jint JNICALL tear_down_from_java(JNIEnv* env, jclass cls, jint value) {
  printf("native: graal_tear_down_isolate with Java frames = %d\n", p_graal_tear_down_isolate((graal_isolatethread_t*)env));
  return value;
}

int main(int argc, char** argv) {
  setvbuf(stdout, NULL, _IONBF, 0);
  void* library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  require(library != NULL, "dlopen");
#define LOOKUP(name) require((p_##name = (__typeof__(name)*)dlsym(library, #name)) != NULL, #name);
  SYMBOLS(LOOKUP)
  /* graal_create_isolate has no class path parameter: islet takes the CLASSPATH variable. */
  require(argc > 2 && setenv("CLASSPATH", argv[2], 1) == 0, "usage: graal_api <libjvm.so> <classes>");

  printf("graal_create_isolate(NULL params) = %d\n", p_graal_create_isolate(NULL, &isolate, &main_thread));
  require(isolate && main_thread, "isolate and thread written");
  printf("graal_get_current_thread %s\n", p_graal_get_current_thread(isolate) == main_thread ? "is the creating thread" : "is wrong");
  printf("graal_get_isolate %s\n", p_graal_get_isolate(main_thread) == isolate ? "is the isolate" : "is wrong");
  printf("graal_get_isolate(NULL) = %s\n", p_graal_get_isolate(NULL) ? "an isolate" : "NULL");
  printf("graal_get_current_thread(NULL) = %s\n", p_graal_get_current_thread(NULL) ? "a thread" : "NULL");
  graal_isolatethread_t* again = NULL;
  int status = p_graal_attach_thread(isolate, &again);
  printf("graal_attach_thread while attached = %d, %s\n", status, again == main_thread ? "the same thread" : "another thread");
  printf("graal_attach_thread(NULL isolate) = %d\n", p_graal_attach_thread(NULL, &again));
  printf("graal_attach_thread(NULL thread pointer) = %d\n", p_graal_attach_thread(isolate, NULL));
  static char not_an_isolate[64];
  printf("graal_attach_thread(not an isolate) = %d\n", p_graal_attach_thread((graal_isolate_t*)not_an_isolate, &again));
  printf("graal_detach_thread(NULL) = %d\n", p_graal_detach_thread(NULL));
  printf("graal_tear_down_isolate(NULL) = %d\n", p_graal_tear_down_isolate(NULL));

  /* The same isolate through JNI. */
  JavaVM* vm = (JavaVM*)isolate;
  JNIEnv* env = NULL;
  status = (int)(*vm)->GetEnv(vm, (void**)&env, JNI_VERSION_1_8);
  printf("JNI GetEnv on the isolate = %d, %s\n", status, env == (JNIEnv*)main_thread ? "the isolate thread" : "another env");
  JavaVM* created[4];
  jsize count = 0;
  p_JNI_GetCreatedJavaVMs(created, 4, &count);
  printf("JNI_GetCreatedJavaVMs: %d, %s\n", (int)count, count == 1 && created[0] == vm ? "the isolate" : "wrong");
  print_java("main", main_thread, "describeThread");

  pthread_t thread;
  pthread_create(&thread, NULL, second_thread, NULL);
  pthread_join(thread, NULL);

  /* Creating a second isolate with parameters, without asking for its pointers. */
  graal_create_isolate_params_t params = {1, 64u << 20};
  printf("graal_create_isolate(64 MB, NULL, NULL) = %d\n", p_graal_create_isolate(&params, NULL, NULL));
  p_JNI_GetCreatedJavaVMs(created, 4, &count);
  printf("JNI_GetCreatedJavaVMs: %d\n", (int)count);
  require(count == 2, "two isolates");
  graal_isolate_t* second = (graal_isolate_t*)created[1];
  graal_isolatethread_t* second_main = p_graal_get_current_thread(second);
  printf("second isolate: graal_get_current_thread %s\n", second_main && second_main != main_thread ? "is its own thread" : "is wrong");
  print_java("second isolate", second_main, "maxMemory");
  print_java("first isolate", main_thread, "label");

  /* Tear-down from inside Java is refused. */
  JNIEnv* second_env = (JNIEnv*)second_main;
  jclass cls = (*second_env)->FindClass(second_env, "Embedded");
  JNINativeMethod natives[] = {{"nativeCallback", "(I)I", (void*)tear_down_from_java}};
  (*second_env)->RegisterNatives(second_env, cls, natives, 1);
  jint value = (*second_env)->CallStaticIntMethod(second_env, cls, (*second_env)->GetStaticMethodID(second_env, cls, "callNative", "(I)I"), 1);
  printf("second isolate: Embedded.callNative(1) = %d\n", (int)value);
  printf("graal_tear_down_isolate(second isolate) = %d\n", p_graal_tear_down_isolate(second_main));
  printf("graal_get_current_thread(torn down isolate) = %s\n", p_graal_get_current_thread(second) ? "a thread" : "NULL");
  printf("graal_attach_thread(torn down isolate) = %d\n", p_graal_attach_thread(second, &again));

  /* A timed tear-down that gives up, then one that waits. */
  pthread_t lingering = start_lingering("lingering");
  char report[128] = "untouched";
  status = p_islet_tear_down_isolate_timed(main_thread, 100, report, sizeof report);
  printf("islet_tear_down_isolate_timed(100 ms) = %d, still attached: %s\n", status, report);
  print_java("main after the timed tear-down gave up", main_thread, "label");
  let_lingering_detach();
  printf("graal_tear_down_isolate (waits for the lingering thread) ...\n");
  printf("graal_tear_down_isolate = %d\n", p_graal_tear_down_isolate(main_thread));
  pthread_join(lingering, NULL);
  p_JNI_GetCreatedJavaVMs(created, 4, &count);
  printf("JNI_GetCreatedJavaVMs: %d\n", (int)count);

  /* And a new isolate after every one has ended. */
  graal_isolate_t* fresh = NULL;
  graal_isolatethread_t* fresh_thread = NULL;
  printf("graal_create_isolate again = %d\n", p_graal_create_isolate(NULL, &fresh, &fresh_thread));
  print_java("fresh isolate", fresh_thread, "label");
  printf("graal_detach_thread(creating thread) = %d\n", p_graal_detach_thread(fresh_thread));
  printf("graal_get_current_thread = %s\n", p_graal_get_current_thread(fresh) ? "a thread" : "NULL");
  graal_isolatethread_t* reattached = NULL;
  printf("graal_attach_thread = %d\n", p_graal_attach_thread(fresh, &reattached));
  printf("graal_tear_down_isolate = %d\n", p_graal_tear_down_isolate(reattached));
  return 0;
}
