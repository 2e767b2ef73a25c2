// Probes for HotSpot's limit of five elements when it spells an access path.
public class NpeDepth {
  NpeDepth n;
  String s;
  int i;
  Object[] o;
  NpeDepth[] a;
  static NpeDepth st;

  // A node whose n points to itself, so that any chain of .n stays non-null.
  static NpeDepth loop() {
    NpeDepth d = new NpeDepth();
    d.n = d;
    d.o = new Object[2];
    d.a = new NpeDepth[] {d, null};
    return d;
  }

  int chain4() { return n.n.n.s.length(); }
  int chain5() { return n.n.n.n.s.length(); }
  int chain8() { return n.n.n.n.n.n.n.s.length(); }
  static int callChain3() { return loop().n.n.n.s.length(); }
  static int callChain4() { return loop().n.n.n.n.s.length(); }
  static int staticChain3() { return st.n.n.n.s.length(); }
  static int staticChain4() { return st.n.n.n.n.s.length(); }
  static int castChain(Object z) { z = loop(); return ((NpeDepth) ((NpeDepth) ((NpeDepth) ((NpeDepth) z).n).n).n).n.s.length(); }
  static int arrays4(Object[][][][] a, int i) { a = new Object[1][1][1][1]; return a[i][i][i][i].hashCode(); }
  static int arrays5(Object[][][][][] a, int i) { a = new Object[1][1][1][1][1]; return a[i][i][i][i][i].hashCode(); }
  static int arrays7(Object[][][][][][][] a) { a = new Object[1][1][1][1][1][1][1]; return a[0][0][0][0][0][0][0].hashCode(); }
  static int arrayShortIndexChain(NpeDepth z) { z = loop(); return z.o[z.n.n.i].hashCode(); }
  static int arrayLongIndexChain(NpeDepth z) { z = loop(); return z.o[z.n.n.n.n.n.i].hashCode(); }
  static int arrayBothChains(NpeDepth z) { z = loop(); return z.n.n.o[z.n.n.n.n.n.i].hashCode(); }
  static int arrayBothLong(NpeDepth z) { z = loop(); return z.n.n.n.o[z.n.n.n.n.n.i].hashCode(); }
  static int nestedIndexes(NpeDepth z) { z = loop(); return z.a[z.a[z.a[z.a[z.a[0].i].i].i].i].n.s.length(); }
  static int callInIndex(NpeDepth z) { z = loop(); return z.a[loop().i].n.a[1].s.length(); }
  static int arrayElementChain(NpeDepth z) { z = loop(); return z.a[z.a[z.i].i].n.n.n.s.length(); }

  static void probe_chain4() { NpeDepth d = loop(); d.n = new NpeDepth(); d.n.n = new NpeDepth(); d.n.n.n = new NpeDepth(); d.chain4(); }
  static void probe_chain5() { NpeDepth d = loop(); d.n = new NpeDepth(); d.n.n = new NpeDepth(); d.n.n.n = new NpeDepth(); d.n.n.n.n = new NpeDepth(); d.chain5(); }
  static void probe_chain8() { loop().chain8(); }
  static void probe_call_chain3() { callChain3(); }
  static void probe_call_chain4() { callChain4(); }
  static void probe_static_chain3() { st = loop(); staticChain3(); }
  static void probe_static_chain4() { st = loop(); staticChain4(); }
  static void probe_cast_chain() { castChain(null); }
  static void probe_arrays4() { arrays4(null, 0); }
  static void probe_arrays5() { arrays5(null, 0); }
  static void probe_arrays7() { arrays7(null); }
  static void probe_array_short_index_chain() { arrayShortIndexChain(null); }
  static void probe_array_long_index_chain() { arrayLongIndexChain(null); }
  static void probe_array_both_chains() { arrayBothChains(null); }
  static void probe_array_both_long() { arrayBothLong(null); }
  static void probe_nested_indexes() { nestedIndexes(null); }
  static void probe_call_in_index() { callInIndex(null); }
  static void probe_array_element_chain() { arrayElementChain(null); }
}
