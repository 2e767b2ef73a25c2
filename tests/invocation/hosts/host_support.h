/* host_support.h: what every invocation-API test host shares. A host is compiled once against
 * islet's include/jni.h and runs against any libjvm.so named on its command line (HotSpot's or
 * islet's): the library is opened with dlopen and the three exported functions looked up, as a
 * launcher does. Output is unbuffered so that it interleaves with Java's System.out in order. */
#ifndef ISLET_TEST_HOST_SUPPORT_H
#define ISLET_TEST_HOST_SUPPORT_H

#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jni.h"

typedef jint(JNICALL* CreateJavaVM)(JavaVM**, void**, void*);
typedef jint(JNICALL* GetCreatedJavaVMs)(JavaVM**, jsize, jsize*);
typedef jint(JNICALL* GetDefaultJavaVMInitArgs)(void*);

struct VMLibrary {
  void* handle;
  CreateJavaVM create;
  GetCreatedJavaVMs created;
  GetDefaultJavaVMInitArgs defaults;
};

/* argv[1]: the libjvm.so; argv[2]: the directory of the test's Java classes. */
static inline struct VMLibrary open_vm_library(int argc, char** argv) {
  struct VMLibrary library;
  setvbuf(stdout, NULL, _IONBF, 0);
  if (argc < 3) {
    fprintf(stderr, "usage: %s <libjvm.so> <classes-dir> [args...]\n", argv[0]);
    exit(2);
  }
  library.handle = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (library.handle == NULL) {
    fprintf(stderr, "dlopen %s: %s\n", argv[1], dlerror());
    exit(2);
  }
  library.create = (CreateJavaVM)dlsym(library.handle, "JNI_CreateJavaVM");
  library.created = (GetCreatedJavaVMs)dlsym(library.handle, "JNI_GetCreatedJavaVMs");
  library.defaults = (GetDefaultJavaVMInitArgs)dlsym(library.handle, "JNI_GetDefaultJavaVMInitArgs");
  if (!library.create || !library.created || !library.defaults) {
    fprintf(stderr, "%s lacks the invocation API\n", argv[1]);
    exit(2);
  }
  return library;
}

/* Names for JNI result codes, so expected files read well. */
static inline const char* jni_code(jint code) {
  switch (code) {
    case JNI_OK: return "JNI_OK";
    case JNI_ERR: return "JNI_ERR";
    case JNI_EDETACHED: return "JNI_EDETACHED";
    case JNI_EVERSION: return "JNI_EVERSION";
    case JNI_ENOMEM: return "JNI_ENOMEM";
    case JNI_EEXIST: return "JNI_EEXIST";
    case JNI_EINVAL: return "JNI_EINVAL";
    default: return "unknown code";
  }
}

/* Creates a VM with the test classes on -Djava.class.path plus `extra` options (NULL-ended). */
static inline jint create_vm_with(struct VMLibrary* library, const char* classes, const char** extra, JavaVM** vm,
                           JNIEnv** env) {
  JavaVMOption options[16];
  char class_path[4096];
  int count = 0;
  snprintf(class_path, sizeof class_path, "-Djava.class.path=%s", classes);
  options[count].optionString = class_path;
  options[count++].extraInfo = NULL;
  for (; extra != NULL && *extra != NULL && count < 16; ++extra) {
    options[count].optionString = (char*)*extra;
    options[count++].extraInfo = NULL;
  }
  JavaVMInitArgs args;
  args.version = JNI_VERSION_1_8;
  args.nOptions = count;
  args.options = options;
  args.ignoreUnrecognized = JNI_FALSE;
  return library->create(vm, (void**)env, &args);
}

/* Bytes the process has resident (second field of /proc/self/statm, in pages): hosts that create
 * and destroy many VMs check that it stays flat. */
static inline long resident_bytes(void) {
  long pages_total = 0, pages_resident = 0;
  FILE* statm = fopen("/proc/self/statm", "r");
  if (statm == NULL) return 0;
  if (fscanf(statm, "%ld %ld", &pages_total, &pages_resident) != 2) pages_resident = 0;
  fclose(statm);
  return pages_resident * sysconf(_SC_PAGESIZE);
}

/* Fails the test loudly: a host that cannot go on prints why and exits 1. */
static inline void require(int condition, const char* what) {
  if (!condition) {
    printf("FAILED: %s\n", what);
    exit(1);
  }
}

/* Describes and clears a pending Java exception; true if there was one. */
static inline int report_exception(JNIEnv* env, const char* where) {
  if (!(*env)->ExceptionCheck(env)) return 0;
  printf("exception in %s:\n", where);
  (*env)->ExceptionDescribe(env);
  return 1;
}

/* A static String method of class `name` with no arguments, as UTF-8 in `out`. */
static inline void call_string_method(JNIEnv* env, const char* class_name, const char* method, char* out, size_t size) {
  jclass cls = (*env)->FindClass(env, class_name);
  require(cls != NULL, class_name);
  jmethodID id = (*env)->GetStaticMethodID(env, cls, method, "()Ljava/lang/String;");
  require(id != NULL, method);
  jstring s = (jstring)(*env)->CallStaticObjectMethod(env, cls, id);
  if (report_exception(env, method) || s == NULL) {
    snprintf(out, size, "(null)");
    return;
  }
  const char* chars = (*env)->GetStringUTFChars(env, s, NULL);
  snprintf(out, size, "%s", chars);
  (*env)->ReleaseStringUTFChars(env, s, chars);
  (*env)->DeleteLocalRef(env, s);
  (*env)->DeleteLocalRef(env, cls);
}

#endif
