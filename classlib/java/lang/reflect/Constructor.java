// A reflected constructor: description, toString forms and newInstance with HotSpot 17's checks.
package java.lang.reflect;

import jdk.internal.reflect.Reflection;

public final class Constructor<T> extends Executable {

    Constructor(Class<T> clazz, int slot) {
        super(clazz, slot);
    }

    Constructor(Constructor<T> root) {
        super(root);
    }

    @SuppressWarnings("unchecked")
    public Class<T> getDeclaringClass() {
        return (Class<T>) clazz;
    }

    public String getName() {
        return clazz.getName();
    }

    @SuppressWarnings("unchecked")
    public T newInstance(Object... initargs) throws InstantiationException, IllegalAccessException,
            IllegalArgumentException, InvocationTargetException {
        if (!override) {
            Reflection.checkMemberAccess(Reflection.getCallerClass(), clazz, modifiers);
        }
        if ((clazz.getModifiers() & Modifier.ENUM) != 0) {
            throw new IllegalArgumentException("Cannot reflectively create enum objects");
        }
        if (Modifier.isAbstract(clazz.getModifiers())) {
            throw new InstantiationException();
        }
        Object[] converted = Reflection.convertArguments(parameterTypes, initargs);
        Reflection.ensureInitialized(clazz);
        try {
            return (T) Reflection.newInstance(clazz, slot, converted);
        } catch (Throwable t) {
            throw new InvocationTargetException(t);
        }
    }

    public boolean equals(Object obj) {
        if (obj instanceof Constructor) {
            Constructor<?> other = (Constructor<?>) obj;
            return clazz == other.clazz && sameTypes(parameterTypes, other.parameterTypes);
        }
        return false;
    }

    public int hashCode() {
        return clazz.getName().hashCode();
    }

    public String toString() {
        return sharedToString(Modifier.constructorModifiers(), false, false);
    }

    public String toGenericString() {
        return sharedToString(Modifier.constructorModifiers(), false, true);
    }

    void specificToStringHeader(StringBuilder sb) {
        sb.append(clazz.getTypeName());
    }
}
