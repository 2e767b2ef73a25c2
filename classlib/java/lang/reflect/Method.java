// A reflected method: its description, toString forms and Method.invoke with the argument
// conversions, checks and exception wrapping HotSpot 17 performs.
package java.lang.reflect;

import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.Reflection;

public final class Method extends Executable {

    private final String name;
    private final Class<?> returnType;

    Method(Class<?> clazz, int slot) {
        super(clazz, slot);
        this.name = Reflection.methodName(clazz, slot);
        this.returnType = Reflection.methodReturnType(clazz, slot);
    }

    Method(Method root) {
        super(root);
        this.name = root.name;
        this.returnType = root.returnType;
    }

    public String getName() {
        return name;
    }

    public Class<?> getReturnType() {
        return returnType;
    }

    public Type getGenericReturnType() {
        return returnType;
    }

    public boolean isBridge() {
        return (modifiers & Modifier.BRIDGE) != 0;
    }

    public boolean isDefault() {
        return (modifiers & (Modifier.ABSTRACT | Modifier.PUBLIC | Modifier.STATIC)) == Modifier.PUBLIC
                && clazz.isInterface();
    }

    /** The default of an annotation interface element, or null. */
    public Object getDefaultValue() {
        byte[] raw = Reflection.rawAnnotations(clazz, Reflection.ANNOTATION_DEFAULT, slot);
        return raw == null ? null : AnnotationParser.parseMemberDefault(raw, clazz, returnType);
    }

    public Object invoke(Object obj, Object... args)
            throws IllegalAccessException, IllegalArgumentException, InvocationTargetException {
        if (!override) {
            Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        }
        boolean isStatic = Modifier.isStatic(modifiers);
        if (!isStatic) {
            if (obj == null) {
                // HotSpot's own receiver check fails this way, with its helpful message.
                throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \"obj\" is null");
            }
            if (!clazz.isInstance(obj)) {
                throw new IllegalArgumentException("object is not an instance of declaring class");
            }
        }
        Object[] converted = Reflection.convertArguments(parameterTypes, args);
        if (isStatic) {
            Reflection.ensureInitialized(clazz);
        }
        try {
            return Reflection.invokeMethod(clazz, slot, obj, converted, true);
        } catch (Throwable t) {
            throw new InvocationTargetException(t);
        }
    }

    int slot() {
        return slot;
    }

    public boolean equals(Object obj) {
        if (obj instanceof Method) {
            Method other = (Method) obj;
            return clazz == other.clazz && name == other.name && returnType == other.returnType
                    && sameTypes(parameterTypes, other.parameterTypes);
        }
        return false;
    }

    public int hashCode() {
        return clazz.getName().hashCode() ^ name.hashCode();
    }

    public String toString() {
        return sharedToString(Modifier.methodModifiers(), isDefault(), false);
    }

    public String toGenericString() {
        return sharedToString(Modifier.methodModifiers(), isDefault(), true);
    }

    void specificToStringHeader(StringBuilder sb) {
        sb.append(returnType.getTypeName()).append(' ');
        sb.append(clazz.getTypeName()).append('.').append(name);
    }
}
