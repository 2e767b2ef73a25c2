// Decides which File objects File.listFiles keeps.
package java.io;

@FunctionalInterface
public interface FileFilter {
    boolean accept(File pathname);
}
