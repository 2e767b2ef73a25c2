/* graal_isolate.h: the Native Image C API for isolates, as implemented by islet.
 *
 * An isolate is an independent Java VM inside the process: its own heap, statics, class table
 * and handles. Any number can live in one process; a thread works in an isolate after attaching
 * to it, and may be attached to several isolates at once. islet implements this API on the same
 * machinery as JNI's invocation API, and the two mix freely:
 *
 *   - a graal_isolate_t* is the isolate's JavaVM* (cast either way);
 *   - a graal_isolatethread_t* is the thread's JNIEnv* in that isolate (cast either way).
 *
 * Source-compatible with the header GraalVM's native-image writes (same types, functions and
 * parameter structure layout for version 1). Every function returns 0 on success and one of
 * the non-zero ISLET_ISOLATE_* codes below on failure. */
#ifndef __GRAAL_ISOLATE_H
#define __GRAAL_ISOLATE_H

#include <stddef.h>

#if defined(__cplusplus)
extern "C" {
#endif

/* An isolate. A pointer to one may be passed to an entry point as its execution context. */
struct __graal_isolate_t;
typedef struct __graal_isolate_t graal_isolate_t;

/* A thread attached to an isolate. A pointer to one may be passed to an entry point as its
 * execution context; the calling thread must be the one it stands for. */
struct __graal_isolatethread_t;
typedef struct __graal_isolatethread_t graal_isolatethread_t;

typedef size_t __graal_uword;

/* Parameters for the creation of a new isolate; a null pointer means all defaults. The
 * isolate's application class path is the CLASSPATH environment variable (this API has no
 * parameter for it; JNI_CreateJavaVM takes -Djava.class.path). */
struct __graal_create_isolate_params_t {
  int version; /* version of this structure: 1 (0 ignores the fields below) */
  /* Version 1: the most memory the isolate's Java heap may use, in bytes (like -Xmx); 0 for the
   * default (a quarter of physical memory). */
  __graal_uword reserved_address_space_size;
};
typedef struct __graal_create_isolate_params_t graal_create_isolate_params_t;

/* Non-zero results. */
#define ISLET_ISOLATE_FAILED 1           /* the isolate could not be created */
#define ISLET_ISOLATE_NULL_ARGUMENT 2    /* a required pointer was null */
#define ISLET_ISOLATE_UNKNOWN_ISOLATE 3  /* not a live isolate (never created, or torn down) */
#define ISLET_ISOLATE_NOT_CURRENT 4      /* the isolate thread is not the calling thread's */
#define ISLET_ISOLATE_JAVA_FRAMES 5      /* the thread is running Java code (inside an upcall) */
#define ISLET_ISOLATE_CLOSING 6          /* the isolate is being torn down */
#define ISLET_ISOLATE_TIMED_OUT 7        /* islet_tear_down_isolate_timed gave up */

/* Creates a new isolate, considering the passed parameters (which may be NULL). Returns 0 on
 * success, or a non-zero value on failure. On success, the current thread is attached to the
 * created isolate, and the address of the isolate and the isolate thread structures is written
 * to the passed pointers if they are not NULL. */
int graal_create_isolate(graal_create_isolate_params_t* params, graal_isolate_t** isolate,
                         graal_isolatethread_t** thread);

/* Attaches the current thread to the passed isolate. On failure, returns a non-zero value. On
 * success, writes the address of the created isolate thread structure to the passed pointer and
 * returns 0. If the thread has already been attached, the call succeeds and also provides the
 * thread's isolate thread structure. */
int graal_attach_thread(graal_isolate_t* isolate, graal_isolatethread_t** thread);

/* Given an isolate to which the current thread is attached, returns the address of the thread's
 * associated isolate thread structure. If the current thread is not attached to the passed
 * isolate or if another error occurs, returns NULL. */
graal_isolatethread_t* graal_get_current_thread(graal_isolate_t* isolate);

/* Given an isolate thread structure, determines to which isolate it belongs and returns the
 * address of its isolate structure. If an error occurs, returns NULL instead. */
graal_isolate_t* graal_get_isolate(graal_isolatethread_t* thread);

/* Detaches the passed isolate thread from its isolate and discards any state or context that is
 * associated with it. At the time of the call, no code may still be executing in the isolate
 * thread's context. Returns 0 on success, or a non-zero value on failure. */
int graal_detach_thread(graal_isolatethread_t* thread);

/* Tears down the isolate of the passed (and still attached) isolate thread, waiting for any
 * attached threads to detach from it, then discards its objects, threads, and any other state or
 * context that is associated with it. Returns 0 on success, or a non-zero value on failure. */
int graal_tear_down_isolate(graal_isolatethread_t* isolateThread);

/* islet's addition: graal_tear_down_isolate that waits at most `timeout_millis` for the other
 * attached threads to detach. If some are still attached then, it returns
 * ISLET_ISOLATE_TIMED_OUT, writes their Java names (comma-separated, NUL-terminated, truncated to
 * `report_size` bytes) to `report` when it is not NULL, and leaves the isolate running and the
 * calling thread attached. (Non-daemon threads started by Java code are still waited for
 * without a limit, as by graal_tear_down_isolate.) */
int islet_tear_down_isolate_timed(graal_isolatethread_t* isolateThread, long timeout_millis, char* report,
                                  size_t report_size);

#if defined(__cplusplus)
}
#endif
#endif /* __GRAAL_ISOLATE_H */
