// The legacy collections: Vector (capacity growth, element methods and their messages),
// Stack, Hashtable iteration order and Enumerations.
import java.util.*;

public class LegacyCollections {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        Vector<Integer> v = new Vector<>();
        System.out.println("capacity " + v.capacity() + " size " + v.size());
        for (int i = 0; i < 11; i++) {
            v.addElement(i);
        }
        System.out.println("grown capacity " + v.capacity() + " " + v);
        Vector<String> inc = new Vector<>(3, 2);
        for (int i = 0; i < 6; i++) {
            inc.add("s" + i);
            System.out.print(inc.capacity() + " ");
        }
        System.out.println("<- capacityIncrement 2");
        inc.ensureCapacity(20);
        System.out.println("ensureCapacity " + inc.capacity());
        inc.trimToSize();
        System.out.println("trimToSize " + inc.capacity());
        inc.setSize(8);
        System.out.println("setSize 8 " + inc + " capacity " + inc.capacity());
        inc.setSize(2);
        System.out.println("setSize 2 " + inc);
        System.out.println("first/last " + v.firstElement() + " " + v.lastElement() + " elementAt " + v.elementAt(3));
        v.insertElementAt(-1, 0);
        v.setElementAt(100, 5);
        v.removeElementAt(1);
        System.out.println("element ops " + v + " removeElement " + v.removeElement(7) + " " + v.removeElement(77));
        System.out.println("indexOf " + v.indexOf(100) + " from " + v.indexOf(3, 4) + " lastIndexOf " + v.lastIndexOf(100, 3)
                + " contains " + v.contains(9));
        Integer[] into = new Integer[v.size()];
        v.copyInto(into);
        System.out.println("copyInto " + Arrays.toString(into));
        tryRun("elementAt(size)", () -> v.elementAt(v.size()));
        tryRun("elementAt(-1)", () -> v.elementAt(-1));
        tryRun("get(size)", () -> v.get(v.size()));
        tryRun("get(-1)", () -> v.get(-1));
        tryRun("set(20)", () -> v.set(20, 1));
        tryRun("setElementAt(20)", () -> v.setElementAt(1, 20));
        tryRun("removeElementAt(20)", () -> v.removeElementAt(20));
        tryRun("removeElementAt(-2)", () -> v.removeElementAt(-2));
        tryRun("insertElementAt(30)", () -> v.insertElementAt(1, 30));
        tryRun("add(30, x)", () -> v.add(30, 1));
        tryRun("remove(30)", () -> v.remove(30));
        tryRun("addAll(30, c)", () -> v.addAll(30, List.of(1)));
        tryRun("listIterator(30)", () -> v.listIterator(30));
        tryRun("lastIndexOf(x, 30)", () -> v.lastIndexOf(1, 30));
        tryRun("firstElement empty", () -> new Vector<>().firstElement());
        tryRun("lastElement empty", () -> new Vector<>().lastElement());
        tryRun("negative capacity", () -> new Vector<>(-1));
        v.removeIf(x -> x % 2 == 1);
        v.replaceAll(x -> x * 10);
        v.sort(Comparator.reverseOrder());
        System.out.println("bulk " + v + " subList " + v.subList(1, 3) + " equals " + v.equals(new ArrayList<>(v))
                + " hash " + v.hashCode());
        v.subList(0, 2).clear();
        System.out.println("subList clear " + v);
        @SuppressWarnings("unchecked")
        Vector<Integer> cl = (Vector<Integer>) v.clone();
        cl.add(5);
        System.out.println("clone " + v + " " + cl + " capacity " + cl.capacity());
        Enumeration<Integer> en = v.elements();
        StringBuilder sb = new StringBuilder();
        while (en.hasMoreElements()) {
            sb.append(en.nextElement()).append(',');
        }
        System.out.println("elements " + sb);
        tryRun("cme", () -> {
            for (Integer x : v) {
                v.add(x);
            }
        });
        v.removeAllElements();
        System.out.println("removeAllElements " + v + " " + v.isEmpty());

