// Probes for how NPE messages spell classes, methods and parameter types.
import java.util.List;
import java.util.Map;
import npe.pkg.PkgTarget;

public class NpeNames {
  static int packageStatic() { return PkgTarget.INSTANCE.name.length(); }
  static int nestedStatic() { return PkgTarget.Nested.SHARED.label.length(); }
  static int interfaceConstant() { return PkgTarget.Shape.NONE.sides(); }
  static void nestedInvoke(PkgTarget.Nested n) { n.take(null, null); }
  static void mixedInvoke(PkgTarget t) { t.mixed(1L, null, null, true, (byte) 1, (short) 2, 'c', 3f); }
  static int packageReturn(PkgTarget t) { return t.self().name.length(); }
  static int staticReturnArrays() { return PkgTarget.make(null, null, null).name.length(); }
  static NpeNames lang(StringBuffer a, StringIndexOutOfBoundsException b, Integer c, Thread.State d, Object[] e) { return null; }
  int unused;
  static int javaLangParameters() { return lang(null, null, null, null, null).unused; }
  String café;
  static NpeNames 𝒳() { return null; }
  static int nonAsciiField(NpeNames n) { return n.café.length(); }
  static int supplementaryMethod() { return 𝒳().unused; }
  static int listGet(List<String> l) { return l.get(0).length(); }
  static int mapGet(Map<String, Integer> m) { return m.get("k"); }
  static int classGetName(Class<?> c) { return c.getName().length(); }
  static int stringBuilder(StringBuilder sb) { return sb.length(); }
  static int threadName(Thread t) { return t.getName().length(); }
  static String exceptionMessage(RuntimeException e) { return e.getMessage(); }
  static void systemOut() { System.out.println(); }
  static int objectToString(Object o) { return o.toString().length(); }
  static int stringValueOf(Object o) { return String.valueOf(o).length() + o.hashCode(); }

  static void probe_package_static() { packageStatic(); }
  static void probe_nested_static() { nestedStatic(); }
  static void probe_interface_constant() { interfaceConstant(); }
  static void probe_nested_invoke() { nestedInvoke(null); }
  static void probe_mixed_invoke() { mixedInvoke(null); }
  static void probe_package_return() { packageReturn(new PkgTarget()); }
  static void probe_static_return_arrays() { staticReturnArrays(); }
  static void probe_java_lang_parameters() { javaLangParameters(); }
  static void probe_non_ascii_field() { nonAsciiField(new NpeNames()); }
  static void probe_supplementary_method() { supplementaryMethod(); }
  static void probe_list_get() { listGet(java.util.Arrays.asList((String) null)); }
  static void probe_map_get() { mapGet(new java.util.HashMap<>()); }
  static void probe_class_get_name() { classGetName(null); }
  static void probe_string_builder() { stringBuilder(null); }
  static void probe_thread_name() { threadName(null); }
  static void probe_exception_message() { exceptionMessage(null); }
  static void probe_system_out() {
    java.io.PrintStream saved = System.out;
    System.setOut(null);
    try {
      systemOut();
    } finally {
      System.setOut(saved);
    }
  }
  static void probe_object_to_string() { objectToString(null); }
  static void probe_string_value_of() { stringValueOf(null); }
}
