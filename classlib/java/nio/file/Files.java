// Static file operations on Paths through NativeFiles. Failures become the exceptions HotSpot's
// Unix provider throws (NoSuchFileException with the path as message, FileAlreadyExists...,
// FileSystemException "path: reason"); strict charsets report bad input (see StrictCoding).
// Stream-returning methods (lines, list, walk) are not provided yet: java.util.stream is partial.
package java.nio.file;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.nio.file.attribute.FileAttribute;
import jdk.internal.io.NativeFiles;

public final class Files {
    private Files() {}

    private static final int BUFFER_SIZE = 8192;

    // ---- errors ----

    /** HotSpot's translation of errno into an exception about file (and other). */
    static IOException translate(int negativeErrno, String file, String other) {
        int errno = -negativeErrno;
        if (errno == NativeFiles.ENOENT) {
            return new NoSuchFileException(file, other, null);
        }
        if (errno == NativeFiles.EEXIST) {
            return new FileAlreadyExistsException(file, other, null);
        }
        if (errno == NativeFiles.EACCES || errno == NativeFiles.EPERM) {
            return new AccessDeniedException(file, other, null);
        }
        if (errno == NativeFiles.ENOTEMPTY) {
            return new DirectoryNotEmptyException(file);
        }
        String reason = NativeFiles.strerror0(errno);
        if (errno == NativeFiles.ELOOP) {
            reason = reason + " or unable to access attributes of symbolic link";
        }
        return new FileSystemException(file, other, reason);
    }

    private static String str(Path path) {
        return Objects.requireNonNull(path).toString();
    }

    private static boolean followLinks(LinkOption... options) {
        for (LinkOption option : options) {
            if (Objects.requireNonNull(option) == LinkOption.NOFOLLOW_LINKS) {
                return false;
            }
        }
        return true;
    }

    // ---- opening ----

    private static int openForRead(Path path) throws IOException {
        int fd = NativeFiles.open0(str(path), NativeFiles.READ, 0);
        if (fd == -NativeFiles.EISDIR) {
            throw new IOException("Is a directory");
        }
        if (fd < 0) {
            throw translate(fd, str(path), null);
        }
        return fd;
    }

