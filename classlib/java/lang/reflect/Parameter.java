// A parameter of a method or constructor. islet does not read MethodParameters yet, so names are
// synthesized as "argN", which is what HotSpot reports for classes compiled without -parameters.
package java.lang.reflect;

import java.lang.annotation.Annotation;

public final class Parameter implements AnnotatedElement {

    private final String name;
    private final int modifiers;
    private final Executable executable;
    private final int index;

    Parameter(String name, int modifiers, Executable executable, int index) {
        this.name = name;
        this.modifiers = modifiers;
        this.executable = executable;
        this.index = index;
    }

    public String getName() {
        return name;
    }

    public boolean isNamePresent() {
        return false;
    }

    public int getModifiers() {
        return modifiers;
    }

    public Executable getDeclaringExecutable() {
        return executable;
    }

    public Class<?> getType() {
        return executable.parameterTypes[index];
    }

    public Type getParameterizedType() {
        return getType();
    }

    public boolean isVarArgs() {
        return executable.isVarArgs() && index == executable.parameterTypes.length - 1;
    }

    public boolean isImplicit() {
        return (modifiers & Modifier.MANDATED) != 0;
    }

    public boolean isSynthetic() {
        return (modifiers & Modifier.SYNTHETIC) != 0;
    }

    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        for (Annotation a : getDeclaredAnnotations()) {
            if (a.annotationType() == annotationClass) {
                return annotationClass.cast(a);
            }
        }
        return null;
    }

    public Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    public Annotation[] getDeclaredAnnotations() {
        return executable.getParameterAnnotations()[index];
    }

    public boolean equals(Object obj) {
        return obj instanceof Parameter && ((Parameter) obj).executable.equals(executable)
                && ((Parameter) obj).index == index;
    }

    public int hashCode() {
        return executable.hashCode() ^ index;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (modifiers != 0) {
            sb.append(Modifier.toString(modifiers)).append(' ');
        }
        if (isVarArgs()) {
            sb.append(getType().getComponentType().getTypeName()).append("...");
        } else {
            sb.append(getType().getTypeName());
        }
        return sb.append(' ').append(name).toString();
    }
}
