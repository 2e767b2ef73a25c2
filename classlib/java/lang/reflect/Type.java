// The common superinterface of all types in the Java language (Class implements it).
package java.lang.reflect;

public interface Type {
    default String getTypeName() {
        return toString();
    }
}
