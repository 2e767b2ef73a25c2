/* ABI checker, C half: prints the offset of every JNI function-table slot, the size of every JNI
 * type and struct, and every constant. Built once against islet's jni.h and once against
 * OpenJDK's; abi_check.sh requires identical output. */
#include <stddef.h>
#include <stdio.h>

#include <jni.h>

#define PRINT_SIZE(type) printf("sizeof %s %zu align %zu\n", #type, sizeof(type), _Alignof(type))
#define PRINT_CONSTANT(name) printf("constant %s %ld\n", #name, (long)(name))
#define PRINT_FIELD(type, field) \
  printf("offset %s.%s %zu size %zu\n", #type, #field, offsetof(type, field), sizeof(((type *)0)->field))

int main(void) {
#define X(slot) PRINT_FIELD(struct JNINativeInterface_, slot);
  PRINT_FIELD(struct JNINativeInterface_, reserved0);
  PRINT_FIELD(struct JNINativeInterface_, reserved1);
  PRINT_FIELD(struct JNINativeInterface_, reserved2);
  PRINT_FIELD(struct JNINativeInterface_, reserved3);
#include "native_slots.def"
#undef X
  /* OpenJDK 17's table ends at GetModule; newer slots are checked by abi_check.sh on islet's. */
  printf("sizeof struct JNINativeInterface_ up to JNI 10: %zu\n",
         offsetof(struct JNINativeInterface_, GetModule) + sizeof(void *));
#ifdef JNI_VERSION_21
  if (sizeof(struct JNINativeInterface_) != offsetof(struct JNINativeInterface_, IsVirtualThread) + sizeof(void *)) {
    printf("JNI 21 slots not at the end of the table\n");
  }
#endif

  PRINT_FIELD(struct JNIInvokeInterface_, reserved0);
  PRINT_FIELD(struct JNIInvokeInterface_, reserved1);
  PRINT_FIELD(struct JNIInvokeInterface_, reserved2);
  PRINT_FIELD(struct JNIInvokeInterface_, DestroyJavaVM);
  PRINT_FIELD(struct JNIInvokeInterface_, AttachCurrentThread);
  PRINT_FIELD(struct JNIInvokeInterface_, DetachCurrentThread);
  PRINT_FIELD(struct JNIInvokeInterface_, GetEnv);
  PRINT_FIELD(struct JNIInvokeInterface_, AttachCurrentThreadAsDaemon);
  PRINT_SIZE(struct JNIInvokeInterface_);

  PRINT_SIZE(jboolean);
  PRINT_SIZE(jbyte);
  PRINT_SIZE(jchar);
  PRINT_SIZE(jshort);
  PRINT_SIZE(jint);
  PRINT_SIZE(jlong);
  PRINT_SIZE(jfloat);
  PRINT_SIZE(jdouble);
  PRINT_SIZE(jsize);
  PRINT_SIZE(jobject);
  PRINT_SIZE(jweak);
  PRINT_SIZE(jfieldID);
  PRINT_SIZE(jmethodID);
  PRINT_SIZE(jvalue);
  PRINT_SIZE(jobjectRefType);
  PRINT_SIZE(JNIEnv);
  PRINT_SIZE(JavaVM);
  printf("signed jbyte %d, signed jchar %d, signed jboolean %d\n", (jbyte)-1 < 0, (jchar)-1 < 0,
         (jboolean)-1 < 0);

  PRINT_SIZE(JNINativeMethod);
  PRINT_FIELD(JNINativeMethod, name);
  PRINT_FIELD(JNINativeMethod, signature);
  PRINT_FIELD(JNINativeMethod, fnPtr);
  PRINT_SIZE(JavaVMOption);
  PRINT_FIELD(JavaVMOption, optionString);
  PRINT_FIELD(JavaVMOption, extraInfo);
  PRINT_SIZE(JavaVMInitArgs);
  PRINT_FIELD(JavaVMInitArgs, version);
  PRINT_FIELD(JavaVMInitArgs, nOptions);
  PRINT_FIELD(JavaVMInitArgs, options);
  PRINT_FIELD(JavaVMInitArgs, ignoreUnrecognized);
  PRINT_SIZE(JavaVMAttachArgs);
  PRINT_FIELD(JavaVMAttachArgs, version);
  PRINT_FIELD(JavaVMAttachArgs, name);
  PRINT_FIELD(JavaVMAttachArgs, group);

  PRINT_CONSTANT(JNI_FALSE);
  PRINT_CONSTANT(JNI_TRUE);
  PRINT_CONSTANT(JNI_OK);
  PRINT_CONSTANT(JNI_ERR);
  PRINT_CONSTANT(JNI_EDETACHED);
  PRINT_CONSTANT(JNI_EVERSION);
  PRINT_CONSTANT(JNI_ENOMEM);
  PRINT_CONSTANT(JNI_EEXIST);
  PRINT_CONSTANT(JNI_EINVAL);
  PRINT_CONSTANT(JNI_COMMIT);
  PRINT_CONSTANT(JNI_ABORT);
  PRINT_CONSTANT(JNIInvalidRefType);
  PRINT_CONSTANT(JNILocalRefType);
  PRINT_CONSTANT(JNIGlobalRefType);
  PRINT_CONSTANT(JNIWeakGlobalRefType);
  PRINT_CONSTANT(JNI_VERSION_1_1);
  PRINT_CONSTANT(JNI_VERSION_1_2);
  PRINT_CONSTANT(JNI_VERSION_1_4);
  PRINT_CONSTANT(JNI_VERSION_1_6);
  PRINT_CONSTANT(JNI_VERSION_1_8);
  PRINT_CONSTANT(JNI_VERSION_9);
  PRINT_CONSTANT(JNI_VERSION_10);
#ifdef JNI_VERSION_19
  /* Newer than OpenJDK 17: abi_check.sh compares these with the values the JNI spec gives. */
  printf("islet-only constant JNI_VERSION_19 %#x\n", JNI_VERSION_19);
  printf("islet-only constant JNI_VERSION_20 %#x\n", JNI_VERSION_20);
  printf("islet-only constant JNI_VERSION_21 %#x\n", JNI_VERSION_21);
#endif
#ifdef JDK1_2
  printf("JDK1_2 defined\n");
#endif
#ifdef JDK1_4
  printf("JDK1_4 defined\n");
#endif
  return 0;
}
