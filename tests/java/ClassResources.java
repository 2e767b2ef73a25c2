// Resources through Class.getResourceAsStream (relative and absolute names), ClassLoader's
// getSystemResourceAsStream and the class library's own class files; absent resources are null.
import java.io.IOException;
import java.io.InputStream;

public class ClassResources {

    static class Nested {}

    public static void main(String[] args) throws IOException {
        show("own class file, relative", ClassResources.class.getResourceAsStream("ClassResources.class"));
        show("own class file, absolute", ClassResources.class.getResourceAsStream("/ClassResources.class"));
        show("nested class from nested", Nested.class.getResourceAsStream("ClassResources$Nested.class"));
        show("system resource", ClassLoader.getSystemResourceAsStream("ClassResources$Nested.class"));
        show("class library through the system loader",
                ClassLoader.getSystemResourceAsStream("java/lang/Object.class"));
        show("String.class from String", String.class.getResourceAsStream("String.class"));
        show("absolute from java.lang", Integer.class.getResourceAsStream("/java/util/List.class"));
        show("missing", ClassResources.class.getResourceAsStream("no-such-resource.txt"));
        show("missing absolute", ClassResources.class.getResourceAsStream("/no/such/Thing.class"));
        show("missing system", ClassLoader.getSystemResourceAsStream("nothing/here"));
        show("leading slash to the system loader", ClassLoader.getSystemResourceAsStream("/ClassResources.class"));
        show("a directory", ClassLoader.getSystemResourceAsStream("java"));
        show("outside the class path", ClassLoader.getSystemResourceAsStream("../ClassResources.class"));
        show("a NUL inside", ClassLoader.getSystemResourceAsStream("ClassResources.class\0.txt"));
        try {
            ClassLoader.getSystemResourceAsStream(null);
        } catch (NullPointerException e) {
            System.out.println("null name: NullPointerException");
        }
        // A loader of our own (parent: none) still sees the class library's files, not -cp.
        ClassLoader own = new ClassLoader(null) {};
        show("own loader, class library", own.getResourceAsStream("java/lang/String.class"));
        show("own loader, class path", own.getResourceAsStream("ClassResources.class"));
    }

    static void show(String what, InputStream in) throws IOException {
        if (in == null) {
            System.out.println(what + ": null");
            return;
        }
        try (in) {
            byte[] head = new byte[4];
            int n = in.readNBytes(head, 0, 4);
            int size = n;
            while (in.read() != -1) {
                size++;
            }
            System.out.printf("%s: %d bytes read, magic %02x%02x%02x%02x, size > 100 %b%n", what, n,
                    head[0], head[1], head[2], head[3], size > 100);
        }
    }
}
