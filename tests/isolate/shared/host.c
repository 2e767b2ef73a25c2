/* host.c: a C program using libdemo.so, built by `islet --shared` from demo/Library.java, the way
 * a program uses a native-image library: it includes libdemo.h, links with -ldemo alone, creates
 * isolates with graal_create_isolate and calls the entry points. With the argument "fail" it
 * calls an entry point that throws, which is fatal (printed, then abort).
 *
 * Expected values, as the Java code computes them: 2 + 40 = 42; Integer.MAX_VALUE + 1 wraps to
 * -2147483648; sqrt(3*3 + 4*4) = 5; 7 % 2 != 0 gives false (0), -12 % 2 == 0 true (1); the
 * greeting for "Zoë" is "Hello, Zoë! (3 chars)": 21 Java chars, 22 UTF-8 bytes ('ë' takes two),
 * and into a buffer of 8 bytes only its first 7 bytes fit, "Hello, "; "Islet, Graal" in upper case
 * is "ISLET, GRAAL"; "Zoë" + "!" copied to C and back is 5 bytes; the 20000 calls of demo_add(i, 1) sum to 20000 * 20001 / 2 = 200010000; the
 * first isolate counts 20010 calls (2 add, 1 hypot, 2 is_even, 2 greet, 1 upper, 1 round trip,
 * 20000 add, 1 add on the other thread), the second one 1; demo_add(3, 4) in an isolate made by the
 * CREATE_ISOLATE builtin is 7.
 */
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libdemo.h"

static graal_isolate_t* isolate;

static void* other_thread(void* unused) {
  graal_isolatethread_t* thread = NULL;
  printf("other thread: graal_attach_thread = %d\n", graal_attach_thread(isolate, &thread));
  printf("other thread: demo_add(20, 22) = %d\n", demo_add(thread, 20, 22));
  printf("other thread: graal_detach_thread = %d\n", graal_detach_thread(thread));
  return NULL;
}

int main(int argc, char** argv) {
  graal_isolatethread_t* thread = NULL;
  if (graal_create_isolate(NULL, &isolate, &thread) != 0) {
    printf("graal_create_isolate failed\n");
    return 1;
  }
  if (argc > 1 && strcmp(argv[1], "fail") == 0) {
    printf("calling demo_fail(7)\n");
    fflush(stdout);
    printf("demo_fail returned %d\n", demo_fail(thread, 7));
    return 0;
  }
  printf("demo_add(2, 40) = %d\n", demo_add(thread, 2, 40));
  printf("demo_add(INT_MAX, 1) = %d\n", demo_add(thread, INT_MAX, 1));
  printf("demo_hypot(3, 4) = %.6f\n", demo_hypot(thread, 3.0, 4.0));
  printf("demo_is_even(7) = %d, demo_is_even(-12) = %d\n", demo_is_even(thread, 7), demo_is_even(thread, -12));

  char buffer[64];
  size_t length = demo_greet(thread, "Zo\xc3\xab", buffer, sizeof buffer);
  printf("demo_greet(\"Zo\xc3\xab\") = %zu bytes: %s\n", length, buffer);
  char small[8];
  length = demo_greet(thread, "Zo\xc3\xab", small, sizeof small);
  printf("demo_greet into 8 bytes = %zu bytes: \"%s\"\n", length, small);

  char* upper = demo_upper(thread, "Islet, Graal");
  printf("demo_upper(\"Islet, Graal\") = %s\n", upper);
  free(upper); /* Java allocated it with UnmanagedMemory.malloc: C's malloc */

  printf("demo_round_trip(\"Zo\xc3\xab\") = %d\n", demo_round_trip(thread, "Zo\xc3\xab"));

  printf("the IsolateThread Java received %s the C pointer\n",
         demo_thread_address(thread) == (long long)(intptr_t)thread ? "is" : "is NOT");

  /* Many calls: each leaves nothing behind (the stub's JNI local frame). */
  long long sum = 0;
  for (int i = 0; i < 20000; i++) sum += demo_add(thread, i, 1);
  printf("sum of 20000 calls = %lld\n", sum);

  pthread_t other;
  pthread_create(&other, NULL, other_thread, NULL);
  pthread_join(other, NULL);

  /* The builtins: an isolate made by CREATE_ISOLATE has the library's classes too. */
  graal_isolatethread_t* built = demo_create_isolate();
  printf("builtin: demo_create_isolate %s, demo_add(3, 4) = %d there\n", built != NULL ? "made an isolate" : "FAILED",
         demo_add(built, 3, 4));
  printf("builtin: demo_get_isolate %s graal_get_isolate\n",
         demo_get_isolate(built) == graal_get_isolate(built) ? "agrees with" : "DIFFERS from");
  printf("builtin: demo_tear_down_isolate = %d\n", demo_tear_down_isolate(built));

  /* A second isolate of the same library: its own statics. */
  graal_isolate_t* second_isolate = NULL;
  graal_isolatethread_t* second = NULL;
  printf("second isolate: graal_create_isolate = %d\n", graal_create_isolate(NULL, &second_isolate, &second));
  printf("second isolate: demo_add(1, 1) = %d\n", demo_add(second, 1, 1));
  printf("second isolate: calls = %lld\n", demo_calls(second));
  printf("first isolate: calls = %lld\n", demo_calls(thread));
  printf("second isolate: graal_tear_down_isolate = %d\n", graal_tear_down_isolate(second));
  printf("first isolate: graal_tear_down_isolate = %d\n", graal_tear_down_isolate(thread));
  return 0;
}
