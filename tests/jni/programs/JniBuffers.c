/* Native side of JniBuffers: a static block of memory shared with Java through direct buffers. */
#include <jni.h>
#include <stdio.h>
#include <string.h>

static unsigned char memory[64];

JNIEXPORT jobject JNICALL Java_JniBuffers_wrapNative(JNIEnv *env, jclass c, jint capacity) {
  int i;
  for (i = 0; i < (int)sizeof memory; i++) memory[i] = (unsigned char)i;
  return (*env)->NewDirectByteBuffer(env, memory, capacity);
}

JNIEXPORT jstring JNICALL Java_JniBuffers_nativeView(JNIEnv *env, jclass c, jint count) {
  char buf[256] = "";
  int i;
  for (i = 0; i < count; i++) sprintf(buf + strlen(buf), "%02x ", memory[i]);
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jlong JNICALL Java_JniBuffers_capacityOf(JNIEnv *env, jclass c, jobject buffer) {
  return buffer == NULL ? -2 : (*env)->GetDirectBufferCapacity(env, buffer);
}

JNIEXPORT jboolean JNICALL Java_JniBuffers_hasAddress(JNIEnv *env, jclass c, jobject buffer) {
  return buffer != NULL && (*env)->GetDirectBufferAddress(env, buffer) != NULL;
}

JNIEXPORT jstring JNICALL Java_JniBuffers_readDirect(JNIEnv *env, jclass c, jobject buffer, jint count) {
  char buf[256] = "";
  const unsigned char *p = (*env)->GetDirectBufferAddress(env, buffer);
  int i;
  for (i = 0; i < count; i++) sprintf(buf + strlen(buf), "%02x ", p[i]);
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jboolean JNICALL Java_JniBuffers_sameAddress(JNIEnv *env, jclass c, jobject a, jobject b) {
  return (*env)->GetDirectBufferAddress(env, a) == (*env)->GetDirectBufferAddress(env, b);
}
