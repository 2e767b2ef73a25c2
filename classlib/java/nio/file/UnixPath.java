// The Path of a Unix file system: the normalized string (no duplicate or trailing slashes)
// and its name elements. Ordering and hash codes go over the UTF-8 bytes, as HotSpot's do.
package java.nio.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import jdk.internal.io.NativeFiles;

final class UnixPath implements Path {

    private final String path;
    /** The name elements; one empty name for the empty path, none for "/". */
    private final String[] names;
    private byte[] bytes;
    private int hash;

    UnixPath(String input) {
        this.path = normalizeAndCheck(input);
        this.names = split(path);
    }

    private static String normalizeAndCheck(String input) {
        StringBuilder sb = new StringBuilder(input.length());
        char previous = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\u0000') {
                throw new InvalidPathException(input, "Nul character not allowed");
            }
            if (c == '/' && previous == '/') {
                continue;
            }
            sb.append(c);
            previous = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    private static String[] split(String p) {
        if (p.isEmpty()) {
            return new String[] {""};
        }
        ArrayList<String> parts = new ArrayList<>();
        int start = p.startsWith("/") ? 1 : 0;
        while (start < p.length()) {
            int slash = p.indexOf('/', start);
            int end = slash < 0 ? p.length() : slash;
            parts.add(p.substring(start, end));
            start = end + 1;
        }
        return parts.toArray(new String[0]);
    }

    private static UnixPath join(boolean absolute, java.util.List<String> parts, int from, int to) {
        StringBuilder sb = new StringBuilder();
        if (absolute) {
            sb.append('/');
        }
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append('/');
            }
            sb.append(parts.get(i));
        }
        return new UnixPath(sb.toString());
    }

    private java.util.List<String> nameList() {
        return java.util.Arrays.asList(names);
    }

    private static UnixPath toUnixPath(Path other) {
        if (other == null) {
            throw new NullPointerException();
        }
        if (!(other instanceof UnixPath)) {
            throw new ProviderMismatchException();
        }
        return (UnixPath) other;
    }

    private boolean isEmpty() {
        return path.isEmpty();
    }

    @Override
    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    @Override
    public Path getRoot() {
        return isAbsolute() ? new UnixPath("/") : null;
    }

    @Override
    public Path getFileName() {
        if (isEmpty()) {
            return this;
        }
        if (names.length == 0) {
            return null;
        }
        if (names.length == 1 && !isAbsolute()) {
            return this;
        }
        return new UnixPath(names[names.length - 1]);
    }

    @Override
    public Path getParent() {
        if (names.length == 0 || (names.length == 1 && !isAbsolute())) {
            return null;
        }
        return join(isAbsolute(), nameList(), 0, names.length - 1);
    }

    @Override
    public int getNameCount() {
        return names.length;
    }

    @Override
    public Path getName(int index) {
        if (index < 0 || index >= names.length) {
            throw new IllegalArgumentException();
        }
        return new UnixPath(names[index]);
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex >= names.length || endIndex > names.length || beginIndex >= endIndex) {
            throw new IllegalArgumentException();
        }
        return join(false, nameList(), beginIndex, endIndex);
    }

    @Override
    public boolean startsWith(Path other) {
        UnixPath that = toUnixPath(other);
        if (that.isAbsolute() != isAbsolute() || that.names.length > names.length) {
            return false;
        }
        if (that.isEmpty()) {
            return isEmpty();
        }
        for (int i = 0; i < that.names.length; i++) {
            if (!that.names[i].equals(names[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean endsWith(Path other) {
        UnixPath that = toUnixPath(other);
        if (that.isAbsolute()) {
            return equals(that);
        }
        if (that.isEmpty()) {
            return isEmpty();
        }
        if (that.names.length > names.length) {
            return false;
        }
        int offset = names.length - that.names.length;
        for (int i = 0; i < that.names.length; i++) {
            if (!that.names[i].equals(names[offset + i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path normalize() {
        ArrayList<String> kept = new ArrayList<>();
        for (String name : names) {
            if (name.equals(".") || name.isEmpty()) {
                continue;
            }
            if (name.equals("..")) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).equals("..")) {
                    kept.remove(kept.size() - 1);
                    continue;
                }
                if (isAbsolute()) {
                    continue; // ".." of the root is the root
                }
            }
            kept.add(name);
        }
        return join(isAbsolute(), kept, 0, kept.size());
    }

    @Override
    public Path resolve(Path other) {
        UnixPath that = toUnixPath(other);
        if (that.isAbsolute()) {
            return that;
        }
        if (that.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return that;
        }
        return new UnixPath(path.equals("/") ? "/" + that.path : path + "/" + that.path);
    }

    @Override
    public Path relativize(Path other) {
        UnixPath that = toUnixPath(other);
        if (that.equals(this)) {
            return new UnixPath("");
        }
        if (isAbsolute() != that.isAbsolute()) {
            throw new IllegalArgumentException("'other' is different type of Path");
        }
        if (isEmpty()) {
            return that;
        }
        int common = 0;
        int limit = Math.min(names.length, that.names.length);
        while (common < limit && names[common].equals(that.names[common])) {
            common++;
        }
        ArrayList<String> parts = new ArrayList<>();
        for (int i = common; i < names.length; i++) {
            parts.add("..");
        }
        for (int i = common; i < that.names.length; i++) {
            if (!that.names[i].isEmpty()) {
                parts.add(that.names[i]);
            }
        }
        return join(false, parts, 0, parts.size());
    }

    @Override
    public Path toAbsolutePath() {
        if (isAbsolute()) {
            return this;
        }
        String cwd = System.getProperty("user.dir");
        return isEmpty() ? new UnixPath(cwd) : new UnixPath(cwd + "/" + path);
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        String real = NativeFiles.realpath0(toAbsolutePath().toString());
        if (real == null) {
            throw new NoSuchFileException(path);
        }
        return new UnixPath(real);
    }

    private byte[] bytes() {
        if (bytes == null) {
            bytes = path.getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    @Override
    public int compareTo(Path other) {
        byte[] a = bytes();
        byte[] b = ((UnixPath) other).bytes();
        int n = Math.min(a.length, b.length);
        for (int k = 0; k < n; k++) {
            if (a[k] != b[k]) {
                return (a[k] & 0xff) - (b[k] & 0xff);
            }
        }
        return a.length - b.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnixPath && compareTo((UnixPath) other) == 0;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (byte b : bytes()) {
                h = 31 * h + (b & 0xff);
            }
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return path;
    }
}
