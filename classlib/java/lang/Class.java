// Class mirrors: naming, hierarchy queries, enum constants and array types. The VM allocates
// mirrors without running a constructor and injects a hidden field pointing at its own class data.
package java.lang;

import java.util.HashMap;
import java.util.Map;

public final class Class<T> implements java.io.Serializable, java.lang.reflect.Type {

    private static final int ANNOTATION = 0x00002000;
    private static final int ENUM = 0x00004000;
    private static final int SYNTHETIC = 0x00001000;

    // Caches, all filled lazily: mirrors are created by the VM with every field null.
    private transient String name;
    private transient T[] enumConstants;
    private transient Map<String, T> enumConstantDirectory;

    private Class() {}

    // ---- Natives (see classlib/README.md) ----

    private native String initClassName();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native Class<? super T> getSuperclass();

    public native Class<?> getComponentType();

    public native int getModifiers();

    private native Class<?>[] getInterfaces0();

    private native String getSimpleBinaryName0();

    private native Class<?> getDeclaringClass0();

    static native Class<?> getPrimitiveClass(String name);

    /** Loads through loader, or (while islet has no ClassLoader objects) through caller's loader. */
    private static native Class<?> forName0(String name, boolean initialize, ClassLoader loader,
            Class<?> caller) throws ClassNotFoundException;

    private static native Class<?> callerClass0();

    public native boolean desiredAssertionStatus();

    private native Object[] getEnumConstants0();

    native ClassLoader getClassLoader0();

    // ---- Loading ----

    public static Class<?> forName(String className) throws ClassNotFoundException {
        if (className == null) {
            throw new NullPointerException();
        }
        Class<?> caller = callerClass0();
        ClassLoader loader = caller == null ? null : caller.getClassLoader0();
        return forName0(className, true, loader, caller);
    }

    public static Class<?> forName(String name, boolean initialize, ClassLoader loader)
            throws ClassNotFoundException {
        if (name == null) {
            throw new NullPointerException();
        }
        return forName0(name, initialize, loader, callerClass0());
    }

    public ClassLoader getClassLoader() {
        return getClassLoader0();
    }

    // ---- Names ----

    public String getName() {
        String n = name;
        if (n == null) {
            n = initClassName();
            name = n;
        }
        return n;
    }

    public String toString() {
        String kind = isInterface() ? "interface " : isPrimitive() ? "" : "class ";
        return kind + getName();
    }

    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        if (isPrimitive()) {
            return getName();
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            String n = getName();
            return n.substring(n.lastIndexOf('.') + 1);
        }
        return simple;
    }

    public String getTypeName() {
        if (isArray()) {
            Class<?> element = this;
            int dimensions = 0;
            while (element.isArray()) {
                dimensions++;
                element = element.getComponentType();
            }
            StringBuilder sb = new StringBuilder(element.getName());
            for (int i = 0; i < dimensions; i++) {
                sb.append("[]");
            }
            return sb.toString();
        }
        return getName();
    }

    public String getCanonicalName() {
        if (isArray()) {
            String component = getComponentType().getCanonicalName();
            return component == null ? null : component + "[]";
        }
        if (isPrimitive()) {
            return getName();
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            return getName();
        }
        Class<?> declaring = getDeclaringClass0();
        if (declaring == null) {
            return null; // local or anonymous
        }
        String outer = declaring.getCanonicalName();
        return outer == null ? null : outer + "." + simple;
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String n = c.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot).intern();
    }

    public String descriptorString() {
        if (isPrimitive()) {
            switch (getName()) {
                case "int": return "I";
                case "long": return "J";
                case "boolean": return "Z";
                case "byte": return "B";
                case "char": return "C";
                case "short": return "S";
                case "float": return "F";
                case "double": return "D";
                default: return "V";
            }
        }
        if (isArray()) {
            return "[" + getComponentType().descriptorString();
        }
        return "L" + getName().replace('.', '/') + ";";
    }

    // ---- Nesting ----

    public boolean isAnonymousClass() {
        return !isArray() && !isPrimitive() && "".equals(getSimpleBinaryName0());
    }

    public boolean isLocalClass() {
        if (isArray() || isPrimitive()) {
            return false;
        }
        String simple = getSimpleBinaryName0();
        return simple != null && !simple.isEmpty() && getDeclaringClass0() == null;
    }

    public boolean isMemberClass() {
        return !isArray() && !isPrimitive() && getSimpleBinaryName0() != null
                && getDeclaringClass0() != null;
    }

    public Class<?> getDeclaringClass() {
        if (isArray() || isPrimitive()) {
            return null;
        }
        return getDeclaringClass0();
    }

    /**
     * Member classes know their declaring class; for local and anonymous classes islet does
     * not read the EnclosingMethod attribute yet and derives the enclosing class from javac's
     * binary naming scheme (Outer$1, Outer$1Local).
     */
    public Class<?> getEnclosingClass() {
        if (isArray() || isPrimitive()) {
            return null;
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            return null;
        }
        Class<?> declaring = getDeclaringClass0();
        if (declaring != null) {
            return declaring;
        }
        String n = getName();
        int dollar = n.lastIndexOf('$');
        if (dollar < 0) {
            return null;
        }
        try {
            return forName0(n.substring(0, dollar), false, getClassLoader0(), this);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    // ---- Hierarchy and kinds ----

    public Class<?>[] getInterfaces() {
        Class<?>[] interfaces = getInterfaces0();
        return interfaces.clone();
    }

    public boolean isAnnotation() {
        return (getModifiers() & ANNOTATION) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & SYNTHETIC) != 0;
    }

    public boolean isEnum() {
        return (getModifiers() & ENUM) != 0 && getSuperclass() == Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class && (getModifiers() & java.lang.reflect.Modifier.FINAL) != 0;
    }

    public Class<?> componentType() {
        return isArray() ? getComponentType() : null;
    }

    public Class<?> arrayType() {
        if (this == void.class) {
            throw new IllegalArgumentException();
        }
        String arrayName;
        if (isPrimitive()) {
            arrayName = "[" + descriptorString();
        } else if (isArray()) {
            arrayName = "[" + getName();
        } else {
            arrayName = "[L" + getName() + ";";
        }
        try {
            return forName0(arrayName, false, getClassLoader0(), this);
        } catch (ClassNotFoundException e) {
            throw new InternalError(e);
        }
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this)) {
            return (Class<? extends U>) this;
        }
        throw new ClassCastException(this.toString());
    }

    // ---- Enums ----

    public T[] getEnumConstants() {
        T[] constants = getEnumConstantsShared();
        return constants == null ? null : constants.clone();
    }

    /** The shared, never-modified array of an enum's constants, or null for other classes. */
    @SuppressWarnings("unchecked")
    T[] getEnumConstantsShared() {
        T[] constants = enumConstants;
        if (constants == null) {
            if (!isEnum()) {
                return null;
            }
            constants = (T[]) getEnumConstants0();
            enumConstants = constants;
        }
        return constants;
    }

    /** Name to constant, used by Enum.valueOf. */
    Map<String, T> enumConstantDirectory() {
        Map<String, T> directory = enumConstantDirectory;
        if (directory == null) {
            T[] universe = getEnumConstantsShared();
            if (universe == null) {
                throw new IllegalArgumentException(getName() + " is not an enum class");
            }
            directory = new HashMap<>((int) (universe.length / 0.75f) + 1);
            for (T constant : universe) {
                directory.put(((Enum<?>) constant).name(), constant);
            }
            enumConstantDirectory = directory;
        }
        return directory;
    }
}
