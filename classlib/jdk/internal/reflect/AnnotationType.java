// What the parser and the invocation handler need to know about an annotation interface: element
// names and types, defaults, retention and @Inherited. One instance per annotation interface.
// The maps are HashMaps sized like the JDK's, because their iteration order shows in toString.
package jdk.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

public final class AnnotationType {

    private static final Map<Class<?>, AnnotationType> INSTANCES = new HashMap<>();

    private final Map<String, Class<?>> memberTypes;
    private final Map<String, Object> memberDefaults;
    private final Map<String, Method> members;
    private final RetentionPolicy retention;
    private final boolean inherited;

    public static AnnotationType getInstance(Class<? extends Annotation> annotationClass) {
        synchronized (INSTANCES) {
            AnnotationType type = INSTANCES.get(annotationClass);
            if (type == null) {
                type = new AnnotationType(annotationClass);
                INSTANCES.put(annotationClass, type);
            }
            return type;
        }
    }

    private AnnotationType(Class<? extends Annotation> annotationClass) {
        if (!annotationClass.isAnnotation()) {
            throw new IllegalArgumentException("Not an annotation type");
        }
        Method[] methods = annotationClass.getDeclaredMethods();
        memberTypes = new HashMap<>(methods.length + 1, 1.0f);
        memberDefaults = new HashMap<>(0);
        members = new HashMap<>(methods.length + 1, 1.0f);
        for (Method method : methods) {
            int mods = method.getModifiers();
            if (!Modifier.isPublic(mods) || !Modifier.isAbstract(mods) || method.isSynthetic()) {
                continue;
            }
            if (method.getParameterCount() != 0) {
                throw new IllegalArgumentException(method + " has params");
            }
            String name = method.getName();
            memberTypes.put(name, invocationHandlerReturnType(method.getReturnType()));
            members.put(name, method);
            Object defaultValue = method.getDefaultValue();
            if (defaultValue != null) {
                memberDefaults.put(name, defaultValue);
            }
        }
        Object[] meta = AnnotationParser.metaAnnotations(annotationClass);
        retention = meta[0] == null ? RetentionPolicy.CLASS : RetentionPolicy.valueOf((String) meta[0]);
        inherited = (Boolean) meta[1];
    }

    /** The type the invocation handler returns for an element of `type`: wrappers for primitives. */
    public static Class<?> invocationHandlerReturnType(Class<?> type) {
        Class<?> wrapper = type.isPrimitive() ? Reflection.wrapperOf(type) : null;
        return wrapper != null ? wrapper : type;
    }

    public Map<String, Class<?>> memberTypes() {
        return memberTypes;
    }

    public Map<String, Object> memberDefaults() {
        return memberDefaults;
    }

    public Map<String, Method> members() {
        return members;
    }

    public RetentionPolicy retention() {
        return retention;
    }

    public boolean isInherited() {
        return inherited;
    }
}
