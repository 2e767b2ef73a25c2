/* trufflenfi.h: the native-side API of the Truffle NFI, for C and C++ code that takes an ENV
 * argument or handles OBJECT values. Written for islet; binary compatible with Truffle's header.
 *
 * Design. Native code never links against the NFI: everything it may do goes through function
 * tables reached from the pointers it is given, the same pattern as JNI's JNIEnv. A TruffleEnv
 * is a pointer to a struct whose first word points at the native API table; a TruffleContext is a
 * pointer to a struct whose first word points at the thread API table. So in C one writes
 * `(*env)->newObjectRef(env, obj)` and in C++ `env->newObjectRef(obj)`. The slot order of both
 * tables is part of the ABI and never changes.
 *
 * Ownership rules (the NFI's marshalling rules, restated for native code):
 *  - An OBJECT argument is owned by the caller and lives for the duration of the call only.
 *    Keep it longer with newObjectRef, and give that reference back with releaseObjectRef.
 *  - An OBJECT returned from a callback into native code is owned by the native caller, which
 *    must release it. An OBJECT returned from a native function to the NFI does not transfer
 *    ownership; releaseAndReturn hands a reference over so that the NFI frees it after the call.
 *  - A function pointer made from a managed callable and passed as an argument lives for the
 *    call; one returned to native code is owned by the receiver, which frees it with
 *    releaseClosureRef. newClosureRef keeps any NFI-made function pointer alive longer.
 *  - A TruffleEnv belongs to the thread it was given to. Other threads obtain their own with
 *    getTruffleEnv or attachCurrentThread, starting from the TruffleContext.
 */
#ifndef ISLET_TRUFFLENFI_H
#define ISLET_TRUFFLENFI_H

#ifdef __cplusplus
extern "C" {
#endif

/* An opaque reference to a managed object. Native code may only store it and pass it back. */
typedef struct __TruffleObject* TruffleObject;

struct __TruffleNativeAPI;
struct __TruffleThreadAPI;

#ifdef __cplusplus
struct __TruffleEnv;
struct __TruffleContext;
typedef struct __TruffleEnv TruffleEnv;
typedef struct __TruffleContext TruffleContext;
#else
typedef const struct __TruffleNativeAPI* TruffleEnv;
typedef const struct __TruffleThreadAPI* TruffleContext;
#endif

/* Functions available to native code holding a TruffleEnv. Slot order is ABI. */
struct __TruffleNativeAPI {
  /* The context this environment belongs to; valid on every thread. */
  TruffleContext* (*getTruffleContext)(TruffleEnv* env);
  /* A new reference to the object, owned by the caller until releaseObjectRef. */
  TruffleObject (*newObjectRef)(TruffleEnv* env, TruffleObject object);
  /* Gives back a reference obtained from newObjectRef or returned by a callback. */
  void (*releaseObjectRef)(TruffleEnv* env, TruffleObject object);
  /* Releases the reference once the current NFI call has returned, so it can be returned. */
  TruffleObject (*releaseAndReturn)(TruffleEnv* env, TruffleObject object);
  /* Non-zero when both references denote the same managed object. */
  int (*isSameObject)(TruffleEnv* env, TruffleObject object1, TruffleObject object2);
  /* Keeps an NFI-made function pointer alive until a matching releaseClosureRef. */
  void (*newClosureRef)(TruffleEnv* env, void* closure);
  /* Drops one reference to an NFI-made function pointer; the last one frees it. */
  void (*releaseClosureRef)(TruffleEnv* env, void* closure);
  /* A new object reference to the managed callable behind an NFI-made function pointer. */
  TruffleObject (*getClosureObject)(TruffleEnv* env, void* closure);
};

/* Functions available to native code holding a TruffleContext. Slot order is ABI. */
struct __TruffleThreadAPI {
  /* The environment of the calling thread, or NULL if the thread is not attached. */
  TruffleEnv* (*getTruffleEnv)(TruffleContext* context);
  /* Attaches the calling thread (if needed) and returns its environment, or NULL on failure. */
  TruffleEnv* (*attachCurrentThread)(TruffleContext* context);
  /* Detaches the calling thread; its environment must not be used afterwards. */
  void (*detachCurrentThread)(TruffleContext* context);
};

#ifdef __cplusplus
} /* extern "C" */

/* C++ spelling: env->newObjectRef(obj) instead of (*env)->newObjectRef(env, obj). */
struct __TruffleEnv {
  const struct __TruffleNativeAPI* functions;

  TruffleContext* getTruffleContext() { return functions->getTruffleContext(this); }
  TruffleObject newObjectRef(TruffleObject object) { return functions->newObjectRef(this, object); }
  void releaseObjectRef(TruffleObject object) { functions->releaseObjectRef(this, object); }
  TruffleObject releaseAndReturn(TruffleObject object) {
    return functions->releaseAndReturn(this, object);
  }
  bool isSameObject(TruffleObject object1, TruffleObject object2) {
    return functions->isSameObject(this, object1, object2) != 0;
  }
  template <class F>
  void newClosureRef(F* closure) {
    functions->newClosureRef(this, reinterpret_cast<void*>(closure));
  }
  template <class F>
  void releaseClosureRef(F* closure) {
    functions->releaseClosureRef(this, reinterpret_cast<void*>(closure));
  }
  template <class F>
  TruffleObject getClosureObject(F* closure) {
    return functions->getClosureObject(this, reinterpret_cast<void*>(closure));
  }
};

struct __TruffleContext {
  const struct __TruffleThreadAPI* functions;

  TruffleEnv* getTruffleEnv() { return functions->getTruffleEnv(this); }
  TruffleEnv* attachCurrentThread() { return functions->attachCurrentThread(this); }
  void detachCurrentThread() { functions->detachCurrentThread(this); }
};
#endif

#endif /* ISLET_TRUFFLENFI_H */
