// The behaviour of every annotation instance (a Proxy of the annotation interface): element
// values from a name-to-value map, and equals, hashCode and toString as java.lang.annotation.
// Annotation specifies them, with toString in HotSpot 17's format (@Name(a=1, b="x")).
package jdk.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.annotation.IncompleteAnnotationException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;

final class AnnotationInvocationHandler implements InvocationHandler {

    private final Class<? extends Annotation> type;
    private final Map<String, Object> memberValues;

    AnnotationInvocationHandler(Class<? extends Annotation> type, Map<String, Object> memberValues) {
        this.type = type;
        this.memberValues = memberValues;
    }

    public Object invoke(Object proxy, Method method, Object[] args) {
        String member = method.getName();
        int parameterCount = method.getParameterCount();
        if (parameterCount == 1 && member.equals("equals") && method.getParameterTypes()[0] == Object.class) {
            return equalsImpl(proxy, args[0]);
        }
        if (parameterCount != 0) {
            throw new AssertionError("Too many parameters for an annotation method");
        }
        if (member.equals("toString")) {
            return toStringImpl();
        }
        if (member.equals("hashCode")) {
            return hashCodeImpl();
        }
        if (member.equals("annotationType")) {
            return type;
        }
        Object result = memberValues.get(member);
        if (result == null) {
            throw new IncompleteAnnotationException(type, member);
        }
        if (result instanceof ExceptionProxy) {
            throw ((ExceptionProxy) result).generateException();
        }
        if (result.getClass().isArray() && Array.getLength(result) != 0) {
            result = cloneArray(result);
        }
        return result;
    }

    private static Object cloneArray(Object array) {
        if (array instanceof byte[]) return ((byte[]) array).clone();
        if (array instanceof char[]) return ((char[]) array).clone();
        if (array instanceof double[]) return ((double[]) array).clone();
        if (array instanceof float[]) return ((float[]) array).clone();
        if (array instanceof int[]) return ((int[]) array).clone();
        if (array instanceof long[]) return ((long[]) array).clone();
        if (array instanceof short[]) return ((short[]) array).clone();
        if (array instanceof boolean[]) return ((boolean[]) array).clone();
        return ((Object[]) array).clone();
    }

    // ---- toString ----

    private String toStringImpl() {
        StringBuilder result = new StringBuilder(128);
        result.append('@').append(type.getName()).append('(');
        boolean first = true;
        boolean loneValue = memberValues.size() == 1;
        for (Map.Entry<String, Object> e : memberValues.entrySet()) {
            if (!first) {
                result.append(", ");
            }
            first = false;
            String key = e.getKey();
            if (!loneValue || !"value".equals(key)) {
                result.append(key).append('=');
            }
            loneValue = false;
            result.append(memberValueToString(e.getValue()));
        }
        return result.append(')').toString();
    }

