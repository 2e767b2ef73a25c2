// EnumSet (regular and >64-constant "jumbo") and EnumMap: ordinal order, set algebra, range,
// complementOf, copyOf, iterator removal, null and type errors.
import java.util.*;

public class EnumCollections {
    enum Color { RED, ORANGE, YELLOW, GREEN, BLUE, INDIGO, VIOLET }

    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        MINUS { int apply(int a, int b) { return a - b; } },
        TIMES { int apply(int a, int b) { return a * b; } };

        abstract int apply(int a, int b);
    }

    enum Big {
        B00, B01, B02, B03, B04, B05, B06, B07, B08, B09, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19,
        B20, B21, B22, B23, B24, B25, B26, B27, B28, B29, B30, B31, B32, B33, B34, B35, B36, B37, B38, B39,
        B40, B41, B42, B43, B44, B45, B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59,
        B60, B61, B62, B63, B64, B65, B66, B67, B68, B69, B70
    }

    enum Empty {}

    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        EnumSet<Color> none = EnumSet.noneOf(Color.class);
        EnumSet<Color> all = EnumSet.allOf(Color.class);
        EnumSet<Color> some = EnumSet.of(Color.VIOLET, Color.RED, Color.GREEN);
        System.out.println(none + " " + all + " " + some + " sizes " + none.size() + " " + all.size() + " " + some.size());
        System.out.println("range " + EnumSet.range(Color.ORANGE, Color.BLUE) + " single " + EnumSet.range(Color.RED, Color.RED));
        System.out.println("complement " + EnumSet.complementOf(some) + " of all " + EnumSet.complementOf(all));
        System.out.println("of varargs " + EnumSet.of(Color.BLUE, Color.RED, Color.YELLOW, Color.BLUE, Color.INDIGO, Color.ORANGE));
        System.out.println("copyOf list " + EnumSet.copyOf(List.of(Color.INDIGO, Color.RED)) + " copyOf set "
                + EnumSet.copyOf(some));
        tryRun("copyOf empty list", () -> EnumSet.copyOf(new ArrayList<Color>()));
        System.out.println("copyOf empty EnumSet " + EnumSet.copyOf(none));
        tryRun("range reversed", () -> EnumSet.range(Color.BLUE, Color.RED));
        tryRun("add null", () -> none.add(null));
        tryRun("of null", () -> EnumSet.of((Color) null));
        System.out.println("contains null " + some.contains(null) + " remove null " + some.remove(null)
                + " contains other enum " + some.contains(Op.PLUS) + " contains string " + some.contains("RED"));
        System.out.println("add " + some.add(Color.BLUE) + " " + some.add(Color.BLUE) + " remove " + some.remove(Color.RED)
                + " " + some.remove(Color.RED) + " -> " + some);
        EnumSet<Color> other = EnumSet.of(Color.BLUE, Color.YELLOW);
        System.out.println("containsAll " + some.containsAll(other) + " addAll " + some.addAll(other) + " -> " + some
                + " containsAll " + some.containsAll(other));
        System.out.println("retainAll " + some.retainAll(EnumSet.range(Color.YELLOW, Color.BLUE)) + " -> " + some
                + " removeAll " + some.removeAll(List.of(Color.GREEN)) + " -> " + some);
        System.out.println("equals " + some.equals(EnumSet.of(Color.YELLOW, Color.BLUE)) + " "
                + some.equals(Set.of(Color.YELLOW, Color.BLUE)) + " " + new HashSet<>(some).equals(some)
                + " empty equal " + EnumSet.noneOf(Color.class).equals(EnumSet.noneOf(Op.class)));
        EnumSet<Color> iter = EnumSet.allOf(Color.class);
        for (Iterator<Color> it = iter.iterator(); it.hasNext();) {
            Color c = it.next();
            if (c.ordinal() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("iterator remove " + iter);
        StringBuilder sb = new StringBuilder();
        for (Color c : iter) {
            iter.remove(Color.VIOLET);
            sb.append(c).append(' ');
        }
        System.out.println("modified during foreach (no CME) " + sb + "-> " + iter);
        tryRun("iterator remove twice", () -> {
            Iterator<Color> it = EnumSet.allOf(Color.class).iterator();
            it.next();
            it.remove();
            it.remove();
        });
        tryRun("iterator past end", () -> EnumSet.noneOf(Color.class).iterator().next());
        EnumSet<Color> cl = iter.clone();
        cl.clear();
        System.out.println("clone " + iter + " / " + cl + " removeIf " + all.removeIf(c -> c.name().contains("E"))
                + " " + all);

        EnumSet<Op> ops = EnumSet.allOf(Op.class);
        StringBuilder results = new StringBuilder();
        for (Op op : ops) {
            results.append(op).append('=').append(op.apply(6, 3)).append(' ');
        }
        System.out.println("constant bodies " + results + " contains " + ops.contains(Op.TIMES) + " of "
                + EnumSet.of(Op.MINUS) + " range " + EnumSet.range(Op.MINUS, Op.TIMES));
        System.out.println("empty enum " + EnumSet.allOf(Empty.class) + " " + EnumSet.complementOf(EnumSet.noneOf(Empty.class)));
        tryRun("noneOf non-enum", () -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Class<Color> fake = (Class) String.class;
            EnumSet.noneOf(fake);
        });

        EnumSet<Big> big = EnumSet.range(Big.B05, Big.B66);
        System.out.println("jumbo size " + big.size() + " first " + big.iterator().next() + " contains B64 "
                + big.contains(Big.B64));
        EnumSet<Big> bigComp = EnumSet.complementOf(big);
        System.out.println("jumbo complement " + bigComp + " size " + bigComp.size());
        EnumSet<Big> bigSome = EnumSet.of(Big.B70, Big.B00, Big.B63, Big.B64, Big.B31);
        System.out.println("jumbo " + bigSome + " remove " + bigSome.remove(Big.B63) + " add " + bigSome.add(Big.B62)
                + " " + bigSome);
        EnumSet<Big> union = EnumSet.copyOf(bigSome);
        union.addAll(bigComp);
        System.out.println("jumbo union " + union + " retain " + union.retainAll(EnumSet.range(Big.B60, Big.B70))
                + " " + union + " equals " + union.equals(EnumSet.of(Big.B62, Big.B64, Big.B67, Big.B68, Big.B69, Big.B70)));
        for (Iterator<Big> it = union.iterator(); it.hasNext();) {
            if (it.next().ordinal() > 63) {
                it.remove();
            }
        }
        System.out.println("jumbo iterator remove " + union + " size " + union.size() + " all " + EnumSet.allOf(Big.class).size());

        EnumMap<Color, Integer> em = new EnumMap<>(Color.class);
        em.put(Color.VIOLET, 7);
        em.put(Color.RED, 1);
        em.put(Color.GREEN, null);
        em.put(Color.BLUE, 5);
        System.out.println("enummap " + em + " size " + em.size());
        System.out.println("get " + em.get(Color.RED) + " " + em.get(Color.GREEN) + " " + em.get(Color.ORANGE) + " "
                + em.get("RED") + " " + em.get(null));
        System.out.println("containsKey " + em.containsKey(Color.GREEN) + " " + em.containsKey(Color.ORANGE) + " "
                + em.containsKey(null) + " containsValue " + em.containsValue(null) + " " + em.containsValue(5) + " "
                + em.containsValue(6));
        System.out.println("put returns " + em.put(Color.RED, 10) + " remove " + em.remove(Color.GREEN) + " "
                + em.remove(Color.GREEN) + " " + em.remove("x") + " -> " + em);
        System.out.println("keySet " + em.keySet() + " values " + em.values() + " entrySet " + em.entrySet());
        for (Map.Entry<Color, Integer> e : em.entrySet()) {
            e.setValue(e.getValue() * 100);
        }
        System.out.println("setValue " + em);
        em.merge(Color.BLUE, 1, Integer::sum);
        em.computeIfAbsent(Color.YELLOW, c -> c.name().length());
        em.compute(Color.RED, (k, v) -> null);
        System.out.println("merge/compute " + em);
        tryRun("put null key", () -> em.put(null, 1));
        tryRun("put wrong type", () -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<Object, Integer> raw = (Map) em;
            raw.put(Op.PLUS, 1);
        });
        Iterator<Map.Entry<Color, Integer>> eit = em.entrySet().iterator();
        Map.Entry<Color, Integer> firstEntry = eit.next();
        eit.remove();
        tryRun("removed entry getValue", firstEntry::getValue);
        System.out.println("after entry removal " + em);
        EnumMap<Color, Integer> copy = new EnumMap<>(em);
        copy.put(Color.ORANGE, 2);
        EnumMap<Color, Integer> fromMap = new EnumMap<>(new TreeMap<>(Map.of(Color.INDIGO, 6, Color.RED, 0)));
        System.out.println("copies " + copy + " " + fromMap + " equals " + em.equals(new HashMap<>(em)) + " "
                + copy.equals(em));
        tryRun("EnumMap from empty map", () -> new EnumMap<Color, Integer>(new HashMap<>()));
        EnumMap<Color, Integer> clone = em.clone();
        clone.clear();
        System.out.println("clone " + em.size() + " " + clone.size() + " " + clone);
        em.keySet().remove(Color.VIOLET);
        em.values().remove(501);
        System.out.println("view removal " + em);
        em.replaceAll((k, v) -> k.ordinal());
        StringBuilder fe = new StringBuilder();
        em.forEach((k, v) -> fe.append(k).append(':').append(v).append(' '));
        System.out.println("forEach " + fe);
    }
}
