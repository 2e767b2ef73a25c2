// The POSIX file-system calls behind java.io and java.nio.file (natives in
// src/natives/file_natives.cpp). Calls return -errno on failure; errorText gives strerror's
// text, which HotSpot puts into its messages ("/x (No such file or directory)").
// This package is not exported: user code cannot reach it.
package jdk.internal.io;

public final class NativeFiles {
    private NativeFiles() {}

    // Open modes for open0 (bits, mapped to the platform's flags by the native).
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final int CREATE = 4;
    public static final int EXCLUSIVE = 8;
    public static final int TRUNCATE = 16;
    public static final int APPEND = 32;

    // File kinds in stat0's first field.
    public static final int REGULAR = 1;
    public static final int DIRECTORY = 2;
    public static final int SYMLINK = 3;
    public static final int OTHER = 4;

    // Linux errno values the libraries distinguish.
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;

    // access0 modes (POSIX R_OK, W_OK, X_OK, F_OK).
    public static final int CAN_READ = 4;
    public static final int CAN_WRITE = 2;
    public static final int CAN_EXECUTE = 1;
    public static final int EXISTS = 0;

    public static native int open0(String path, int mode, int permissions);

    public static native int close0(int fd);

    /** Reads up to len bytes: the count, 0 at end of file, or -errno. */
    public static native int read0(int fd, byte[] b, int off, int len);

    /** Writes all len bytes: 0, or -errno. */
    public static native int write0(int fd, byte[] b, int off, int len);

    /** whence: 0 from the start, 1 from the current position, 2 from the end. */
    public static native long seek0(int fd, long offset, int whence);

    public static native int truncate0(int fd, long length);

    /** Fills {kind, size, mtime in ms, permission bits}. */
    public static native int stat0(String path, boolean followLinks, long[] out);

    public static native int access0(String path, int mode);

    public static native int unlink0(String path);

    public static native int rmdir0(String path);

    public static native int mkdir0(String path, int permissions);

    public static native int rename0(String from, String to);

    public static native int chmod0(String path, int permissions);

    public static native int setModified0(String path, long millis);

    /** Entry names in directory order, or null if the directory cannot be read. */
    public static native String[] list0(String path);

    /** The resolved absolute path, or null if a component does not exist. */
    public static native String realpath0(String path);

    public static native String strerror0(int errno);

    public static native String getcwd0();

    public static String errorText(int negativeErrno) {
        return strerror0(-negativeErrno);
    }

    /** {kind, size, mtime, mode}, or null if the path cannot be examined. */
    public static long[] stat(String path, boolean followLinks) {
        long[] out = new long[4];
        return stat0(path, followLinks, out) == 0 ? out : null;
    }

    /** Whether a path contains NUL, which no file name can (HotSpot's "Invalid file path"). */
    public static boolean isInvalid(String path) {
        return path.indexOf('\u0000') >= 0;
    }
}
