// An annotation element value that could not be built (missing class, missing enum constant,
// element type changed since compilation): reading the element throws the matching exception.
package jdk.internal.reflect;

import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.reflect.Method;

final class ExceptionProxy {

    private enum Kind { TYPE_NOT_PRESENT, ENUM_CONSTANT_NOT_PRESENT, TYPE_MISMATCH }

    private final Kind kind;
    private final String text;
    private final Throwable cause;
    private final Class<? extends Enum<?>> enumType;
    private Method member;

    private ExceptionProxy(Kind kind, String text, Throwable cause, Class<? extends Enum<?>> enumType) {
        this.kind = kind;
        this.text = text;
        this.cause = cause;
        this.enumType = enumType;
    }

    static ExceptionProxy typeNotPresent(String typeName, Throwable cause) {
        return new ExceptionProxy(Kind.TYPE_NOT_PRESENT, typeName, cause, null);
    }

    static ExceptionProxy enumConstantNotPresent(Class<? extends Enum<?>> enumType, String constName) {
        return new ExceptionProxy(Kind.ENUM_CONSTANT_NOT_PRESENT, constName, null, enumType);
    }

    static ExceptionProxy typeMismatch(String foundType) {
        return new ExceptionProxy(Kind.TYPE_MISMATCH, foundType, null, null);
    }

    void setMember(Method member) {
        this.member = member;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    RuntimeException generateException() {
        switch (kind) {
            case TYPE_NOT_PRESENT:
                return new TypeNotPresentException(text, cause);
            case ENUM_CONSTANT_NOT_PRESENT:
                return new EnumConstantNotPresentException((Class) enumType, text);
            default:
                return new AnnotationTypeMismatchException(member, text);
        }
    }

    public String toString() {
        switch (kind) {
            case TYPE_NOT_PRESENT:
                return text + ".class /* Warning: type not present! */";
            case ENUM_CONSTANT_NOT_PRESENT:
                return text + " /* Warning: constant not present in " + enumType.getName() + " */";
            default:
                return "/* Warning type mismatch! \"" + text + "\" */";
        }
    }
}
