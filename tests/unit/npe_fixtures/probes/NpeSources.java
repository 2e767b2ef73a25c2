// Probes for where the null came from: locals, parameters (after long/double slots, stored to
// or not), this, static and instance fields, array elements, method results, constants, casts.
public class NpeSources {
  String s;
  NpeSources next;
  Object[] objects;
  NpeSources[] nodes;
  int[] ints;
  int index;
  static int staticIndex;
  static NpeSources root;
  static NpeSources[] staticNodes;
  static Object[][] grid;

  static NpeSources make() { return null; }
  NpeSources virtualMake(int a, long b, String c) { return null; }
  static int[] intArray() { return null; }
  static int zero() { return 0; }
  static Object object() { return null; }
  static String text(Object o, int[] a, String[][] b, char c, boolean z, float f) { return null; }

  static int param1(String a) { return a.length(); }
  static int paramAfterLong(long x, String a) { return a.length(); }
  static int paramAfterLongDouble(long x, double y, String a) { return a.length(); }
  static int localAfterWideParams(long x, double y, String a) { String b = null; int q = 1; return b.length() + q; }
  static int paramEleven(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, String k) { return k.length(); }
  static int localInStatic() { String s = null; return s.length(); }
  static int sixthLocal() { String s0 = null, s1 = null, s2 = null, s3 = null, s4 = null, s5 = null; return s5.length(); }
  int instanceParam(long x, String a) { return a.length(); }
  int instanceLocal(long x, String a) { String b = null; return b.length(); }
  int thisField() { return s.length(); }
  int thisFieldChain() { return next.s.length(); }
  static int paramStoredBefore(String a) { a = null; return a.length(); }
  static int paramStoredAfter(String a, boolean c) { int r = a.length(); a = "x"; return r; }
  static int paramStoredOnOnePath(String a, boolean c) { if (c) a = null; return a.length(); }
  static int paramStoredOnOtherBranch(String a, boolean c) { if (c) { a = "x"; return 0; } return a.length(); }
  static int intParamStored(Object[] o, int i) { o = new Object[2]; i = 1; return o[i].hashCode(); }
  static int intParamIncremented(Object[] o, int i) { i++; return o[i].hashCode(); }
  static int staticField() { return root.s.length(); }
  static int staticFieldArray() { return staticNodes[5].s.length(); }
  static int paramField(NpeSources p) { return p.next.s.length(); }
  static int returnValue() { return make().s.length(); }
  static int returnValueField() { return make().next.s.length(); }
  static int virtualReturnValue(NpeSources p) { return p.virtualMake(1, 2L, "").s.length(); }
  static int returnArray() { return intArray()[0]; }
  static int returnText() { return text(null, null, null, 'a', false, 1f).length(); }
  static int castParam(Object o) { return ((String) o).length(); }
  static int castReturn() { return ((String) object()).length(); }
  static int nullConstant() { return ((String) null).length(); }
  static void throwNull() { throw null; }
  static int arrayConstIndex(Object[] o) { o = new Object[2]; return o[1].hashCode(); }
  static int arrayBipushIndex(Object[] o) { o = new Object[200]; return o[100].hashCode(); }
  static int arraySipushIndex(Object[] o) { o = new Object[1000]; return o[300].hashCode(); }
  static int arrayLdcIndex(Object[] o) { o = new Object[100001]; return o[100000].hashCode(); }
  static int arrayCharIndex(Object[] o) { o = new Object[100]; return o['a'].hashCode(); }
  static int arrayNegativeFolded(Object[] o) { o = new Object[2]; return o[-1 + 2].hashCode(); }
  static int arrayParamIndex(Object[] o, int i) { return o[i].hashCode(); }
  static int arrayLongParamIndex(long l, Object[] o, int i) { return o[i].hashCode(); }
  static int arraySumIndex(Object[] o, int i, int j) { return o[i + j].hashCode(); }
  static int arrayCastIndex(Object[] o, long l) { return o[(int) l].hashCode(); }
  static int arrayCallIndex(Object[] o) { return o[zero()].hashCode(); }
  int arrayFieldIndex(Object[] o) { return o[index].hashCode(); }
  static int arrayStaticIndex(Object[] o) { return o[staticIndex].hashCode(); }
  static int arrayIntArrayIndex(Object[] o, int[] i) { return o[i[1]].hashCode(); }
  static int arrayByteArrayIndex(Object[] o, byte[] i) { return o[i[1]].hashCode(); }
  static int arrayLengthIndex(Object[] o, int[] i) { return o[i.length].hashCode(); }
  static int arrayUnboxIndex(Object[] o, Integer i) { return o[i].hashCode(); }
  static int arrayOfArrays(int[][] a) { return a[1][2]; }
  static int arrayOfArraysIndex(int[][] a, int i) { return a[i][2]; }
  static int arrayInField(NpeSources p) { return p.nodes[1].s.length(); }
  static int arrayInFieldIndexed(NpeSources p, int i) { return p.nodes[i].nodes[0].s.length(); }
  static int arrayStatic2D() { return grid[0][0].hashCode(); }
  static int arrayFromCall() { return ((Object[][]) grid2())[0][0].hashCode(); }
  static Object grid2() { return new Object[1][]; }
  static int newObjectField() { return new NpeSources().next.s.length(); }
  static int newArrayElement() { return (new Object[1])[0].hashCode(); }
  static int objectGetClass(Object o) { return o.getClass().getName().length(); }
  static int superReturn(NpeSub p) { return p.toString().length(); }

