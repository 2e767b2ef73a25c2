// An entity with a type descriptor string (Class, MethodType); referenced by bootstrap methods.
package java.lang.invoke;

public interface TypeDescriptor {
    String descriptorString();
}
