// The shared part of Method and Constructor: parameter and exception types, modifiers,
// the JDK's toString layout and parameter annotations.
package java.lang.reflect;

import java.lang.annotation.Annotation;
import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.Reflection;

public abstract class Executable extends AccessibleObject implements Member {

    final Class<?> clazz;
    final int slot;
    final int modifiers;
    final Class<?>[] parameterTypes;
    private Class<?>[] exceptionTypes;

    Executable(Class<?> clazz, int slot) {
        this.clazz = clazz;
        this.slot = slot;
        this.modifiers = Reflection.methodModifiers(clazz, slot);
        this.parameterTypes = Reflection.methodParameterTypes(clazz, slot);
    }

    /** A copy sharing the root's metadata, with its own accessibility flag. */
    Executable(Executable root) {
        this.clazz = root.clazz;
        this.slot = root.slot;
        this.modifiers = root.modifiers;
        this.parameterTypes = root.parameterTypes;
        this.exceptionTypes = root.exceptionTypes;
        this.declaredAnnotations = root.declaredAnnotations;
    }

    public Class<?> getDeclaringClass() {
        return clazz;
    }

    public abstract String getName();

    public int getModifiers() {
        return modifiers;
    }

    public Class<?>[] getParameterTypes() {
        return parameterTypes.clone();
    }

    public int getParameterCount() {
        return parameterTypes.length;
    }

    public Type[] getGenericParameterTypes() {
        return getParameterTypes();
    }

    public Class<?>[] getExceptionTypes() {
        return exceptionTypeArray().clone();
    }

    public Type[] getGenericExceptionTypes() {
        return getExceptionTypes();
    }

    Class<?>[] exceptionTypeArray() {
        Class<?>[] types = exceptionTypes;
        if (types == null) {
            types = Reflection.methodExceptionTypes(clazz, slot);
            exceptionTypes = types;
        }
        return types;
    }

    public boolean isVarArgs() {
        return (modifiers & Modifier.VARARGS) != 0;
    }

    public boolean isSynthetic() {
        return (modifiers & Modifier.SYNTHETIC) != 0;
    }

    public Parameter[] getParameters() {
        Parameter[] parameters = new Parameter[parameterTypes.length];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = new Parameter("arg" + i, 0, this, i);
        }
        return parameters;
    }

    public Annotation[][] getParameterAnnotations() {
        return AnnotationParser.parseParameterAnnotations(
                Reflection.rawAnnotations(clazz, Reflection.PARAMETER_ANNOTATIONS, slot), clazz,
                parameterTypes.length);
    }

    byte[] rawAnnotations() {
        return Reflection.rawAnnotations(clazz, Reflection.METHOD_ANNOTATIONS, slot);
    }

    // ---- toString ----

    String sharedToString(int modifierMask, boolean isDefault, boolean generic) {
        StringBuilder sb = new StringBuilder();
        int mod = modifiers & modifierMask;
        if (mod != 0 && !isDefault) {
            sb.append(Modifier.toString(mod)).append(' ');
        } else {
            int accessMod = mod & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE);
            if (accessMod != 0) {
                sb.append(Modifier.toString(accessMod)).append(' ');
            }
            if (isDefault) {
                sb.append("default ");
            }
            mod = mod & ~(Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE);
            if (mod != 0) {
                sb.append(Modifier.toString(mod)).append(' ');
            }
        }
        specificToStringHeader(sb);
        sb.append('(');
        for (int i = 0; i < parameterTypes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (generic && i == parameterTypes.length - 1 && isVarArgs()) {
                sb.append(parameterTypes[i].getComponentType().getTypeName()).append("...");
            } else {
                sb.append(parameterTypes[i].getTypeName());
            }
        }
        sb.append(')');
        Class<?>[] exceptions = exceptionTypeArray();
        if (exceptions.length > 0) {
            sb.append(" throws ");
            for (int i = 0; i < exceptions.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(exceptions[i].getTypeName());
            }
        }
        return sb.toString();
    }

    abstract void specificToStringHeader(StringBuilder sb);

    public abstract String toGenericString();

    static boolean sameTypes(Class<?>[] a, Class<?>[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
