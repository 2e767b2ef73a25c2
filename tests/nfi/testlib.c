/* The native side of the NFI tests: functions of every NFI type and width, many and mixed
 * arguments, strings, arrays written by the callee, structs by value, variadics, callbacks
 * (nested, returned, called from a foreign pthread), ENV and OBJECT through trufflenfi.h. */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "trufflenfi.h"

#define EXPORT __attribute__((visibility("default")))

/* --- integers: identity of every width, and results whose top bit is set --- */
EXPORT int8_t id_s8(int8_t x) { return x; }
EXPORT uint8_t id_u8(uint8_t x) { return x; }
EXPORT int16_t id_s16(int16_t x) { return x; }
EXPORT uint16_t id_u16(uint16_t x) { return x; }
EXPORT int32_t id_s32(int32_t x) { return x; }
EXPORT uint32_t id_u32(uint32_t x) { return x; }
EXPORT int64_t id_s64(int64_t x) { return x; }
EXPORT uint64_t id_u64(uint64_t x) { return x; }
EXPORT uint8_t all_ones_u8(void) { return 0xFF; }
EXPORT uint16_t all_ones_u16(void) { return 0xFFFF; }
EXPORT uint32_t all_ones_u32(void) { return 0xFFFFFFFFu; }
EXPORT uint64_t all_ones_u64(void) { return UINT64_MAX; }
/* Reports how the callee saw its argument, widened: checks sign and zero extension. */
EXPORT int64_t widen_s8(int8_t x) { return x; }
EXPORT int64_t widen_u8(uint8_t x) { return x; }
EXPORT int64_t widen_s16(int16_t x) { return x; }
EXPORT int64_t widen_u16(uint16_t x) { return x; }
EXPORT int64_t widen_u32(uint32_t x) { return x; }
EXPORT int32_t add_s32(int32_t a, int32_t b) { return a + b; }
EXPORT uint64_t add_u64(uint64_t a, uint64_t b) { return a + b; }

/* --- floating point --- */
EXPORT float mul_float(float a, float b) { return a * b; }
EXPORT double add_double(double a, double b) { return a + b; }
EXPORT long double fp80_add(long double a, long double b) { return a + b; }
/* 1 + 2^-60: representable as long double, not as double. */
EXPORT long double fp80_fine(void) { return 1.0L + 0x1p-60L; }
EXPORT int fp80_is_fine(long double x) { return x == 1.0L + 0x1p-60L; }

/* --- many arguments: more than 6 integer and more than 8 floating registers --- */
EXPORT int64_t sum_ten_ints(int32_t a, int64_t b, int8_t c, uint16_t d, int32_t e, int64_t f,
                            int16_t g, uint8_t h, int32_t i, int64_t j) {
  return a + b + c + d + e + f + g + h + i + j;
}
EXPORT double sum_ten_doubles(double a, double b, double c, double d, double e, double f, double g,
                              double h, double i, double j) {
  return a + b + c + d + e + f + g + h + i + j;
}
/* Mixed kinds, enough of each that some travel on the stack. */
EXPORT double mixed_stack(int8_t a, double b, int16_t c, float d, int32_t e, double f, int64_t g,
                          float h, uint8_t i, double j, uint16_t k, long double l, uint32_t m,
                          double n, float o, int64_t p, double q, float r) {
  return a + b + c + d + e + f + g + h + i + j + k + (double)l + m + n + o + p + q + r;
}

/* --- pointers --- */
EXPORT void* id_pointer(void* p) { return p; }
EXPORT void* null_pointer(void) { return NULL; }
EXPORT int is_null(void* p) { return p == NULL; }
EXPORT int64_t read_i64(const int64_t* p) { return *p; }

/* --- strings --- */
EXPORT uint64_t string_length(const char* s) { return strlen(s); }
EXPORT const char* greeting(void) { return "héllo, wörld"; }
EXPORT const char* null_string(void) { return NULL; }
EXPORT int string_is_null(const char* s) { return s == NULL; }
EXPORT char* upper_copy(const char* s) {
  size_t n = strlen(s);
  char* copy = malloc(n + 1);
  for (size_t i = 0; i <= n; i++) copy[i] = (s[i] >= 'a' && s[i] <= 'z') ? s[i] - 32 : s[i];
  return copy;
}
EXPORT void free_string(char* s) { free(s); }

