// Parses RuntimeVisibleAnnotations, RuntimeVisibleParameterAnnotations and AnnotationDefault
// attribute bodies (JVMS 4.7.16-4.7.22) into annotation instances: proxies of the annotation
// interface backed by AnnotationInvocationHandler. Element values that cannot be represented
// (missing class or enum constant, changed type) become ExceptionProxy values that throw on access.
package jdk.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

public final class AnnotationParser {

    private AnnotationParser() {}

    /** Big-endian reader over an attribute body. */
    static final class Reader {
        private final byte[] bytes;
        private int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int u1() {
            return bytes[pos++] & 0xFF;
        }

        int u2() {
            return (u1() << 8) | u1();
        }
    }

    public static Annotation[] toArray(Map<Class<? extends Annotation>, Annotation> map) {
        return map.values().toArray(new Annotation[0]);
    }

    /** Annotations by type, in class-file order; annotations of missing or non-RUNTIME types are left out. */
    public static Map<Class<? extends Annotation>, Annotation> parseAnnotations(byte[] raw, Class<?> container) {
        Map<Class<? extends Annotation>, Annotation> result = new LinkedHashMap<>();
        if (raw == null) {
            return result;
        }
        Reader r = new Reader(raw);
        int count = r.u2();
        for (int i = 0; i < count; i++) {
            addAnnotation(result, parseAnnotation(r, container, false));
        }
        return result;
    }

    private static void addAnnotation(Map<Class<? extends Annotation>, Annotation> map, Annotation a) {
        if (a == null) {
            return;
        }
        Class<? extends Annotation> type = a.annotationType();
        if (AnnotationType.getInstance(type).retention() != RetentionPolicy.RUNTIME) {
            return;
        }
        if (map.put(type, a) != null) {
            throw new java.lang.annotation.AnnotationFormatError("Duplicate annotation for class: " + type + ": " + a);
        }
    }

    public static Annotation[][] parseParameterAnnotations(byte[] raw, Class<?> container, int parameterCount) {
        Annotation[][] result = new Annotation[parameterCount][];
        int parsed = 0;
        if (raw != null) {
            Reader r = new Reader(raw);
            int numParameters = r.u1();
            for (int p = 0; p < numParameters; p++) {
                Map<Class<? extends Annotation>, Annotation> map = new LinkedHashMap<>();
                int count = r.u2();
                for (int i = 0; i < count; i++) {
                    addAnnotation(map, parseAnnotation(r, container, false));
                }
                if (p < parameterCount) {
                    result[p] = toArray(map);
                    parsed = p + 1;
                }
            }
        }
        for (int p = parsed; p < parameterCount; p++) {
            result[p] = new Annotation[0];
        }
        return result;
    }

    /** The AnnotationDefault of an element whose declared return type is memberType. */
    public static Object parseMemberDefault(byte[] raw, Class<?> container, Class<?> memberType) {
        Object value = parseMemberValue(memberType, new Reader(raw), container);
        if (value instanceof ExceptionProxy) {
            throw ((ExceptionProxy) value).generateException();
        }
        return value;
    }

    /** {retention name or null, Boolean inherited} of an annotation interface, read without proxies. */
    static Object[] metaAnnotations(Class<?> annotationClass) {
        Object[] result = {null, Boolean.FALSE};
        byte[] raw = Reflection.rawAnnotations(annotationClass, Reflection.CLASS_ANNOTATIONS, 0);
        if (raw == null) {
            return result;
        }
        Reader r = new Reader(raw);
        int count = r.u2();
        for (int i = 0; i < count; i++) {
            String type = Reflection.cpUtf8(annotationClass, r.u2());
            int pairs = r.u2();
            for (int p = 0; p < pairs; p++) {
                String name = Reflection.cpUtf8(annotationClass, r.u2());
                if (type.equals("Ljava/lang/annotation/Retention;") && name.equals("value") && peekTag(r) == 'e') {
                    r.u1();
                    r.u2();
                    result[0] = Reflection.cpUtf8(annotationClass, r.u2());
                } else {
                    skipMemberValue(r);
                }
            }
            if (type.equals("Ljava/lang/annotation/Inherited;")) {
                result[1] = Boolean.TRUE;
            }
        }
        return result;
    }

    private static int peekTag(Reader r) {
        return r.bytes[r.pos] & 0xFF;
    }

    // ---- Annotations ----

    @SuppressWarnings("unchecked")
    private static Annotation parseAnnotation(Reader r, Class<?> container, boolean failOnMissingType) {
        String descriptor = Reflection.cpUtf8(container, r.u2());
        Class<?> annotationClass;
        try {
            annotationClass = Reflection.typeFromDescriptor(descriptor, container);
        } catch (NoClassDefFoundError e) {
            if (failOnMissingType) {
                throw new TypeNotPresentException(typeName(descriptor), e);
            }
            skipPairs(r);
            return null;
        }
        if (!annotationClass.isAnnotation()) {
            skipPairs(r);
            return null;
        }
        AnnotationType type = AnnotationType.getInstance((Class<? extends Annotation>) annotationClass);
        Map<String, Class<?>> memberTypes = type.memberTypes();
        Map<String, Object> memberValues = new LinkedHashMap<>(type.memberDefaults());
        int pairs = r.u2();
        for (int i = 0; i < pairs; i++) {
            String name = Reflection.cpUtf8(container, r.u2());
            Class<?> memberType = memberTypes.get(name);
            if (memberType == null) {
                skipMemberValue(r);
            } else {
                Object value = parseMemberValue(memberType, r, container);
                if (value instanceof ExceptionProxy) {
                    ((ExceptionProxy) value).setMember(type.members().get(name));
                }
                memberValues.put(name, value);
            }
        }
        return annotationForMap((Class<? extends Annotation>) annotationClass, memberValues);
    }