    private static String memberValueToString(Object value) {
        Class<?> c = value.getClass();
        if (!c.isArray()) {
            if (c == Class.class) return toSourceString((Class<?>) value);
            if (c == String.class) return toSourceString((String) value);
            if (c == Character.class) return toSourceString((char) (Character) value);
            if (c == Double.class) return toSourceString((double) (Double) value);
            if (c == Float.class) return toSourceString((float) (Float) value);
            if (c == Long.class) return value + "L";
            if (c == Byte.class) return toSourceString((byte) (Byte) value);
            if (value instanceof Enum) return ((Enum<?>) value).name();
            return value.toString();
        }
        StringBuilder sb = new StringBuilder("{");
        int length = Array.getLength(value);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(memberValueToString(Array.get(value, i)));
        }
        return sb.append('}').toString();
    }

    private static String toSourceString(Class<?> clazz) {
        Class<?> finalComponent = clazz;
        StringBuilder brackets = new StringBuilder();
        while (finalComponent.isArray()) {
            finalComponent = finalComponent.getComponentType();
            brackets.append("[]");
        }
        return finalComponent.getName() + brackets + ".class";
    }

    private static String toSourceString(float f) {
        if (Float.isFinite(f)) {
            return Float.toString(f) + "f";
        }
        if (Float.isInfinite(f)) {
            return f < 0.0f ? "-1.0f/0.0f" : "1.0f/0.0f";
        }
        return "0.0f/0.0f";
    }

    private static String toSourceString(double d) {
        if (Double.isFinite(d)) {
            return Double.toString(d);
        }
        if (Double.isInfinite(d)) {
            return d < 0.0 ? "-1.0/0.0" : "1.0/0.0";
        }
        return "0.0/0.0";
    }

    private static String toSourceString(char c) {
        return "'" + quote(c) + "'";
    }

    private static String toSourceString(byte b) {
        String hex = Integer.toHexString(b & 0xFF);
        return "(byte)0x" + (hex.length() == 1 ? "0" + hex : hex);
    }

    private static String toSourceString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            sb.append(quote(s.charAt(i)));
        }
        return sb.append('"').toString();
    }

    private static String quote(char ch) {
        switch (ch) {
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\'': return "\\'";
            case '"': return "\\\"";
            case '\\': return "\\\\";
            default:
                if (ch >= ' ' && ch <= '~') {
                    return String.valueOf(ch);
                }
                String hex = Integer.toHexString(ch);
                return "\\u" + "0000".substring(hex.length()) + hex;
        }
    }

    // ---- equals and hashCode (java.lang.annotation.Annotation) ----

    private Boolean equalsImpl(Object proxy, Object other) {
        if (other == proxy) {
            return true;
        }
        if (!type.isInstance(other)) {
            return false;
        }
        AnnotationInvocationHandler hisHandler = asOneOfUs(other);
        for (Method memberMethod : AnnotationType.getInstance(type).members().values()) {
            String member = memberMethod.getName();
            Object ourValue = memberValues.get(member);
            Object hisValue;
            if (hisHandler != null) {
                hisValue = hisHandler.memberValues.get(member);
            } else {
                try {
                    hisValue = memberMethod.invoke(other);
                } catch (InvocationTargetException e) {
                    return false;
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
            if (!memberValueEquals(ourValue, hisValue)) {
                return false;
            }
        }
        return true;
    }

    private AnnotationInvocationHandler asOneOfUs(Object o) {
        if (Proxy.isProxyClass(o.getClass())) {
            InvocationHandler handler = Proxy.getInvocationHandler(o);
            if (handler instanceof AnnotationInvocationHandler) {
                return (AnnotationInvocationHandler) handler;
            }
        }
        return null;
    }

    private static boolean memberValueEquals(Object v1, Object v2) {
        if (v1 == null || v2 == null) {
            return v1 == v2;
        }
        Class<?> type = v1.getClass();
        if (!type.isArray()) {
            return v1.equals(v2);
        }
        if (v1 instanceof Object[] && v2 instanceof Object[]) {
            return Arrays.equals((Object[]) v1, (Object[]) v2);
        }
        if (v2.getClass() != type) {
            return false;
        }
        if (type == byte[].class) return Arrays.equals((byte[]) v1, (byte[]) v2);
        if (type == char[].class) return Arrays.equals((char[]) v1, (char[]) v2);
        if (type == double[].class) return Arrays.equals((double[]) v1, (double[]) v2);
        if (type == float[].class) return Arrays.equals((float[]) v1, (float[]) v2);
        if (type == int[].class) return Arrays.equals((int[]) v1, (int[]) v2);
        if (type == long[].class) return Arrays.equals((long[]) v1, (long[]) v2);
        if (type == short[].class) return Arrays.equals((short[]) v1, (short[]) v2);
        return Arrays.equals((boolean[]) v1, (boolean[]) v2);
    }

    private int hashCodeImpl() {
        int result = 0;
        for (Map.Entry<String, Object> e : memberValues.entrySet()) {
            result += (127 * e.getKey().hashCode()) ^ memberValueHashCode(e.getValue());
        }
        return result;
    }

    private static int memberValueHashCode(Object value) {
        Class<?> type = value.getClass();
        if (!type.isArray()) {
            return value.hashCode();
        }
        if (type == byte[].class) return Arrays.hashCode((byte[]) value);
        if (type == char[].class) return Arrays.hashCode((char[]) value);
        if (type == double[].class) return Arrays.hashCode((double[]) value);
        if (type == float[].class) return Arrays.hashCode((float[]) value);
        if (type == int[].class) return Arrays.hashCode((int[]) value);
        if (type == long[].class) return Arrays.hashCode((long[]) value);
        if (type == short[].class) return Arrays.hashCode((short[]) value);
        if (type == boolean[].class) return Arrays.hashCode((boolean[]) value);
        return Arrays.hashCode((Object[]) value);
    }
}
