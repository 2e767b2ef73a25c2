// Registration of classes, methods and fields for JNI lookups by name (FindClass, GetMethodID,
// GetFieldID) from a Feature: the same closed-world configuration -Xjni:config= files fill, which
// -Xjni:closed enforces (src/jni/README.md). As in Native Image, registering happens while the
// features run (islet: at start-up); afterwards it is refused.
package org.graalvm.nativeimage.hosted;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.util.Objects;
import org.graalvm.nativeimage.impl.FeatureRunner;

public final class RuntimeJNIAccess {

    private RuntimeJNIAccess() {}

    public static void register(Class<?>... classes) {
        String feature = FeatureRunner.registeringFeature();
        for (Class<?> c : classes) {
            registerClass0(feature, Objects.requireNonNull(c).getTypeName());
        }
    }

    public static void register(Executable... methods) {
        String feature = FeatureRunner.registeringFeature();
        for (Executable m : methods) {
            Class<?>[] parameters = Objects.requireNonNull(m).getParameterTypes();
            String[] names = new String[parameters.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = parameters[i].getTypeName();
            }
            String name = m instanceof Constructor ? "<init>" : m.getName();
            registerMethod0(feature, m.getDeclaringClass().getTypeName(), name, names);
        }
    }

    public static void register(Field... fields) {
        String feature = FeatureRunner.registeringFeature();
        for (Field f : fields) {
            registerField0(feature, Objects.requireNonNull(f).getDeclaringClass().getTypeName(), f.getName());
        }
    }

    // Natives (src/jni/runtime_jni_access.cpp): `feature` names the registering feature class.
    private static native void registerClass0(String feature, String className);

    private static native void registerMethod0(String feature, String className, String name, String[] parameterTypes);

    private static native void registerField0(String feature, String className, String name);
}
