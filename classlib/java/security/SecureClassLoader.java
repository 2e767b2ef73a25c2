// A class loader that defines classes with a code source. islet keeps no per-class protection
// domain, so the code source only travels as far as defineClass.
package java.security;

import java.nio.ByteBuffer;

public class SecureClassLoader extends ClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    protected SecureClassLoader(ClassLoader parent) {
        super(parent);
    }

    protected SecureClassLoader() {
        super();
    }

    protected SecureClassLoader(String name, ClassLoader parent) {
        super(name, parent);
    }

    protected final Class<?> defineClass(String name, byte[] b, int off, int len, CodeSource cs) {
        return defineClass(name, b, off, len, domainOf(cs));
    }

    protected final Class<?> defineClass(String name, ByteBuffer b, CodeSource cs) {
        return defineClass(name, b, domainOf(cs));
    }

    private static ProtectionDomain domainOf(CodeSource cs) {
        return cs == null ? null : new ProtectionDomain(cs, null);
    }
}