/* --- arrays (pointers to elements; the callee writes some) --- */
EXPORT int64_t sum_i32_array(const int32_t* values, int32_t n) {
  int64_t sum = 0;
  for (int32_t i = 0; i < n; i++) sum += values[i];
  return sum;
}
EXPORT void fill_squares(int32_t* out, int32_t n) {
  for (int32_t i = 0; i < n; i++) out[i] = i * i;
}
EXPORT void scale_doubles(double* values, int32_t n, double factor) {
  for (int32_t i = 0; i < n; i++) values[i] *= factor;
}
EXPORT void fill_bytes(uint8_t* out, int32_t n) {
  for (int32_t i = 0; i < n; i++) out[i] = (uint8_t)(250 + i);
}
EXPORT double sum_floats(const float* values, int32_t n) {
  double sum = 0;
  for (int32_t i = 0; i < n; i++) sum += values[i];
  return sum;
}

/* --- structs by value --- */
struct Point {
  int32_t x;
  double y;
};
struct Pair {
  int32_t a;
  int32_t b;
};
struct Big {
  int64_t a;
  int64_t b;
  int64_t c;
  double d;
};
struct Outer {
  struct Pair pair;
  float scale;
  uint8_t tag;
};

EXPORT struct Point make_point(int32_t x, double y) {
  struct Point p = {x, y};
  return p;
}
EXPORT double point_sum(struct Point p) { return p.x + p.y; }
EXPORT struct Pair swap_pair(struct Pair p) {
  struct Pair q = {p.b, p.a};
  return q;
}
EXPORT struct Big big_scale(struct Big b, int64_t k) {
  struct Big r = {b.a * k, b.b * k, b.c * k, b.d * (double)k};
  return r;
}
EXPORT double outer_total(struct Outer o) { return (o.pair.a + o.pair.b) * o.scale + o.tag; }
EXPORT struct Outer make_outer(int32_t a, int32_t b, float scale, uint8_t tag) {
  struct Outer o = {{a, b}, scale, tag};
  return o;
}

/* --- variadic --- */
EXPORT int32_t sum_variadic_ints(int32_t count, ...) {
  va_list args;
  va_start(args, count);
  int32_t sum = 0;
  for (int32_t i = 0; i < count; i++) sum += va_arg(args, int32_t);
  va_end(args);
  return sum;
}
/* Format: 'i' int (promoted), 'd' double (float promotes), 'l' int64, 's' string. */
EXPORT double sum_variadic_mixed(const char* format, ...) {
  va_list args;
  va_start(args, format);
  double sum = 0;
  for (const char* f = format; *f; f++) {
    switch (*f) {
      case 'i':
        sum += va_arg(args, int);
        break;
      case 'd':
        sum += va_arg(args, double);
        break;
      case 'l':
        sum += (double)va_arg(args, int64_t);
        break;
      case 's':
        sum += (double)strlen(va_arg(args, const char*));
        break;
    }
  }
  va_end(args);
  return sum;
}

/* --- callbacks --- */
typedef int32_t (*IntOp)(int32_t);
typedef int32_t (*IntBinOp)(int32_t, int32_t);

