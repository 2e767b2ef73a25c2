// Decides which names File.list and File.listFiles keep.
package java.io;

@FunctionalInterface
public interface FilenameFilter {
    boolean accept(File dir, String name);
}
