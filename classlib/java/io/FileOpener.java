// Opens files for the java.io streams, reporting failures as HotSpot does:
// FileNotFoundException("<path> (<strerror text>)"), or "Invalid file path" for names with NUL.
package java.io;

import jdk.internal.io.NativeFiles;

final class FileOpener {
    private FileOpener() {}

    static int open(File file, int mode) throws FileNotFoundException {
        if (file.isInvalid()) {
            throw new FileNotFoundException("Invalid file path");
        }
        String path = file.getPath();
        int fd = NativeFiles.open0(path, mode, 0666);
        if (fd < 0) {
            throw new FileNotFoundException(path + " (" + NativeFiles.errorText(fd) + ")");
        }
        return fd;
    }
}
