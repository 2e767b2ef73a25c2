/* A library whose JNI_OnLoad asks for a JNI version no VM implements. */
#include <jni.h>

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) { return 0x7fff0000; }
