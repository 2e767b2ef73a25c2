// The base of Field, Method and Constructor: the "override" flag set by setAccessible, which
// switches off language access checks, and the annotation queries every member shares.
package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.util.Map;
import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.Reflection;

public class AccessibleObject implements AnnotatedElement {

    static {
        ReflectAccess.install();
    }

    boolean override;

    /** Declared annotations by type, parsed on first use and shared by copies. */
    Map<Class<? extends Annotation>, Annotation> declaredAnnotations;

    @Deprecated(since = "9")
    protected AccessibleObject() {}

    // ---- Accessibility ----

    public void setAccessible(boolean flag) {
        if (flag) {
            checkCanSetAccessible(Reflection.getCallerClass(), true);
        }
        override = flag;
    }

    public static void setAccessible(AccessibleObject[] array, boolean flag) {
        Class<?> caller = Reflection.getCallerClass();
        if (flag) {
            for (AccessibleObject ao : array) {
                ao.checkCanSetAccessible(caller, true);
            }
        }
        for (AccessibleObject ao : array) {
            ao.override = flag;
        }
    }

    public final boolean trySetAccessible() {
        if (!checkCanSetAccessible(Reflection.getCallerClass(), false)) {
            return false;
        }
        override = true;
        return true;
    }

    @Deprecated(since = "9")
    public boolean isAccessible() {
        return override;
    }

    public final boolean canAccess(Object obj) {
        Member member = (Member) this;
        if (Modifier.isStatic(member.getModifiers())) {
            if (obj != null) {
                throw new IllegalArgumentException("non-null object for " + this);
            }
        } else if (!(this instanceof Constructor) && !member.getDeclaringClass().isInstance(obj)) {
            throw new IllegalArgumentException("object is not an instance of " + member.getDeclaringClass().getName());
        }
        if (override) {
            return true;
        }
        Class<?> caller = Reflection.getCallerClass();
        return caller == member.getDeclaringClass()
                || Reflection.verifyMemberAccess(caller, member.getDeclaringClass(), member.getModifiers());
    }

    private boolean checkCanSetAccessible(Class<?> caller, boolean throwIfDenied) {
        Member member = (Member) this;
        Class<?> declaring = member.getDeclaringClass();
        if (this instanceof Constructor && declaring == Class.class) {
            if (throwIfDenied) {
                throw new SecurityException("Cannot make a java.lang.Class constructor accessible");
            }
            return false;
        }
        if (Reflection.canSetAccessible(caller, declaring, member.getModifiers())) {
            return true;
        }
        if (throwIfDenied) {
            String pkg = declaring.getPackageName();
            String what = this instanceof Field ? "field " : this instanceof Method ? "method " : "";
            throw new InaccessibleObjectException("Unable to make " + what + this + " accessible: module java.base"
                    + " does not \"opens " + pkg + "\" to unnamed module @"
                    + Integer.toHexString(System.identityHashCode(caller)));
        }
        return false;
    }

    /** Throws IllegalAccessException unless the caller may use this member. */
    final void checkAccess(Class<?> caller, Class<?> declaring, int modifiers) throws IllegalAccessException {
        if (!override) {
            Reflection.checkMemberAccess(caller, declaring, modifiers);
        }
    }

    // ---- Annotations ----

    Class<?> annotationContext() {
        return ((Member) this).getDeclaringClass();
    }

    byte[] rawAnnotations() {
        return null;
    }

    Map<Class<? extends Annotation>, Annotation> declaredAnnotationMap() {
        Map<Class<? extends Annotation>, Annotation> map = declaredAnnotations;
        if (map == null) {
            map = AnnotationParser.parseAnnotations(rawAnnotations(), annotationContext());
            declaredAnnotations = map;
        }
        return map;
    }

    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return annotationClass.cast(declaredAnnotationMap().get(annotationClass));
    }

    public boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    public Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    public Annotation[] getDeclaredAnnotations() {
        return AnnotationParser.toArray(declaredAnnotationMap());
    }

    public <T extends Annotation> T getDeclaredAnnotation(Class<T> annotationClass) {
        return getAnnotation(annotationClass);
    }
}