        Stack<String> st = new Stack<>();
        System.out.println("empty " + st.empty() + " push " + st.push("a") + st.push("b") + st.push("c") + " " + st);
        System.out.println("peek " + st.peek() + " search " + st.search("a") + " " + st.search("c") + " " + st.search("z")
                + " pop " + st.pop() + " " + st + " size " + st.size());
        st.pop();
        st.pop();
        tryRun("pop empty", st::pop);
        tryRun("peek empty", st::peek);

        Hashtable<String, Integer> ht = new Hashtable<>();
        String[] keys = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"};
        for (int i = 0; i < keys.length; i++) {
            ht.put(keys[i], i + 1);
        }
        System.out.println("hashtable " + ht);
        System.out.println("keySet " + ht.keySet() + " values " + ht.values());
        Hashtable<Integer, String> hi = new Hashtable<>();
        for (int i = 0; i < 30; i += 3) {
            hi.put(i * 7, "v" + i);
        }
        System.out.println("int hashtable " + hi);
        Enumeration<String> ke = ht.keys();
        sb.setLength(0);
        while (ke.hasMoreElements()) {
            sb.append(ke.nextElement().charAt(0));
        }
        Enumeration<Integer> ve = ht.elements();
        while (ve.hasMoreElements()) {
            sb.append(ve.nextElement());
        }
        System.out.println("enumerations " + sb + " contains(3) " + ht.contains(3) + " containsKey " + ht.containsKey("six"));
        tryRun("hashtable null key", () -> ht.put(null, 1));
        tryRun("hashtable null value", () -> ht.put("x", null));
        tryRun("hashtable get null", () -> ht.get(null));
        System.out.println("remove " + ht.remove("one") + " size " + ht.size() + " getOrDefault " + ht.getOrDefault("zz", 0));
        StringBuilder fe = new StringBuilder();
        ht.forEach((k, val) -> fe.append(k.charAt(0)));
        System.out.println("forEach order " + fe);
        for (Iterator<Map.Entry<String, Integer>> it = ht.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() % 2 == 0) {
                it.remove();
            } else {
                e.setValue(e.getValue() * 100);
            }
        }
        System.out.println("entry iterator " + ht);
        ht.merge("three", 1, Integer::sum);
        ht.merge("zero", 0, Integer::sum);
        ht.compute("five", (k, val) -> null);
        ht.computeIfAbsent("twelve", String::length);
        ht.computeIfPresent("seven", (k, val) -> val + 1);
        System.out.println("compute/merge " + ht + " putIfAbsent " + ht.putIfAbsent("zero", 9) + " replace "
                + ht.replace("zero", 5) + " " + ht.replace("zero", 5, 6));
        tryRun("hashtable iterator cme", () -> {
            for (String k : ht.keySet()) {
                ht.put(k + "!", 1);
            }
        });
        tryRun("enumeration past end", () -> new Hashtable<String, String>().keys().nextElement());
        tryRun("setValue null", () -> ht.entrySet().iterator().next().setValue(null));
        Hashtable<Integer, Integer> copyHt = new Hashtable<>(Map.of(1, 1));
        Hashtable<Integer, Integer> rehashed = new Hashtable<>(2);
        for (int i = 0; i < 12; i++) {
            rehashed.put(i * 5, i);
        }
        @SuppressWarnings("unchecked")
        Hashtable<Integer, Integer> htClone = (Hashtable<Integer, Integer>) rehashed.clone();
        htClone.remove(0);
        System.out.println("rehashed " + rehashed + " clone " + htClone + " equals " + rehashed.equals(new HashMap<>(rehashed))
                + " hash " + (rehashed.hashCode() == new HashMap<>(rehashed).hashCode()) + " " + copyHt);
    }
}
