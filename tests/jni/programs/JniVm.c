/* Native side of JniVm. */
#include <jni.h>
#include <stdio.h>
#include <string.h>

JNIEXPORT jstring JNICALL Java_JniVm_versions(JNIEnv *env, jclass c) {
  char buf[128];
  jint version = (*env)->GetVersion(env);
  /* HotSpot 17 reports JNI 10, islet JNI 21: both at least 10. */
  snprintf(buf, sizeof buf, "GetVersion >= JNI_VERSION_10: %d, <= JNI_VERSION_21: %d", version >= JNI_VERSION_10,
           version <= 0x00150000);
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jstring JNICALL Java_JniVm_javaVm(JNIEnv *env, jclass c) {
  char buf[512];
  JavaVM *vm = NULL;
  jint got = (*env)->GetJavaVM(env, &vm);
  JNIEnv *e1 = NULL, *e2 = NULL, *e3 = (JNIEnv *)1, *attached = NULL, *daemon = NULL;
  jint r1 = (*vm)->GetEnv(vm, (void **)&e1, JNI_VERSION_1_1);
  jint r2 = (*vm)->GetEnv(vm, (void **)&e2, JNI_VERSION_10);
  jint r3 = (*vm)->GetEnv(vm, (void **)&e3, 0x12345);
  jint a = (*vm)->AttachCurrentThread(vm, (void **)&attached, NULL);
  jint d = (*vm)->AttachCurrentThreadAsDaemon(vm, (void **)&daemon, NULL);
  jint detach = (*vm)->DetachCurrentThread(vm);
  snprintf(buf, sizeof buf,
           "GetJavaVM=%d GetEnv(1.1)=%d same=%d GetEnv(10)=%d same=%d GetEnv(bad)=%d env=%s "
           "AttachCurrentThread=%d same=%d AsDaemon=%d same=%d DetachCurrentThread with Java frames=%d",
           got, r1, e1 == env, r2, e2 == env, r3, e3 == NULL ? "NULL" : "set", a, attached == env, d, daemon == env,
           detach);
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jstring JNICALL Java_JniVm_moduleOf(JNIEnv *env, jclass c, jclass cls) {
  char buf[256];
  jobject module = (*env)->GetModule(env, cls);
  jclass module_class = (*env)->FindClass(env, "java/lang/Module");
  jstring name = (jstring)(*env)->CallObjectMethod(env, module, (*env)->GetMethodID(env, module_class, "getName", "()Ljava/lang/String;"));
  jboolean named = (*env)->CallBooleanMethod(env, module, (*env)->GetMethodID(env, module_class, "isNamed", "()Z"));
  const char *utf = name == NULL ? NULL : (*env)->GetStringUTFChars(env, name, NULL);
  snprintf(buf, sizeof buf, "GetModule: %s module, name=%s, is a Module=%d", named ? "named" : "unnamed",
           utf ? utf : "null", (*env)->IsInstanceOf(env, module, module_class));
  if (utf != NULL) (*env)->ReleaseStringUTFChars(env, name, utf);
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jboolean JNICALL Java_JniVm_isVirtualThread(JNIEnv *env, jclass c, jobject thread) {
  /* The slot exists from JNI 21 on; HotSpot 17's table ends before it. */
  if ((*env)->GetVersion(env) < 0x00150000) return JNI_FALSE;
  return (*env)->IsVirtualThread(env, thread);
}

JNIEXPORT jint JNICALL Java_JniVm_enter(JNIEnv *env, jclass c, jobject o) { return (*env)->MonitorEnter(env, o); }

JNIEXPORT jint JNICALL Java_JniVm_exit(JNIEnv *env, jclass c, jobject o) { return (*env)->MonitorExit(env, o); }

JNIEXPORT jstring JNICALL Java_JniVm_enterTwiceExitOnce(JNIEnv *env, jclass c, jobject o) {
  char buf[64];
  jint a = (*env)->MonitorEnter(env, o);
  jint b = (*env)->MonitorEnter(env, o);
  jint d = (*env)->MonitorExit(env, o);
  snprintf(buf, sizeof buf, "enter=%d enter=%d exit=%d", a, b, d);
  return (*env)->NewStringUTF(env, buf);
}