  static void probe_param1() { param1(null); }
  static void probe_param_after_long() { paramAfterLong(0L, null); }
  static void probe_param_after_long_double() { paramAfterLongDouble(0L, 0d, null); }
  static void probe_local_after_wide_params() { localAfterWideParams(0L, 0d, ""); }
  static void probe_param_eleven() { paramEleven(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null); }
  static void probe_local_in_static() { localInStatic(); }
  static void probe_sixth_local() { sixthLocal(); }
  static void probe_instance_param() { new NpeSources().instanceParam(0L, null); }
  static void probe_instance_local() { new NpeSources().instanceLocal(0L, null); }
  static void probe_this_field() { new NpeSources().thisField(); }
  static void probe_this_field_chain() { new NpeSources().thisFieldChain(); }
  static void probe_param_stored_before() { paramStoredBefore("x"); }
  static void probe_param_stored_after() { paramStoredAfter(null, false); }
  static void probe_param_stored_on_one_path() { paramStoredOnOnePath(null, false); }
  static void probe_param_stored_on_other_branch() { paramStoredOnOtherBranch(null, false); }
  static void probe_int_param_stored() { intParamStored(null, 0); }
  static void probe_int_param_incremented() { intParamIncremented(new Object[3], 0); }
  static void probe_static_field() { root = null; staticField(); }
  static void probe_static_field_array() { staticNodes = new NpeSources[6]; staticFieldArray(); }
  static void probe_param_field() { paramField(new NpeSources()); }
  static void probe_return_value() { returnValue(); }
  static void probe_return_value_field() { returnValueField(); }
  static void probe_virtual_return_value() { virtualReturnValue(new NpeSources()); }
  static void probe_return_array() { returnArray(); }
  static void probe_return_text() { returnText(); }
  static void probe_cast_param() { castParam(null); }
  static void probe_cast_return() { castReturn(); }
  static void probe_null_constant() { nullConstant(); }
  static void probe_throw_null() { throwNull(); }
  static void probe_array_const_index() { arrayConstIndex(null); }
  static void probe_array_bipush_index() { arrayBipushIndex(null); }
  static void probe_array_sipush_index() { arraySipushIndex(null); }
  static void probe_array_ldc_index() { arrayLdcIndex(null); }
  static void probe_array_char_index() { arrayCharIndex(null); }
  static void probe_array_negative_folded() { arrayNegativeFolded(null); }
  static void probe_array_param_index() { arrayParamIndex(new Object[2], 1); }
  static void probe_array_long_param_index() { arrayLongParamIndex(0L, new Object[2], 1); }
  static void probe_array_sum_index() { arraySumIndex(new Object[3], 1, 1); }
  static void probe_array_cast_index() { arrayCastIndex(new Object[3], 2L); }
  static void probe_array_call_index() { arrayCallIndex(new Object[3]); }
  static void probe_array_field_index() { new NpeSources().arrayFieldIndex(new Object[3]); }
  static void probe_array_static_index() { arrayStaticIndex(new Object[3]); }
  static void probe_array_int_array_index() { arrayIntArrayIndex(new Object[3], new int[3]); }
  static void probe_array_byte_array_index() { arrayByteArrayIndex(new Object[3], new byte[3]); }
  static void probe_array_length_index() { arrayLengthIndex(new Object[3], new int[2]); }
  static void probe_array_unbox_index() { arrayUnboxIndex(new Object[3], 1); }
  static void probe_array_of_arrays() { arrayOfArrays(new int[3][]); }
  static void probe_array_of_arrays_index() { arrayOfArraysIndex(new int[3][], 1); }
  static void probe_array_in_field() {
    NpeSources p = new NpeSources();
    p.nodes = new NpeSources[2];
    arrayInField(p);
  }
  static void probe_array_in_field_indexed() {
    NpeSources p = new NpeSources();
    p.nodes = new NpeSources[2];
    p.nodes[1] = new NpeSources();
    p.nodes[1].nodes = new NpeSources[1];
    arrayInFieldIndexed(p, 1);
  }
  static void probe_array_static_2d() { grid = new Object[1][]; arrayStatic2D(); }
  static void probe_array_from_call() { arrayFromCall(); }
  static void probe_new_object_field() { newObjectField(); }
  static void probe_new_array_element() { newArrayElement(); }
  static void probe_object_get_class() { objectGetClass(null); }
  static void probe_super_return() { superReturn(new NpeSub()); }
}

class NpeBase {
  public String toString() { return null; }
}

class NpeSub extends NpeBase {
  public String toString() { return super.toString().trim(); }
}
