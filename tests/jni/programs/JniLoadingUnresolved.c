/* A real shared object that cannot be loaded: it needs a variable no library defines. */
#include <jni.h>

extern int islet_test_variable_nobody_defines;

JNIEXPORT jint JNICALL Java_JniLoading_missing(JNIEnv *env, jclass c, jint x) {
  return x + islet_test_variable_nobody_defines;
}
