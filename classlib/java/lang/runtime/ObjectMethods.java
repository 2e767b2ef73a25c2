// The bootstrap method javac uses for records' equals, hashCode and toString. The VM
// intrinsifies it; this body exists only so that records compile against this library.
package java.lang.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.TypeDescriptor;

public class ObjectMethods {

    private ObjectMethods() {}

    public static Object bootstrap(MethodHandles.Lookup lookup, String methodName, TypeDescriptor type,
            Class<?> recordClass, String names, MethodHandle... getters) throws Throwable {
        throw new UnsupportedOperationException("islet: intrinsified by the VM");
    }
}
