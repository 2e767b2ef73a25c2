/* jni_md.h: the machine-dependent part of islet's JNI header (GCC/Clang on Linux and other
 * Unix-like systems): export/import attributes, the calling convention and the integer types
 * whose width depends on the platform. ABI-identical to OpenJDK's linux/jni_md.h. */
#ifndef _JAVASOFT_JNI_MD_H_
#define _JAVASOFT_JNI_MD_H_

#ifndef __has_attribute
#define __has_attribute(x) 0
#endif

/* Symbols a JNI library exports (Java_..., JNI_OnLoad) must stay visible even when the library
 * is built with -fvisibility=hidden. */
#ifndef JNIEXPORT
#if defined(__GNUC__) || __has_attribute(visibility)
#define JNIEXPORT __attribute__((visibility("default")))
#else
#define JNIEXPORT
#endif
#endif

#if defined(__GNUC__) || __has_attribute(visibility)
#define JNIIMPORT __attribute__((visibility("default")))
#else
#define JNIIMPORT
#endif

/* The platform's default C calling convention is the JNI one. */
#define JNICALL

typedef int jint;
#ifdef _LP64
typedef long jlong;
#else
typedef long long jlong;
#endif
typedef signed char jbyte;

#endif /* _JAVASOFT_JNI_MD_H_ */
