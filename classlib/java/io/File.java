// An abstract path name on a Unix file system, normalized as HotSpot's UnixFileSystem does
// (no duplicate or trailing slashes), with queries and updates through NativeFiles.
package java.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;
import jdk.internal.io.NativeFiles;

public class File implements Serializable, Comparable<File> {

    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;
    /** 1 for absolute paths (the leading slash), 0 otherwise. */
    private final transient int prefixLength;

    private File(String normalizedPath, boolean alreadyNormalized) {
        this.path = normalizedPath;
        this.prefixLength = normalizedPath.startsWith("/") ? 1 : 0;
    }

    public File(String pathname) {
        if (pathname == null) {
            throw new NullPointerException();
        }
        this.path = normalize(pathname);
        this.prefixLength = path.startsWith("/") ? 1 : 0;
    }

    public File(String parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent == null) {
            this.path = normalize(child);
        } else if (parent.isEmpty()) {
            this.path = resolve("/", normalize(child));
        } else {
            this.path = resolve(normalize(parent), normalize(child));
        }
        this.prefixLength = path.startsWith("/") ? 1 : 0;
    }

    public File(File parent, String child) {
        this(parent == null ? null : parent.path, child);
    }

    /** Collapses runs of slashes and drops a trailing slash (but keeps "/"). */
    private static String normalize(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        char previous = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
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

    private static String resolve(String parent, String child) {
        if (child.isEmpty()) {
            return parent;
        }
        if (child.charAt(0) == '/') {
            return parent.equals("/") ? child : parent + child;
        }
        return parent.equals("/") ? parent + child : parent + "/" + child;
    }

    final boolean isInvalid() {
        return NativeFiles.isInvalid(path);
    }

    // ---- names ----

    public String getName() {
        return path.substring(path.lastIndexOf(separatorChar) + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf(separatorChar);
        if (index < prefixLength) {
            if (prefixLength > 0 && path.length() > prefixLength) {
                return path.substring(0, prefixLength);
            }
            return null;
        }
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p, true);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return prefixLength == 1;
    }

    public String getAbsolutePath() {
        if (isAbsolute()) {
            return path;
        }
        return resolve(System.getProperty("user.dir"), path);
    }

    public File getAbsoluteFile() {
        return new File(getAbsolutePath(), true);
    }

    /**
     * The absolute path with "." and ".." removed and, for the part that exists, symbolic links
     * resolved (realpath of the longest existing prefix, the rest appended).
     */
    public String getCanonicalPath() throws IOException {
        if (isInvalid()) {
            throw new IOException("Invalid file path");
        }
        String absolute = collapseDots(getAbsolutePath());
        String resolved = NativeFiles.realpath0(absolute);
        if (resolved != null) {
            return resolved;
        }
        int cut = absolute.length();
        while (true) {
            cut = absolute.lastIndexOf('/', cut - 1);
            if (cut <= 0) {
                return absolute;
            }
            String head = NativeFiles.realpath0(absolute.substring(0, cut));
            if (head != null) {
                return resolve(head, absolute.substring(cut + 1));
            }
        }
    }

    private static String collapseDots(String absolute) {
        ArrayList<String> parts = new ArrayList<>();
        for (String part : absolute.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(part);
        }
        return "/" + String.join("/", parts);
    }

    public File getCanonicalFile() throws IOException {
        return new File(getCanonicalPath(), true);
    }

    public Path toPath() {
        return Path.of(path);
    }

    // ---- queries ----

    private long[] stat() {
        if (isInvalid()) {
            return null;
        }
        return NativeFiles.stat(path.isEmpty() ? "" : path, true);
    }

    public boolean exists() {
        return stat() != null;
    }

    public boolean isFile() {
        long[] st = stat();
        return st != null && st[0] == NativeFiles.REGULAR;
    }

    public boolean isDirectory() {
        long[] st = stat();
        return st != null && st[0] == NativeFiles.DIRECTORY;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public long length() {
        long[] st = stat();
        return st == null ? 0L : st[1];
    }

    public long lastModified() {
        long[] st = stat();
        return st == null ? 0L : st[2];
    }

    private boolean accessible(int mode) {
        return !isInvalid() && NativeFiles.access0(path, mode) == 0;
    }

    public boolean canRead() {
        return accessible(NativeFiles.CAN_READ);
    }

    public boolean canWrite() {
        return accessible(NativeFiles.CAN_WRITE);
    }

    public boolean canExecute() {
        return accessible(NativeFiles.CAN_EXECUTE);
    }

    // ---- updates ----

    public boolean createNewFile() throws IOException {
        if (isInvalid()) {
            throw new IOException("Invalid file path");
        }
        int fd = NativeFiles.open0(path, NativeFiles.READ | NativeFiles.WRITE | NativeFiles.CREATE | NativeFiles.EXCLUSIVE, 0666);
        if (fd == -NativeFiles.EEXIST) {
            return false;
        }
        if (fd < 0) {
            throw new IOException(NativeFiles.errorText(fd));
        }
        NativeFiles.close0(fd);
        return true;
    }

    public boolean delete() {
        if (isInvalid()) {
            return false;
        }
        int r = NativeFiles.unlink0(path);
        if (r == -NativeFiles.EISDIR || r == -NativeFiles.EPERM) {
            r = NativeFiles.rmdir0(path);
        }
        return r == 0;
    }

    public void deleteOnExit() {
        DeleteOnExit.add(getAbsolutePath());
    }

    /** Paths to delete when the VM shuts down, most recently registered first. */
    private static final class DeleteOnExit {
        private static ArrayList<String> paths;

        static synchronized void add(String path) {
            if (paths == null) {
                paths = new ArrayList<>();
                Runtime.getRuntime().addShutdownHook(new Thread(DeleteOnExit::deleteAll));
            }
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }

        static synchronized void deleteAll() {
            for (int i = paths.size() - 1; i >= 0; i--) {
                new File(paths.get(i)).delete();
            }
        }
    }

    public boolean mkdir() {
        return !isInvalid() && NativeFiles.mkdir0(path, 0777) == 0;
    }

    public boolean mkdirs() {
        if (exists()) {
            return false;
        }
        if (mkdir()) {
            return true;
        }
        File canonical;
        try {
            canonical = getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canonical.getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && canonical.mkdir();
    }

    public boolean renameTo(File dest) {
        if (dest == null) {
            throw new NullPointerException();
        }
        if (isInvalid() || dest.isInvalid()) {
            return false;
        }
        return NativeFiles.rename0(path, dest.path) == 0;
    }

    public boolean setLastModified(long time) {
        if (time < 0) {
            throw new IllegalArgumentException("Negative time");
        }
        return !isInvalid() && NativeFiles.setModified0(path, time) == 0;
    }

    private boolean setPermission(int bits, boolean enable, boolean ownerOnly) {
        long[] st = stat();
        if (st == null) {
            return false;
        }
        int mask = ownerOnly ? bits & 0700 : bits;
        int mode = (int) st[3];
        mode = enable ? mode | mask : mode & ~mask;
        return NativeFiles.chmod0(path, mode) == 0;
    }

    public boolean setReadOnly() {
        return setPermission(0222, false, false);
    }

    public boolean setWritable(boolean writable, boolean ownerOnly) {
        return setPermission(0222, writable, ownerOnly);
    }

    public boolean setWritable(boolean writable) {
        return setWritable(writable, true);
    }

    public boolean setReadable(boolean readable, boolean ownerOnly) {
        return setPermission(0444, readable, ownerOnly);
    }

    public boolean setReadable(boolean readable) {
        return setReadable(readable, true);
    }

    public boolean setExecutable(boolean executable, boolean ownerOnly) {
        return setPermission(0111, executable, ownerOnly);
    }

    public boolean setExecutable(boolean executable) {
        return setExecutable(executable, true);
    }

    // ---- listing ----

    public String[] list() {
        if (isInvalid()) {
            return null;
        }
        return NativeFiles.list0(path);
    }

    public String[] list(FilenameFilter filter) {
        String[] names = list();
        if (names == null || filter == null) {
            return names;
        }
        ArrayList<String> kept = new ArrayList<>();
        for (String name : names) {
            if (filter.accept(this, name)) {
                kept.add(name);
            }
        }
        return kept.toArray(new String[0]);
    }

    public File[] listFiles() {
        String[] names = list();
        if (names == null) {
            return null;
        }
        File[] files = new File[names.length];
        for (int i = 0; i < names.length; i++) {
            files[i] = new File(this, names[i]);
        }
        return files;
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] names = list();
        if (names == null) {
            return null;
        }
        ArrayList<File> kept = new ArrayList<>();
        for (String name : names) {
            if (filter == null || filter.accept(this, name)) {
                kept.add(new File(this, name));
            }
        }
        return kept.toArray(new File[0]);
    }

    public File[] listFiles(FileFilter filter) {
        String[] names = list();
        if (names == null) {
            return null;
        }
        ArrayList<File> kept = new ArrayList<>();
        for (String name : names) {
            File f = new File(this, name);
            if (filter == null || filter.accept(f)) {
                kept.add(f);
            }
        }
        return kept.toArray(new File[0]);
    }

    public static File[] listRoots() {
        return new File[] {new File("/")};
    }

    // ---- temporary files ----

    private static final class TempNames {
        static final Random RANDOM = new Random();
    }

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        String s = suffix == null ? ".tmp" : suffix;
        File dir = directory != null ? directory : new File(System.getProperty("java.io.tmpdir"));
        while (true) {
            String name = prefix + Long.toUnsignedString(TempNames.RANDOM.nextLong()) + s;
            File f = new File(dir, name);
            if (f.createNewFile()) {
                return f;
            }
            if (!dir.isDirectory()) {
                throw new IOException("No such file or directory");
            }
        }
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    // ---- identity ----

    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }

    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    public String toString() {
        return path;
    }
}