    public static Annotation annotationForMap(Class<? extends Annotation> type, Map<String, Object> memberValues) {
        return (Annotation) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new AnnotationInvocationHandler(type, memberValues));
    }

    private static String typeName(String descriptor) {
        if (descriptor.startsWith("L") && descriptor.endsWith(";")) {
            descriptor = descriptor.substring(1, descriptor.length() - 1);
        }
        return descriptor.replace('/', '.');
    }

    // ---- Element values ----

    private static Object parseMemberValue(Class<?> memberType, Reader r, Class<?> container) {
        int tag = r.u1();
        Object result;
        switch (tag) {
            case 'e':
                result = parseEnumValue(memberType, r, container);
                break;
            case 'c':
                result = parseClassValue(r, container);
                break;
            case '@':
                result = parseAnnotation(r, container, true);
                break;
            case '[':
                return parseArray(memberType, r, container);
            default:
                result = parseConst(tag, r, container);
                break;
        }
        if (!(result instanceof ExceptionProxy) && !AnnotationType.invocationHandlerReturnType(memberType).isInstance(result)) {
            result = ExceptionProxy.typeMismatch(foundTypeDescription(result));
        }
        return result;
    }

    private static String foundTypeDescription(Object value) {
        if (value instanceof Annotation) {
            return "@" + ((Annotation) value).annotationType().getName();
        }
        return value.getClass().getName() + "[" + value + "]";
    }

    private static Object parseConst(int tag, Reader r, Class<?> container) {
        int index = r.u2();
        switch (tag) {
            case 'B': return (byte) Reflection.cpInt(container, index);
            case 'C': return (char) Reflection.cpInt(container, index);
            case 'D': return Reflection.cpDouble(container, index);
            case 'F': return Reflection.cpFloat(container, index);
            case 'I': return Reflection.cpInt(container, index);
            case 'J': return Reflection.cpLong(container, index);
            case 'S': return (short) Reflection.cpInt(container, index);
            case 'Z': return Reflection.cpInt(container, index) != 0;
            case 's': return Reflection.cpUtf8(container, index);
            default:
                throw new java.lang.annotation.AnnotationFormatError("Invalid member-value tag in annotation: " + tag);
        }
    }

    private static Object parseClassValue(Reader r, Class<?> container) {
        String descriptor = Reflection.cpUtf8(container, r.u2());
        try {
            return Reflection.typeFromDescriptor(descriptor, container);
        } catch (NoClassDefFoundError e) {
            return ExceptionProxy.typeNotPresent(typeName(descriptor), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseEnumValue(Class<?> enumType, Reader r, Class<?> container) {
        String typeDescriptor = Reflection.cpUtf8(container, r.u2());
        String constName = Reflection.cpUtf8(container, r.u2());
        if (!enumType.isEnum() || !typeDescriptor.equals(enumType.descriptorString())) {
            return ExceptionProxy.typeMismatch(typeName(typeDescriptor) + "." + constName);
        }
        try {
            return Enum.valueOf((Class) enumType, constName);
        } catch (IllegalArgumentException e) {
            return ExceptionProxy.enumConstantNotPresent((Class<? extends Enum<?>>) enumType, constName);
        }
    }

    private static Object parseArray(Class<?> arrayType, Reader r, Class<?> container) {
        int length = r.u2();
        if (!arrayType.isArray()) {
            for (int i = 0; i < length; i++) {
                skipMemberValue(r);
            }
            return ExceptionProxy.typeMismatch("Array with component tag");
        }
        Class<?> componentType = arrayType.getComponentType();
        Object result = Array.newInstance(componentType, length);
        ExceptionProxy problem = null;
        for (int i = 0; i < length; i++) {
            Object value = parseMemberValue(componentType, r, container);
            if (value instanceof ExceptionProxy) {
                problem = (ExceptionProxy) value;
            } else if (problem == null) {
                Array.set(result, i, value);
            }
        }
        return problem != null ? problem : result;
    }

    // ---- Skipping ----

    private static void skipPairs(Reader r) {
        int pairs = r.u2();
        for (int i = 0; i < pairs; i++) {
            r.u2();
            skipMemberValue(r);
        }
    }

    private static void skipMemberValue(Reader r) {
        int tag = r.u1();
        switch (tag) {
            case 'e':
                r.u2();
                r.u2();
                break;
            case '@':
                r.u2();
                skipPairs(r);
                break;
            case '[':
                int length = r.u2();
                for (int i = 0; i < length; i++) {
                    skipMemberValue(r);
                }
                break;
            default:
                r.u2();
                break;
        }
    }

    /** Used for Method objects in ExceptionProxy messages. */
    static Method memberOf(AnnotationType type, String name) {
        return type.members().get(name);
    }
}
