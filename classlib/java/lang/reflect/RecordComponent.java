// A component of a record class: name, type, accessor method and annotations, from the Record
// attribute.
package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.util.Map;
import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.Reflection;

public final class RecordComponent implements AnnotatedElement {

    private final Class<?> clazz;
    private final int index;
    private final String name;
    private final Class<?> type;
    private Map<Class<? extends Annotation>, Annotation> declaredAnnotations;

    RecordComponent(Class<?> clazz, int index) {
        this.clazz = clazz;
        this.index = index;
        this.name = Reflection.recordComponentName(clazz, index);
        this.type = Reflection.typeFromDescriptor(Reflection.recordComponentDescriptor(clazz, index), clazz);
    }

    public String getName() {
        return name;
    }

    public Class<?> getType() {
        return type;
    }

    public String getGenericSignature() {
        return Reflection.recordComponentSignature(clazz, index);
    }

    public Type getGenericType() {
        return type;
    }

    public Method getAccessor() {
        try {
            return clazz.getDeclaredMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    public Class<?> getDeclaringRecord() {
        return clazz;
    }

    private Map<Class<? extends Annotation>, Annotation> annotationMap() {
        if (declaredAnnotations == null) {
            declaredAnnotations = AnnotationParser.parseAnnotations(
                    Reflection.rawAnnotations(clazz, Reflection.RECORD_COMPONENT_ANNOTATIONS, index), clazz);
        }
        return declaredAnnotations;
    }

    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return annotationClass.cast(annotationMap().get(annotationClass));
    }

    public Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    public Annotation[] getDeclaredAnnotations() {
        return AnnotationParser.toArray(annotationMap());
    }

    public String toString() {
        return type.getTypeName() + " " + name;
    }
}
