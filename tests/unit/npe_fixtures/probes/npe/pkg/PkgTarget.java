// A class in a package, with a nested class and an interface, for class names in NPE messages.
package npe.pkg;

import java.util.List;
import java.util.Map;

public class PkgTarget {
  public static PkgTarget INSTANCE;
  public PkgTarget next;
  public String name;

  public static class Nested {
    public static Nested SHARED;
    public String label;
    public void take(Map.Entry<String, String> e, int[][] grid, Object... rest) {}
  }

  public interface Shape {
    Shape NONE = null;
    int sides();
  }

  public void mixed(long a, List<String> l, double[] d, boolean z, byte b, short s, char c, float f) {}
  public PkgTarget self() { return null; }
  public static PkgTarget make(String[][] names, Object[] objects, java.lang.StringBuilder sb) { return null; }
}
