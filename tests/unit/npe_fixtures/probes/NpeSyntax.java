// Probes for Java constructs whose bytecode dereferences implicitly: enhanced for, string and
// enum switch, synchronized, compound assignment, inner classes, lambdas, constructors,
// static initializers.
import java.util.List;

public class NpeSyntax {
  String s;
  NpeSyntax next;
  int[] ints;
  int count;
  Integer boxed;
  Object lock;
  RuntimeException failure;
  enum Color { RED, GREEN }

  class Inner {
    int outerField() { return s.length(); }
    int outerChain() { return next.s.length(); }
  }

  static class Holder {
    static final String VALUE;
    static { String v = null; VALUE = v.trim(); }
  }

  NpeSyntax(String text) { s = text.trim(); }
  NpeSyntax() {}

  static void forEachArray(int[] a) { for (int i : a) { i++; } }
  static void forEachList(List<String> l) { for (String s : l) { s.length(); } }
  static int enumSwitch(Color c) { switch (c) { case RED: return 1; default: return 2; } }
  void syncOnField() { synchronized (lock) { count++; } }
  void throwField() { throw failure; }
  static void incrementField(NpeSyntax p) { p.next.count++; }
  static void compoundArray(NpeSyntax p) { p.ints[0] += 2; }
  static void incrementArray(NpeSyntax p) { p.next.ints[0]++; }
  static void chainedAssign(NpeSyntax p, NpeSyntax q) { p.next = q.next = p; }
  int unboxField() { return boxed; }
  static int unboxArithmetic(Integer a) { return a + 1; }
  static int lambdaCapture(NpeSyntax p) { java.util.function.IntSupplier f = () -> p.s.length(); return f.getAsInt(); }
  static int lambdaLocal(NpeSyntax p) { Runnable r = () -> { String q = p.s; q.length(); }; r.run(); return 0; }
  static String concat(NpeSyntax p) { return "x" + p.s; }
  static int assertion(NpeSyntax p) { int[] copy = p.ints; return copy.length; }

  static void probe_for_each_array() { forEachArray(null); }
  static void probe_for_each_list() { forEachList(null); }
  static void probe_enum_switch() { enumSwitch(null); }
  static void probe_sync_on_field() { new NpeSyntax().syncOnField(); }
  static void probe_throw_field() { new NpeSyntax().throwField(); }
  static void probe_increment_field() { incrementField(new NpeSyntax()); }
  static void probe_compound_array() { compoundArray(new NpeSyntax()); }
  static void probe_increment_array() { NpeSyntax p = new NpeSyntax(); p.next = new NpeSyntax(); incrementArray(p); }
  static void probe_chained_assign() { chainedAssign(new NpeSyntax(), null); }
  static void probe_unbox_field() { new NpeSyntax().unboxField(); }
  static void probe_unbox_arithmetic() { unboxArithmetic(null); }
  static void probe_inner_outer_field() { new NpeSyntax().new Inner().outerField(); }
  static void probe_inner_outer_chain() { new NpeSyntax().new Inner().outerChain(); }
  static void probe_lambda_capture() { lambdaCapture(new NpeSyntax()); }
  static void probe_lambda_local() { lambdaLocal(new NpeSyntax()); }
  static void probe_constructor() { new NpeSyntax((String) null); }
  static void probe_static_initializer() { String v = Holder.VALUE; v.length(); }
  static void probe_concat() { concat(null); }
  static void probe_local_copy() { assertion(new NpeSyntax()); }
}
