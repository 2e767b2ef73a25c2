// Resources of the builtin loaders: files found by name on the bootstrap path (the class
// library) and on the application class path (-cp directories and jars), as HotSpot's builtin
// loaders find them. A resource is read whole when it is opened (class-path resources are small:
// properties, manifests, class files). URLs (getResource) are not offered: islet has no java.net.
package jdk.internal.loader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

public final class ClassPathResources {

    private ClassPathResources() {}

    /** The bytes of `name` on the bootstrap path, then, if applicationPath, on -cp; null if absent. */
    private static native byte[] read0(String name, boolean applicationPath);

    /** The bootstrap loader's resource `name` ("a/b/c.txt"), or null. */
    public static InputStream boot(String name) {
        return open(read0(name, false));
    }

    /** The application loader's resource `name`: the bootstrap path first, then -cp; or null. */
    public static InputStream application(String name) {
        return open(read0(name, true));
    }

    private static InputStream open(byte[] bytes) {
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }
}
