// IdentityHashMap (reference equality for keys and values; its order depends on identity
// hashes, so only sorted views are printed) and WeakHashMap (own hash spreading and bucket
// order, checked with strongly held String/Integer keys).
import java.util.*;

public class IdentityWeakMaps {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static String sortedKeys(Map<String, ?> m) {
        List<String> keys = new ArrayList<>();
        for (String k : m.keySet()) {
            keys.add(String.valueOf(k));
        }
        Collections.sort(keys);
        return keys.toString();
    }

    public static void main(String[] args) {
        String a1 = new String("a");
        String a2 = new String("a");
        IdentityHashMap<String, Integer> ihm = new IdentityHashMap<>();
        ihm.put(a1, 1);
        ihm.put(a2, 2);
        ihm.put("b", 3);
        ihm.put(null, 4);
        System.out.println("identity size " + ihm.size() + " get(a1) " + ihm.get(a1) + " get(a2) " + ihm.get(a2)
                + " get(new a) " + ihm.get(new String("a")) + " get(null) " + ihm.get(null) + " keys " + sortedKeys(ihm));
        System.out.println("containsKey " + ihm.containsKey(a1) + " " + ihm.containsKey("a") + " containsValue "
                + ihm.containsValue(3) + " " + ihm.containsValue(Integer.valueOf(1000)));
        HashMap<String, Integer> hm = new HashMap<>(ihm);
        System.out.println("as HashMap " + hm.size() + " equals " + ihm.equals(hm) + " " + hm.equals(ihm));
        System.out.println("put again " + ihm.put(a1, 10) + " remove " + ihm.remove(a2) + " " + ihm.remove(new String("b"))
                + " size " + ihm.size());
        for (int i = 0; i < 100; i++) {
            ihm.put("k" + i, i);
        }
        int sum = 0;
        for (Map.Entry<String, Integer> e : ihm.entrySet()) {
            sum += e.getValue();
            if (e.getValue() % 10 == 0) {
                e.setValue(-e.getValue());
            }
        }
        System.out.println("grown size " + ihm.size() + " sum " + sum + " get(k20) " + ihm.get("k" + 20));
        int removed = 0;
        for (Iterator<String> it = ihm.keySet().iterator(); it.hasNext();) {
            String k = it.next();
            if (k != null && k.startsWith("k") && k.length() == 2) {
                it.remove();
                removed++;
            }
        }
        System.out.println("iterator removed " + removed + " size " + ihm.size() + " keys " + sortedKeys(ihm).length());
        ihm.put(a1, 5555);
        ihm.values().remove(ihm.get(a1));
        ihm.keySet().removeIf(k -> k != null && k.endsWith("9"));
        System.out.println("after view removal " + ihm.size() + " has a1 " + ihm.containsKey(a1));
        IdentityHashMap<String, Integer> copy = new IdentityHashMap<>(ihm);
        @SuppressWarnings("unchecked")
        IdentityHashMap<String, Integer> cl = (IdentityHashMap<String, Integer>) ihm.clone();
        cl.clear();
        System.out.println("copy equals " + copy.equals(ihm) + " clone cleared " + cl.size() + " " + cl + " original "
                + ihm.size());
        tryRun("identity cme", () -> {
            for (String k : ihm.keySet()) {
                ihm.put(new String("new"), 0);
            }
        });
        tryRun("negative expected size", () -> new IdentityHashMap<String, String>(-1));
        Integer big1 = 1000;
        Integer big2 = Integer.valueOf(1000);
        IdentityHashMap<Integer, String> boxed = new IdentityHashMap<>();
        boxed.put(big1, "x");
        boxed.put(big2, "y");
        boxed.put(5, "small");
        boxed.put(5, "small again");
        System.out.println("boxed identity size " + boxed.size() + " cached small " + boxed.get(5));

        WeakHashMap<String, Integer> whm = new WeakHashMap<>();
        String[] words = {"red", "green", "blue", "cyan", "magenta", "yellow", "black", "white", "gray", "pink",
            "brown", "olive", "navy", "teal", "lime", "maroon"};
        for (int i = 0; i < words.length; i++) {
            whm.put(words[i], i);
        }
        System.out.println("weak " + whm);
        System.out.println("keys " + whm.keySet() + " values " + whm.values());
        StringBuilder fe = new StringBuilder();
        whm.forEach((k, v) -> fe.append(k.charAt(0)));
        System.out.println("forEach order " + fe);
        whm.put(null, -1);
        System.out.println("null key " + whm.get(null) + " containsKey " + whm.containsKey(null) + " size " + whm.size());
        whm.remove(null);
        System.out.println("remove " + whm.remove("red") + " " + whm.remove("nope") + " containsValue(5) "
                + whm.containsValue(5) + " size " + whm.size());
        for (Iterator<Map.Entry<String, Integer>> it = whm.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() % 3 == 0) {
                it.remove();
            } else {
                e.setValue(e.getValue() * 10);
            }
        }
        System.out.println("after iteration " + whm);
        WeakHashMap<Integer, String> wi = new WeakHashMap<>(4);
        for (int i = 0; i < 20; i++) {
            wi.put(i * 37, "v" + i);
        }
        System.out.println("weak ints " + wi.keySet());
        WeakHashMap<Integer, String> wcopy = new WeakHashMap<>(wi);
        System.out.println("weak copy " + wcopy.keySet().equals(wi.keySet()) + " " + wcopy.keySet());
        wi.replaceAll((k, v) -> v + "!");
        wi.merge(0, "m", String::concat);
        wi.computeIfAbsent(999, k -> "new");
        System.out.println("weak defaults " + wi.get(0) + " " + wi.get(999) + " " + wi.getOrDefault(1, "none"));
        tryRun("weak cme", () -> {
            for (Integer k : wi.keySet()) {
                wi.put(k + 1, "x");
            }
        });
        tryRun("weak bad load factor", () -> new WeakHashMap<String, String>(4, 0f));
        tryRun("weak bad capacity", () -> new WeakHashMap<String, String>(-4));
        wi.clear();
        System.out.println("cleared " + wi + " " + wi.isEmpty());
    }
}
