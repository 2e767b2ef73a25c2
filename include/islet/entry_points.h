/* islet/entry_points.h: what libislet.so offers the shared libraries `islet --shared` builds.
 *
 * `islet --shared -cp app.jar -o libapp.so` (src/shared_library/) writes, for every @CEntryPoint
 * method of the application, a small C function (a "stub") and compiles the stubs into libapp.so
 * together with the application's classes (one jar, embedded as read-only data). The stubs are
 * plain JNI code: a graal_isolatethread_t* is the thread's JNIEnv* in islet, so a stub calls its
 * Java method with CallStatic<Type>Method, and JNI's own functions move the thread into the VM
 * and back, whatever state the caller left it in. What JNI cannot do is below:
 *
 *   - isolates whose application class path starts with the library's embedded classes
 *     (libapp.so's graal_create_isolate calls islet_image_create_isolate);
 *   - finding an entry point's class and method once per isolate (isolates do not share
 *     classes, so neither can they share method IDs) and checking the thread pointer;
 *   - words (org.graalvm.word: pointers, sizes) as Java values and back;
 *   - GraalVM's FatalExceptionHandler: an exception that escapes an entry point is printed and
 *     ends the process.
 *
 * The library also defines every graal_isolate.h function, like a native-image library, so that
 * a program links with -lapp alone; those forward to libislet.so through
 * islet_isolate_functions(). This interface is islet's own and versioned (ISLET_IMAGE_VERSION);
 * programs use the entry points and graal_isolate.h, never these functions directly. */
#ifndef ISLET_ENTRY_POINTS_H
#define ISLET_ENTRY_POINTS_H

#include <stddef.h>

#include "graal_isolate.h"
#include "jni.h"

#if defined(__cplusplus)
extern "C" {
#endif

#define ISLET_IMAGE_VERSION 1

/* One @CEntryPoint method. */
typedef struct islet_entry_point {
  const char* c_name;      /* the exported C function, for messages */
  const char* class_name;  /* internal form: "com/example/Library" */
  const char* method_name;
  const char* descriptor;  /* "(Lorg/graalvm/nativeimage/IsolateThread;II)I" */
} islet_entry_point_t;

/* Everything a generated library knows about itself; one static instance per library. */
typedef struct islet_image {
  int version;                         /* ISLET_IMAGE_VERSION */
  const char* name;                    /* the library's name: "libapp" */
  const unsigned char* classes;        /* the application's classes: a jar */
  size_t classes_size;
  const islet_entry_point_t* entry_points;
  int entry_point_count;
} islet_image_t;

/* graal_create_isolate for the library: the isolate's application class path is the library's
 * classes, then the CLASSPATH environment variable if it is set. Results as graal_create_isolate. */
int islet_image_create_isolate(const islet_image_t* image, graal_create_isolate_params_t* params,
                               graal_isolate_t** isolate, graal_isolatethread_t** thread);

/* Before entry point `index` calls Java on `thread`: checks that `thread` is an isolate thread of
 * the calling thread, resolves the method in the thread's isolate (the first time in that
 * isolate; the class is initialized then), opens a JNI local frame for the call and returns the
 * JNIEnv with the class and method in *klass and *method. Does not return on failure: a bad thread
 * pointer or an entry point the isolate cannot resolve is a fatal error (a message on standard
 * error, then the isolate's abort hook and abort()). */
JNIEnv* islet_image_enter(graal_isolatethread_t* thread, const islet_image_t* image, int index, jclass* klass,
                          jmethodID* method);

/* After the call: an exception the method threw is fatal (printed with its stack trace, then a
 * message naming the entry point, then abort, as GraalVM's FatalExceptionHandler); otherwise the
 * local frame opened by islet_image_enter is closed. */
void islet_image_leave(JNIEnv* env, const islet_image_t* image, int index);

/* A word as a Java object (a local reference to an org.graalvm.word.impl.MachineWord, which
 * implements every word interface), and a word object's raw value (0 for null). */
jobject islet_word_new(JNIEnv* env, jlong raw);
jlong islet_word_raw(JNIEnv* env, jobject word);

/* libislet.so's own graal_isolate.h functions, for a library that defines functions of the same
 * names: calling them through this table cannot come back to the library's own definitions. */
typedef struct islet_isolate_functions {
  int (*create_isolate)(graal_create_isolate_params_t*, graal_isolate_t**, graal_isolatethread_t**);
  int (*attach_thread)(graal_isolate_t*, graal_isolatethread_t**);
  graal_isolatethread_t* (*get_current_thread)(graal_isolate_t*);
  graal_isolate_t* (*get_isolate)(graal_isolatethread_t*);
  int (*detach_thread)(graal_isolatethread_t*);
  int (*tear_down_isolate)(graal_isolatethread_t*);
  int (*tear_down_isolate_timed)(graal_isolatethread_t*, long, char*, size_t);
} islet_isolate_functions_t;

const islet_isolate_functions_t* islet_isolate_functions(void);

#if defined(__cplusplus)
}
#endif
#endif /* ISLET_ENTRY_POINTS_H */
