// Probes for helpful NullPointerException messages: one failing instruction of every kind that
// can throw an NPE. Each probe_* method throws exactly one NPE; see ../expected.txt.
public class NpeActions {
  Object field;
  long wideField;
  int intField;

  static int getfieldInt(NpeActions a) { return a.intField; }
  static Object getfieldRef(NpeActions a) { return a.field; }
  static long getfieldLong(NpeActions a) { return a.wideField; }
  static void putfieldRef(NpeActions a) { a.field = "x"; }
  static void putfieldLong(NpeActions a) { a.wideField = 5L; }
  static void putfieldInt(NpeActions a, int v) { a.intField = v; }

  static int iaload(int[] a) { return a[0]; }
  static long laload(long[] a) { return a[0]; }
  static float faload(float[] a) { return a[0]; }
  static double daload(double[] a) { return a[0]; }
  static Object aaload(Object[] a) { return a[0]; }
  static byte baload(byte[] a) { return a[0]; }
  static boolean zaload(boolean[] a) { return a[0]; }
  static char caload(char[] a) { return a[0]; }
  static short saload(short[] a) { return a[0]; }

  static void iastore(int[] a) { a[0] = 1; }
  static void lastore(long[] a) { a[0] = 1L; }
  static void fastore(float[] a) { a[0] = 1f; }
  static void dastore(double[] a) { a[0] = 1d; }
  static void aastore(Object[] a) { a[0] = "x"; }
  static void bastore(byte[] a) { a[0] = 1; }
  static void zastore(boolean[] a) { a[0] = true; }
  static void castore(char[] a) { a[0] = 'c'; }
  static void sastore(short[] a) { a[0] = 1; }

  static int arraylength(int[] a) { return a.length; }
  static void athrow(RuntimeException e) { throw e; }
  static void monitorenter(Object lock) { synchronized (lock) { lock.notify(); } }

  static int invokevirtual(Object o) { return o.hashCode(); }
  static int invokeinterface(CharSequence s) { return s.length(); }
  private int privateMethod() { return 1; }
  static int invokePrivate(NpeActions a) { return a.privateMethod(); }
  static String invokeWithArgs(String s) { return s.substring(1, 2); }
  static boolean invokeEquals(Object o) { return o.equals(o); }
  static void invokeLongDoubleArgs(NpeActions a) { a.takesWide(1L, 2.0, "s", 3L); }
  void takesWide(long a, double b, String c, long d) {}
  static int invokeIntegerUnbox(Integer i) { return i; }
  static long invokeLongUnbox(Long l) { return l; }
  static boolean invokeBooleanUnbox(Boolean b) { return b; }
  static double invokeDoubleUnbox(Double d) { return d; }
  static char invokeCharUnbox(Character c) { return c; }
  static int[] invokeArrayClone(int[] a) { return a.clone(); }
  static String[] invokeObjectArrayClone(String[] a) { return a.clone(); }

  // Not a probe: an explicitly created NPE, whose stack trace starts at the constructor call.
  // HotSpot returns null from getMessage() for it (npe_message_test checks the invokespecial).
  static void explicitNpe() { throw new NullPointerException(); }

  static void probe_getfield_int() { getfieldInt(null); }
  static void probe_getfield_ref() { getfieldRef(null); }
  static void probe_getfield_long() { getfieldLong(null); }
  static void probe_putfield_ref() { putfieldRef(null); }
  static void probe_putfield_long() { putfieldLong(null); }
  static void probe_putfield_int() { putfieldInt(null, 3); }
  static void probe_iaload() { iaload(null); }
  static void probe_laload() { laload(null); }
  static void probe_faload() { faload(null); }
  static void probe_daload() { daload(null); }
  static void probe_aaload() { aaload(null); }
  static void probe_baload() { baload(null); }
  static void probe_zaload() { zaload(null); }
  static void probe_caload() { caload(null); }
  static void probe_saload() { saload(null); }
  static void probe_iastore() { iastore(null); }
  static void probe_lastore() { lastore(null); }
  static void probe_fastore() { fastore(null); }
  static void probe_dastore() { dastore(null); }
  static void probe_aastore() { aastore(null); }
  static void probe_bastore() { bastore(null); }
  static void probe_zastore() { zastore(null); }
  static void probe_castore() { castore(null); }
  static void probe_sastore() { sastore(null); }
  static void probe_arraylength() { arraylength(null); }
  static void probe_athrow() { athrow(null); }
  static void probe_monitorenter() { monitorenter(null); }
  static void probe_invokevirtual() { invokevirtual(null); }
  static void probe_invokeinterface() { invokeinterface(null); }
  static void probe_invoke_private() { invokePrivate(null); }
  static void probe_invoke_with_args() { invokeWithArgs(null); }
  static void probe_invoke_equals() { invokeEquals(null); }
  static void probe_invoke_long_double_args() { invokeLongDoubleArgs(null); }
  static void probe_unbox_integer() { invokeIntegerUnbox(null); }
  static void probe_unbox_long() { invokeLongUnbox(null); }
  static void probe_unbox_boolean() { invokeBooleanUnbox(null); }
  static void probe_unbox_double() { invokeDoubleUnbox(null); }
  static void probe_unbox_char() { invokeCharUnbox(null); }
  static void probe_array_clone() { invokeArrayClone(null); }
  static void probe_object_array_clone() { invokeObjectArrayClone(null); }
}
