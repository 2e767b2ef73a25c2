// Field lookup and checks shared by the Atomic*FieldUpdater classes, with the JDK's messages.
package java.util.concurrent.atomic;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

final class FieldUpdaters {

    private FieldUpdaters() {}

    static Field findField(Class<?> tclass, String fieldName) {
        try {
            return tclass.getDeclaredField(fieldName);
        } catch (NoSuchFieldException e) {
            throw new RuntimeException(e);
        }
    }

    static void checkVolatile(Field field) {
        if (!Modifier.isVolatile(field.getModifiers())) {
            throw new IllegalArgumentException("Must be volatile type");
        }
    }
}
