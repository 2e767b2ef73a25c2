// Elements that may carry runtime-visible annotations (classes, fields, methods, constructors,
// record components), with the JDK's default methods.
package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

public interface AnnotatedElement {

    default boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    <T extends Annotation> T getAnnotation(Class<T> annotationClass);

    Annotation[] getAnnotations();

    Annotation[] getDeclaredAnnotations();

    default <T extends Annotation> T getDeclaredAnnotation(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        for (Annotation a : getDeclaredAnnotations()) {
            if (annotationClass.equals(a.annotationType())) {
                return annotationClass.cast(a);
            }
        }
        return null;
    }

    default <T extends Annotation> T[] getDeclaredAnnotationsByType(Class<T> annotationClass) {
        return byType(getDeclaredAnnotations(), annotationClass);
    }

    default <T extends Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        return byType(getAnnotations(), annotationClass);
    }

    /** Direct annotations of the type, or else the ones held by its @Repeatable container. */
    @SuppressWarnings("unchecked")
    private static <T extends Annotation> T[] byType(Annotation[] annotations, Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        List<T> found = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.annotationType() == annotationClass) {
                found.add(annotationClass.cast(a));
            }
        }
        java.lang.annotation.Repeatable repeatable =
                annotationClass.getDeclaredAnnotation(java.lang.annotation.Repeatable.class);
        if (found.isEmpty() && repeatable != null) {
            for (Annotation a : annotations) {
                if (a.annotationType() == repeatable.value()) {
                    try {
                        Method value = a.annotationType().getMethod("value");
                        value.setAccessible(true);
                        Object contained = value.invoke(a);
                        for (Object element : (Object[]) contained) {
                            found.add(annotationClass.cast(element));
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new InternalError(e);
                    }
                }
            }
        }
        T[] result = (T[]) Array.newInstance(annotationClass, found.size());
        return found.toArray(result);
    }
}