EXPORT int32_t apply_int(IntOp f, int32_t x) { return f(x); }
EXPORT int32_t apply_int_twice(IntOp f, int32_t x) { return f(f(x)); }
EXPORT double apply_double(double (*f)(double, double), double a, double b) { return f(a, b); }
EXPORT void repeat_void(void (*f)(int32_t), int32_t n) {
  for (int32_t i = 0; i < n; i++) f(i);
}
EXPORT int64_t apply_u64(uint64_t (*f)(uint64_t, uint8_t), uint64_t x) {
  return (int64_t)(f(x, 0xFF) >> 32);
}
EXPORT int32_t give_string(int32_t (*f)(const char*), const char* text) { return f(text); }
/* The callback's string is malloc'ed and ours: measured, then freed here. */
EXPORT int32_t take_string(char* (*f)(int32_t), int32_t n) {
  char* s = f(n);
  if (s == NULL) return -1;
  int32_t length = (int32_t)strlen(s);
  free(s);
  return length;
}
/* Returns -1 for a callback result sign-extended wrongly: checks narrow callback results. */
EXPORT int32_t narrow_results(int8_t (*s)(void), uint8_t (*u)(void), int16_t (*s16)(void)) {
  return s() == -1 && u() == 255 && s16() == -2 ? 1 : -1;
}
EXPORT float apply_float(float (*f)(float), float x) { return f(x); }
EXPORT long double apply_fp80(long double (*f)(long double), long double x) { return f(x); }
EXPORT struct Point apply_point(struct Point (*f)(struct Point), int32_t x, double y) {
  struct Point p = {x, y};
  return f(p);
}

static int32_t native_double_it(int32_t x) { return 2 * x; }
static int32_t native_add(int32_t a, int32_t b) { return a + b; }
static int32_t native_mul(int32_t a, int32_t b) { return a * b; }

/* Nesting, native -> managed: the callback receives a native function pointer. */
EXPORT int32_t give_native_function(int32_t (*f)(IntOp, int32_t), int32_t x) {
  return f(native_double_it, x);
}
/* Nesting, managed -> native -> managed -> native -> managed: outer gets inner as a pointer. */
EXPORT int32_t compose(int32_t (*outer)(IntOp, int32_t), IntOp inner, int32_t x) {
  return outer(inner, x);
}
/* A function returning a function pointer. */
EXPORT IntBinOp get_operation(int32_t which) { return which == 0 ? native_add : native_mul; }
EXPORT IntBinOp no_operation(void) { return NULL; }
/* A callback returning a function pointer, which we own and release through the ENV. */
EXPORT int32_t use_factory(TruffleEnv* env, IntOp (*factory)(void), int32_t x) {
  IntOp op = factory();
  int32_t result = op(x);
  (*env)->releaseClosureRef(env, (void*)op);
  return result;
}

/* Stores a callback and calls it later: kept alive with newClosureRef. */
static IntOp stored_op;
EXPORT void store_callback(TruffleEnv* env, IntOp op) {
  (*env)->newClosureRef(env, (void*)op);
  stored_op = op;
}
EXPORT int32_t call_stored(int32_t x) { return stored_op(x); }
EXPORT void release_stored(TruffleEnv* env) {
  (*env)->releaseClosureRef(env, (void*)stored_op);
  stored_op = NULL;
}

/* --- foreign threads --- */
struct ThreadCall {
  IntOp f;
  int32_t x;
  int32_t result;
  TruffleContext* context;
};

static void* run_callback(void* data) {
  struct ThreadCall* call = data;
  call->result = call->f(call->x);
  return NULL;
}
EXPORT int32_t apply_on_thread(IntOp f, int32_t x) {
  struct ThreadCall call = {f, x, 0, NULL};
  pthread_t thread;
  if (pthread_create(&thread, NULL, run_callback, &call) != 0) return -1;
  pthread_join(thread, NULL);
  return call.result;
}
static void* run_attached(void* data) {
  struct ThreadCall* call = data;
  TruffleEnv* env = (*call->context)->attachCurrentThread(call->context);
  TruffleEnv* again = (*call->context)->getTruffleEnv(call->context);
  call->result = (env != NULL && env == again) ? call->f(call->x) : -1;
  (*call->context)->detachCurrentThread(call->context);
  return NULL;
}
EXPORT int32_t apply_on_attached_thread(TruffleEnv* env, IntOp f, int32_t x) {
  struct ThreadCall call = {f, x, 0, (*env)->getTruffleContext(env)};
  pthread_t thread;
  if (pthread_create(&thread, NULL, run_attached, &call) != 0) return -1;
  pthread_join(thread, NULL);
  return call.result;
}
/* Fires callbacks from several threads at once. */
struct ManyCall {
  IntOp f;
  int32_t x;
  int32_t sum;
};
static void* run_many(void* data) {
  struct ManyCall* call = data;
  for (int i = 0; i < 1000; i++) call->sum += call->f(call->x);
  return NULL;
}
EXPORT int64_t apply_on_threads(IntOp f, int32_t threads) {
  struct ManyCall calls[8];
  pthread_t ids[8];
  if (threads > 8) threads = 8;
  for (int i = 0; i < threads; i++) {
    calls[i].f = f;
    calls[i].x = i;
    calls[i].sum = 0;
    pthread_create(&ids[i], NULL, run_many, &calls[i]);
  }
  int64_t total = 0;
  for (int i = 0; i < threads; i++) {
    pthread_join(ids[i], NULL);
    total += calls[i].sum;
  }
  return total;
}

