// Probes for control flow: values merged from two paths, loops, switches and exception handlers.
public class NpeFlow {
  NpeFlow next;
  int value;
  static void mayThrow(boolean b) { if (b) throw new IllegalStateException(); }
  static String nothing() { return null; }

  static int ternarySame(boolean b, String x) { return (b ? x : x).length(); }
  static int ternaryDifferent(boolean b, String x, String y) { return (b ? x : y).length(); }
  static int ternaryToLocal(boolean b, String x) { String y = b ? x : null; return y.length(); }
  static int ternaryCast(boolean b, Object x, Object y) { return ((String) (b ? x : y)).length(); }
  static int ternaryArray(boolean b, Object[] x, Object[] y) { return (b ? x : y).length; }
  static int ternaryArrayElement(boolean b, Object[] x, Object[] y) { return (b ? x : y)[0].hashCode(); }
  static int ternaryIndex(boolean b, int i, int j, Object[] a) { return a[b ? i : j].hashCode(); }
  static int ternaryFields(NpeFlow f, boolean b) { return (b ? f.next : f.next).value; }
  static int ternaryArgument(NpeFlow f, boolean b) { return f.take(b ? 1 : 2, "s"); }
  int take(int a, String b) { return a; }
  static int reassignedLocal(NpeFlow f, boolean b) { NpeFlow q = f; if (b) q = f.next; return q.value; }
  static int loopStoreAfter(String a, int n) { int r = 0; for (int i = 0; i < n; i++) { r += a.length(); a = null; } return r; }
  static int whileContinue(String a, boolean c) { while (c) { if (a != null) { a = null; continue; } c = false; } return a.length(); }
  static int doWhile(String a, int n) { do { n--; if (n == 0) return a.length(); a = null; } while (n > 0); return 0; }
  static int ifElseStore(String a, boolean c) { if (c) { a = null; } else { c = !c; } return a.length(); }
  static int storeInTry(String a, boolean c) { try { mayThrow(c); a = nothing(); } catch (RuntimeException e) { return a.length(); } return 0; }
  static int storeBeforeThrow(String a, boolean c) { try { a = nothing(); mayThrow(c); } catch (RuntimeException e) { return a.length(); } return 0; }
  static int storeBeforeTry(String a, boolean c) { a = nothing(); try { mayThrow(c); } catch (RuntimeException e) { return a.length(); } return 0; }
  static int storeInCatch(String a, boolean c) { try { mayThrow(c); } catch (RuntimeException e) { a = null; } return a.length(); }
  static int catchWithoutStore(String a, boolean c) { try { mayThrow(c); } catch (RuntimeException e) { c = !c; } return a.length(); }
  static int storeInFinally(String a, boolean c) { try { mayThrow(c); } finally { a = null; } return a.length(); }
  static int storeInTryFinally(String a, boolean c) { try { if (c) a = null; a.length(); } finally { c = !c; } return 0; }
  static void caughtLocal() { try { throw new IllegalStateException(); } catch (IllegalStateException e) { String t = null; t.length(); } }
  static void caughtExceptionVariable(String s) { try { s.length(); } catch (RuntimeException e) { e = null; e.getMessage(); } }
  static int switchOnString(String s) { switch (s) { case "a": return 1; default: return 2; } }
  static int tableSwitch(int k, String a, String b) {
    String v;
    switch (k) { case 0: v = a; break; case 1: v = b; break; case 2: v = a; break; default: v = "d"; }
    return v.length();
  }
  static int afterSwitch(int k, String a) { switch (k) { case 0: k++; break; case 1000: k--; break; default: } return a.length(); }
  static int nestedLoops(String[][] grid) { int n = 0; for (String[] row : grid) for (String s : row) n += s.length(); return n; }

  static void probe_ternary_same() { ternarySame(true, null); }
  static void probe_ternary_different() { ternaryDifferent(true, null, null); }
  static void probe_ternary_to_local() { ternaryToLocal(true, null); }
  static void probe_ternary_cast() { ternaryCast(true, null, null); }
  static void probe_ternary_array() { ternaryArray(true, null, null); }
  static void probe_ternary_array_element() { ternaryArrayElement(true, new Object[1], null); }
  static void probe_ternary_index() { ternaryIndex(true, 0, 0, new Object[1]); }
  static void probe_ternary_fields() { ternaryFields(new NpeFlow(), true); }
  static void probe_ternary_argument() { ternaryArgument(null, true); }
  static void probe_reassigned_local() { NpeFlow f = new NpeFlow(); reassignedLocal(f, true); }
  static void probe_loop_store_after() { loopStoreAfter("x", 3); }
  static void probe_while_continue() { whileContinue("x", true); }
  static void probe_do_while() { doWhile("x", 2); }
  static void probe_if_else_store() { ifElseStore("x", true); }
  static void probe_store_in_try() { storeInTry(null, true); }
  static void probe_store_before_throw() { storeBeforeThrow("x", true); }
  static void probe_store_before_try() { storeBeforeTry("x", true); }
  static void probe_store_in_catch() { storeInCatch("x", true); }
  static void probe_catch_without_store() { catchWithoutStore(null, true); }
  static void probe_store_in_finally() { storeInFinally("x", false); }
  static void probe_store_in_try_finally() { storeInTryFinally("x", true); }
  static void probe_caught_local() { caughtLocal(); }
  static void probe_caught_exception_variable() { caughtExceptionVariable(null); }
  static void probe_switch_on_string() { switchOnString(null); }
  static void probe_table_switch() { tableSwitch(1, "a", null); }
  static void probe_after_switch() { afterSwitch(1000, null); }
  static void probe_nested_loops() { nestedLoops(new String[][] {{"a"}, {null}}); }
}