    private static int openForWrite(Path path, OpenOption... options) throws IOException {
        boolean append = false;
        boolean truncate = false;
        boolean create = false;
        boolean createNew = false;
        boolean write = false;
        if (options.length == 0) {
            create = true;
            truncate = true;
            write = true;
        }
        for (OpenOption option : options) {
            if (option == StandardOpenOption.READ) {
                throw new IllegalArgumentException("READ not allowed");
            } else if (option == StandardOpenOption.APPEND) {
                append = true;
            } else if (option == StandardOpenOption.TRUNCATE_EXISTING) {
                truncate = true;
            } else if (option == StandardOpenOption.CREATE) {
                create = true;
            } else if (option == StandardOpenOption.CREATE_NEW) {
                createNew = true;
            } else if (option == StandardOpenOption.WRITE) {
                write = true;
            } else if (option == null) {
                throw new NullPointerException();
            }
        }
        if (append && truncate) {
            throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
        }
        int mode = NativeFiles.WRITE;
        if (append) {
            mode |= NativeFiles.APPEND;
        }
        if (truncate && !append) {
            mode |= NativeFiles.TRUNCATE;
        }
        if (createNew) {
            mode |= NativeFiles.CREATE | NativeFiles.EXCLUSIVE;
        } else if (create) {
            mode |= NativeFiles.CREATE;
        }
        int fd = NativeFiles.open0(str(path), mode, 0666);
        if (fd < 0) {
            throw translate(fd, str(path), null);
        }
        return fd;
    }

    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        for (OpenOption option : options) {
            if (option == StandardOpenOption.APPEND || option == StandardOpenOption.WRITE) {
                throw new UnsupportedOperationException("'" + option + "' not allowed");
            }
        }
        return new FileChannelStreams.In(openForRead(path));
    }

    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        return new FileChannelStreams.Out(openForWrite(path, options));
    }

    /** Reads the file fully on first use and fails on malformed input, as a reporting decoder. */
    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(cs);
        InputStream in = newInputStream(path);
        Reader decoded = new Reader() {
            private Reader text;

            private Reader text() throws IOException {
                if (text == null) {
                    byte[] bytes = in.readAllBytes();
                    StrictCoding.checkDecoder(bytes, 0, bytes.length, cs);
                    text = new StringReader(new String(bytes, cs));
                }
                return text;
            }

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return text().read(cbuf, off, len);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
        return new BufferedReader(decoded);
    }

    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options) throws IOException {
        Objects.requireNonNull(cs);
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(path, options), cs));
    }

    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    // ---- reading and writing whole files ----

    public static byte[] readAllBytes(Path path) throws IOException {
        try (InputStream in = new FileChannelStreams.In(openForRead(path))) {
            return in.readAllBytes();
        }
    }

    public static String readString(Path path) throws IOException {
        return readString(path, StandardCharsets.UTF_8);
    }

    public static String readString(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(cs);
        return StrictCoding.decodeWhole(readAllBytes(path), cs);
    }

    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        try (BufferedReader reader = newBufferedReader(path, cs)) {
            List<String> result = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                result.add(line);
            }
            return result;
        }
    }

    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        Objects.requireNonNull(bytes);
        try (OutputStream out = newOutputStream(path, options)) {
            out.write(bytes, 0, bytes.length);
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(lines);
        Objects.requireNonNull(cs);
        try (OutputStream out = newOutputStream(path, options)) {
            byte[] separator = StrictCoding.encodeForEncoder(System.lineSeparator(), cs);
            for (CharSequence line : lines) {
                byte[] bytes = StrictCoding.encodeForEncoder(line.toString(), cs);
                out.write(bytes, 0, bytes.length);
                out.write(separator, 0, separator.length);
            }
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options) throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(csq);
        Objects.requireNonNull(cs);
        byte[] bytes = StrictCoding.encodeWhole(String.valueOf(csq), cs);
        return write(path, bytes, options);
    }

    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        Objects.requireNonNull(in);
        boolean replace = false;
        for (CopyOption option : options) {
            if (option == StandardCopyOption.REPLACE_EXISTING) {
                replace = true;
            } else if (option == null) {
                throw new NullPointerException("options contains 'null'");
            } else {
                throw new UnsupportedOperationException(option + " not supported");
            }
        }
        if (replace) {
            deleteIfExists(target);
        }
        try (OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            return in.transferTo(out);
        }
    }

    public static long copy(Path source, OutputStream out) throws IOException {
        Objects.requireNonNull(out);
        try (InputStream in = newInputStream(source)) {
            return in.transferTo(out);
        }
    }

    // ---- attributes ----

    private static long[] stat(Path path, boolean follow) {
        return NativeFiles.stat(str(path), follow);
    }

    private static long[] statOrThrow(Path path, boolean follow) throws IOException {
        long[] out = new long[4];
        int r = NativeFiles.stat0(str(path), follow, out);
        if (r < 0) {
            throw translate(r, str(path), null);
        }
        return out;
    }

    public static boolean exists(Path path, LinkOption... options) {
        return stat(path, followLinks(options)) != null;
    }

    public static boolean notExists(Path path, LinkOption... options) {
        long[] out = new long[4];
        return NativeFiles.stat0(str(path), followLinks(options), out) == -NativeFiles.ENOENT;
    }

    public static boolean isDirectory(Path path, LinkOption... options) {
        long[] st = stat(path, followLinks(options));
        return st != null && st[0] == NativeFiles.DIRECTORY;
    }

    public static boolean isRegularFile(Path path, LinkOption... options) {
        long[] st = stat(path, followLinks(options));
        return st != null && st[0] == NativeFiles.REGULAR;
    }

    public static boolean isSymbolicLink(Path path) {
        long[] st = stat(path, false);
        return st != null && st[0] == NativeFiles.SYMLINK;
    }

    public static boolean isReadable(Path path) {
        return NativeFiles.access0(str(path), NativeFiles.CAN_READ) == 0;
    }

    public static boolean isWritable(Path path) {
        return NativeFiles.access0(str(path), NativeFiles.CAN_WRITE) == 0;
    }

    public static boolean isExecutable(Path path) {
        return NativeFiles.access0(str(path), NativeFiles.CAN_EXECUTE) == 0;
    }

    public static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    public static long size(Path path) throws IOException {
        return statOrThrow(path, true)[1];
    }

    public static boolean isSameFile(Path path, Path path2) throws IOException {
        if (path.equals(path2)) {
            return true;
        }
        return path.toRealPath().equals(path2.toRealPath());
    }

    public static long mismatch(Path path, Path path2) throws IOException {
        byte[] a = readAllBytes(path);
        byte[] b = isSameFile(path, path2) ? a : readAllBytes(path2);
        return Arrays.mismatch(a, b);
    }

    // ---- creating and deleting ----

    private static void checkAttributes(FileAttribute<?>... attrs) {
        for (FileAttribute<?> attr : attrs) {
            throw new UnsupportedOperationException("'" + attr.name() + "' not supported as initial attribute");
        }
    }

    public static Path createFile(Path path, FileAttribute<?>... attrs) throws IOException {
        checkAttributes(attrs);
        int fd = NativeFiles.open0(str(path), NativeFiles.WRITE | NativeFiles.CREATE | NativeFiles.EXCLUSIVE, 0666);
        if (fd < 0) {
            throw translate(fd, str(path), null);
        }
        NativeFiles.close0(fd);
        return path;
    }

    public static Path createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        checkAttributes(attrs);
        int r = NativeFiles.mkdir0(str(dir), 0777);
        if (r < 0) {
            throw translate(r, str(dir), null);
        }
        return dir;
    }

    public static Path createDirectories(Path dir, FileAttribute<?>... attrs) throws IOException {
        try {
            createAndCheckIsDirectory(dir);
            return dir;
        } catch (FileAlreadyExistsException x) {
            throw x;
        } catch (IOException x) {
            // The parent is missing (or inaccessible): create the chain from the nearest existing ancestor.
        }
        Path absolute = dir.toAbsolutePath();
        Path parent = absolute.getParent();
        while (parent != null && !exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null) {
            throw new FileSystemException(absolute.toString(), null, "Unable to determine if root directory exists");
        }
        Path child = parent;
        for (Path name : parent.relativize(absolute)) {
            child = child.resolve(name);
            createAndCheckIsDirectory(child);
        }
        return absolute; // HotSpot returns the absolute form once it had to create parents
    }

    private static void createAndCheckIsDirectory(Path dir) throws IOException {
        try {
            createDirectory(dir);
        } catch (FileAlreadyExistsException x) {
            if (!isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw x;
            }
        }
    }

    public static void delete(Path path) throws IOException {
        long[] st = statOrThrow(path, false);
        int r = st[0] == NativeFiles.DIRECTORY ? NativeFiles.rmdir0(str(path)) : NativeFiles.unlink0(str(path));
        if (r == -NativeFiles.EEXIST || r == -NativeFiles.ENOTEMPTY) {
            throw new DirectoryNotEmptyException(str(path));
        }
        if (r < 0) {
            throw translate(r, str(path), null);
        }
    }

    public static boolean deleteIfExists(Path path) throws IOException {
        long[] st = stat(path, false);
        if (st == null) {
            return false;
        }
        int r = st[0] == NativeFiles.DIRECTORY ? NativeFiles.rmdir0(str(path)) : NativeFiles.unlink0(str(path));
        if (r == -NativeFiles.ENOENT) {
            return false;
        }
        if (r == -NativeFiles.EEXIST || r == -NativeFiles.ENOTEMPTY) {
            throw new DirectoryNotEmptyException(str(path));
        }
        if (r < 0) {
            throw translate(r, str(path), null);
        }
        return true;
    }

    private static final class TempNames {
        static final Random RANDOM = new Random();
    }

    private static Path tempDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    public static Path createTempFile(Path dir, String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        String p = prefix == null ? "" : prefix;
        String s = suffix == null ? ".tmp" : suffix;
        while (true) {
            Path candidate = dir.resolve(p + Long.toUnsignedString(TempNames.RANDOM.nextLong()) + s);
            try {
                return createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    public static Path createTempFile(String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        return createTempFile(tempDirectory(), prefix, suffix, attrs);
    }

    public static Path createTempDirectory(Path dir, String prefix, FileAttribute<?>... attrs) throws IOException {
        String p = prefix == null ? "" : prefix;
        while (true) {
            Path candidate = dir.resolve(p + Long.toUnsignedString(TempNames.RANDOM.nextLong()));
            try {
                return createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    public static Path createTempDirectory(String prefix, FileAttribute<?>... attrs) throws IOException {
        return createTempDirectory(tempDirectory(), prefix, attrs);
    }

    // ---- copying and moving ----

    private static boolean replaceExisting(CopyOption... options) {
        boolean replace = false;
        for (CopyOption option : options) {
            if (option == StandardCopyOption.REPLACE_EXISTING) {
                replace = true;
            } else if (option == null) {
                throw new NullPointerException();
            }
        }
        return replace;
    }

    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = replaceExisting(options);
        long[] st = statOrThrow(source, true);
        if (exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (isSameFile(source, target)) {
                return target;
            }
            if (!replace) {
                throw new FileAlreadyExistsException(str(target));
            }
            delete(target);
        }
        if (st[0] == NativeFiles.DIRECTORY) {
            createDirectory(target);
            return target;
        }
        byte[] bytes = readAllBytes(source);
        write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return target;
    }

    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = replaceExisting(options);
        statOrThrow(source, false);
        if (exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (isSameFile(source, target)) {
                return target;
            }
            if (!replace) {
                throw new FileAlreadyExistsException(str(target));
            }
            delete(target);
        }
        int r = NativeFiles.rename0(str(source), str(target));
        if (r == -NativeFiles.EXDEV) {
            copy(source, target);
            delete(source);
            return target;
        }
        if (r < 0) {
            throw translate(r, str(source), str(target));
        }
        return target;
    }
}