/* Threads of their own, as a C library makes them: each calls f(index) `calls` times and sums
 * the results; all have exited (so their exit hooks have run) when this returns. */
struct SumCall {
  IntOp f;
  int32_t index;
  int32_t calls;
  int64_t sum;
};
static void* run_sum(void* data) {
  struct SumCall* call = data;
  for (int32_t i = 0; i < call->calls; i++) call->sum += call->f(call->index);
  return NULL;
}
EXPORT int64_t sum_on_new_threads(IntOp f, int32_t threads, int32_t calls) {
  struct SumCall work[16];
  pthread_t ids[16];
  if (threads > 16) threads = 16;
  int32_t started = 0;
  for (; started < threads; started++) {
    work[started] = (struct SumCall){f, started, calls, 0};
    if (pthread_create(&ids[started], NULL, run_sum, &work[started]) != 0) break;
  }
  int64_t total = 0;
  for (int32_t i = 0; i < started; i++) {
    pthread_join(ids[i], NULL);
    total += work[i].sum;
  }
  return started == threads ? total : -1;
}

/* trufflenfi.h's thread API from a thread of our own. Results, in order: getTruffleEnv before
 * attaching is NULL; attachCurrentThread gives an env; it is not the caller's; getTruffleEnv
 * then gives the same; its context is the caller's; f(x) through it; an OBJECT reference made
 * with it is the same object; getTruffleEnv after detachCurrentThread is NULL. */
struct EnvThreadCall {
  TruffleContext* context;
  TruffleEnv* caller_env;
  TruffleObject object;
  IntOp f;
  int32_t x;
  int32_t* results;
};
static void* run_env_thread(void* data) {
  struct EnvThreadCall* call = data;
  TruffleContext* context = call->context;
  int32_t* r = call->results;
  r[0] = (*context)->getTruffleEnv(context) == NULL;
  TruffleEnv* env = (*context)->attachCurrentThread(context);
  r[1] = env != NULL;
  if (env == NULL) return NULL;
  r[2] = env != call->caller_env;
  r[3] = (*context)->getTruffleEnv(context) == env;
  r[4] = (*env)->getTruffleContext(env) == context;
  r[5] = call->f(call->x);
  TruffleObject kept = (*env)->newObjectRef(env, call->object);
  r[6] = (*env)->isSameObject(env, kept, call->object);
  (*env)->releaseObjectRef(env, kept);
  (*context)->detachCurrentThread(context);
  r[7] = (*context)->getTruffleEnv(context) == NULL;
  return NULL;
}
EXPORT void env_on_new_thread(TruffleEnv* env, TruffleObject object, IntOp f, int32_t x, int32_t* results) {
  struct EnvThreadCall call = {(*env)->getTruffleContext(env), env, object, f, x, results};
  pthread_t thread;
  if (pthread_create(&thread, NULL, run_env_thread, &call) != 0) return;
  pthread_join(thread, NULL);
}
/* The ENV a call receives, and whether it is what getTruffleEnv answers on the calling thread. */
EXPORT void* env_address(TruffleEnv* env) { return env; }
EXPORT int32_t env_is_current(TruffleEnv* env) {
  TruffleContext* context = (*env)->getTruffleContext(env);
  return (*context)->getTruffleEnv(context) == env;
}

/* A thread that calls f once and then lives on until release_lingering_thread: it is still
 * attached, idle, when the VM ends. */
static pthread_t lingering_thread;
static pthread_mutex_t lingering_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t lingering_changed = PTHREAD_COND_INITIALIZER;
static int lingering_state; /* 0 idle, 1 called back, 2 may exit */
struct LingeringCall {
  IntOp f;
  int32_t x;
  int32_t result;
};
static struct LingeringCall lingering_call;
static void* run_lingering(void* data) {
  (void)data;
  int32_t result = lingering_call.f(lingering_call.x);
  pthread_mutex_lock(&lingering_mutex);
  lingering_call.result = result;
  lingering_state = 1;
  pthread_cond_broadcast(&lingering_changed);
  while (lingering_state != 2) pthread_cond_wait(&lingering_changed, &lingering_mutex);
  pthread_mutex_unlock(&lingering_mutex);
  return NULL;
}
/* Starts the thread, waits for its callback's result and returns it; the thread lives on. */
EXPORT int32_t call_back_from_lingering_thread(IntOp f, int32_t x) {
  lingering_call = (struct LingeringCall){f, x, 0};
  lingering_state = 0;
  if (pthread_create(&lingering_thread, NULL, run_lingering, NULL) != 0) return -1;
  pthread_mutex_lock(&lingering_mutex);
  while (lingering_state != 1) pthread_cond_wait(&lingering_changed, &lingering_mutex);
  int32_t result = lingering_call.result;
  pthread_mutex_unlock(&lingering_mutex);
  return result;
}
/* Lets the thread exit and waits until it has (its exit hooks included). */
EXPORT void release_lingering_thread(void) {
  pthread_mutex_lock(&lingering_mutex);
  lingering_state = 2;
  pthread_cond_broadcast(&lingering_changed);
  pthread_mutex_unlock(&lingering_mutex);
  pthread_join(lingering_thread, NULL);
}

/* --- errno --- */
EXPORT int32_t fail_with_errno(int32_t value) {
  errno = value;
  return -1;
}

/* --- ENV and OBJECT --- */
EXPORT int32_t env_add(TruffleEnv* env, int32_t a, int32_t b) {
  if (env == NULL || (*env)->getTruffleContext(env) == NULL) return -1;
  return a + b;
}
EXPORT int32_t env_in_middle(int32_t a, TruffleEnv* env, int32_t b) {
  return env != NULL ? a - b : -1;
}
EXPORT int32_t call_with_env(int32_t (*f)(TruffleEnv*, int32_t), TruffleEnv* env, int32_t x) {
  return f(env, x);
}
static TruffleObject kept_object;
EXPORT TruffleObject keep_object(TruffleEnv* env, TruffleObject object) {
  kept_object = (*env)->newObjectRef(env, object);
  return object;
}
EXPORT TruffleObject return_kept(TruffleEnv* env) {
  TruffleObject object = kept_object;
  kept_object = NULL;
  return (*env)->releaseAndReturn(env, object);
}
EXPORT int32_t same_object(TruffleEnv* env, TruffleObject a, TruffleObject b) {
  return (*env)->isSameObject(env, a, b);
}
/* The callback returns an object reference that we own: pass it on with releaseAndReturn. */
EXPORT TruffleObject object_from_callback(TruffleEnv* env, TruffleObject (*f)(TruffleObject),
                                          TruffleObject argument) {
  TruffleObject result = f(argument);
  return (*env)->releaseAndReturn(env, result);
}
EXPORT TruffleObject closure_object(TruffleEnv* env, void* closure) {
  return (*env)->releaseAndReturn(env, (*env)->getClosureObject(env, closure));
}

/* --- benchmarks --- */
EXPORT int32_t bench_add(int32_t a, int32_t b) { return a + b; }
EXPORT int32_t bench_callback(IntBinOp f, int32_t n) {
  int32_t sum = 0;
  for (int32_t i = 0; i < n; i++) sum = f(sum, i);
  return sum;
}
